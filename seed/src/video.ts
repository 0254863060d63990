import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { exampleSignLanguageVideoFilename } from '@verband/content-types'
import { runFfmpeg } from '@verband/content-types/ffmpeg'

import { exampleClipSeconds } from './content/signLanguageExample.ts'

/**
 * The example clip: FFmpeg's moving test pattern, without sound, as an MP4 (H.264) every
 * browser plays, made on the spot with the FFmpeg the CMS uses for videos.
 */
export async function renderExampleClip(): Promise<{ data: Buffer; name: string; mimetype: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-example-clip-'))
  try {
    const file = path.join(dir, exampleSignLanguageVideoFilename)
    await runFfmpeg([
      '-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=25:duration=${exampleClipSeconds}`,
      '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-preset', 'veryfast', '-crf', '30',
      '-y', file,
    ])
    return { data: await readFile(file), name: exampleSignLanguageVideoFilename, mimetype: 'video/mp4' }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

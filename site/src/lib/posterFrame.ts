import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runFfmpeg } from '@verband/content-types/ffmpeg'
import sharp from 'sharp'

import { posterMaxWidth } from './videos.ts'

/**
 * A still of the video as its poster, for a video the editors gave no poster image: the
 * frame one second in (or halfway through a shorter video), where a signer is in the picture
 * rather than a fade from black. Taken with the FFmpeg the CMS uses for videos, written as
 * WebP without any metadata.
 */
export async function posterFrame(video: Uint8Array, extension: string, duration: number | null | undefined): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-poster-'))
  try {
    const input = path.join(dir, `video.${extension}`)
    const frame = path.join(dir, 'frame.png')
    await writeFile(input, video)
    const at = Math.min(1, (duration ?? 2) / 2)
    await runFfmpeg(['-ss', at.toFixed(3), '-i', input, '-frames:v', '1', '-y', frame])
    return await sharp(await readFile(frame))
      .resize({ width: posterMaxWidth, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

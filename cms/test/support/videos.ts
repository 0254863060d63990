import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runFfmpeg } from '@verband/content-types/ffmpeg'

export type SampleVideo = { data: Buffer; mimetype: string; name: string; size: number }

type SampleOptions = {
  format?: 'mp4' | 'webm'
  name?: string
  seconds?: number
  /** Container metadata to write, e.g. `{ title: 'Geheim', location: '+51.05+013.73/' }`. */
  metadata?: Record<string, string>
  /** Video codec, to make a file the library must refuse (e.g. `mpeg4` in MP4). */
  videoCodec?: string
}

const codecs = { mp4: ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac'], webm: ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-c:a', 'libopus'] }

/** A short test-pattern video with a tone, made on the spot with the FFmpeg the CMS uses. */
export async function sampleVideo({ format = 'mp4', name, seconds = 2, metadata = {}, videoCodec }: SampleOptions = {}): Promise<SampleVideo> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-sample-video-'))
  try {
    const file = path.join(dir, `sample.${format}`)
    const formatCodecs = videoCodec ? ['-c:v', videoCodec, '-c:a', format === 'mp4' ? 'aac' : 'libopus'] : codecs[format]
    await runFfmpeg([
      '-f', 'lavfi', '-i', `testsrc=size=320x180:rate=25:duration=${seconds}`,
      '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`,
      ...formatCodecs,
      ...Object.entries(metadata).flatMap(([key, value]) => ['-metadata', `${key}=${value}`]),
      '-y', file,
    ])
    const data = await readFile(file)
    return { data, mimetype: `video/${format}`, name: name ?? `video.${format}`, size: data.length }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** German captions for a sample video. */
export const sampleCaptions = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBeispiel-Untertitel\n'

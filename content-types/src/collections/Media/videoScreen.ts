import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { FfmpegError, probe, runFfmpeg, type Probe } from './ffmpeg.ts'
import type { ValidationMessages } from '../../adminLanguage/messages/de.ts'
import { videoCodecs } from './uploadPolicy.ts'

/** What the media document records of a video, read from the file itself. */
export type VideoProperties = { duration: number; width: number; height: number }

/** Why a video is refused, named in the admin's language by `messages.videoProblem`; the value is what FFmpeg found. */
export type VideoProblem = { kind: keyof ValidationMessages['videoProblem']; value?: string }

export type ScreenedVideo = { data: Buffer; properties: VideoProperties } | { problem: VideoProblem }

type Stream = Probe['streams'][number]

/** Video streams that are pictures (cover art) are not the video. */
const isVideo = (stream: Stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1
const isAudio = (stream: Stream) => stream.codec_type === 'audio'

function codecProblem(streams: Stream[], mimeType: string): VideoProblem | undefined {
  const allowed = videoCodecs[mimeType]
  if (!allowed) throw new Error(`No codecs are listed for ${mimeType} (uploadPolicy.ts)`)
  const videos = streams.filter(isVideo)
  if (videos.length === 0) return { kind: 'noPicture' }
  const wrongVideo = videos.find((stream) => !allowed.video.includes(stream.codec_name ?? ''))
  if (wrongVideo) return { kind: 'videoCodec', value: wrongVideo.codec_name ?? '?' }
  const wrongAudio = streams.filter(isAudio).find((stream) => !allowed.audio.includes(stream.codec_name ?? ''))
  if (wrongAudio) return { kind: 'audioCodec', value: wrongAudio.codec_name ?? '?' }
  return undefined
}

/** Width and height as shown: a phone's portrait video is stored landscape with a rotation. */
function shownSize(stream: Stream): { width: number; height: number } {
  const rotation = stream.side_data_list?.find((data) => typeof data.rotation === 'number')?.rotation ?? Number(stream.tags?.rotate ?? 0)
  const quarterTurn = Math.abs(rotation) % 180 === 90
  const width = stream.width ?? 0
  const height = stream.height ?? 0
  return quarterTurn ? { width: height, height: width } : { width, height }
}

/**
 * The container rewritten without its metadata: no title, author, creation time, GPS
 * position or camera model (`-map_metadata -1`, for the container and each stream), no
 * chapters, and only the video and sound streams, so no data stream (an action camera's GPS
 * track, embedded subtitles, cover art) comes along. Picture and sound are copied, not
 * re-encoded: nothing is lost and a long video takes seconds. An MP4 gets its index at the
 * front (`+faststart`), so a browser starts playing before it has the whole file.
 */
function cleanArguments(input: string, output: string, mimeType: string): string[] {
  return [
    '-i', input,
    '-map', '0:V', '-map', '0:a?',
    '-map_metadata', '-1', '-map_chapters', '-1',
    '-c', 'copy',
    ...(mimeType === 'video/mp4' ? ['-movflags', '+faststart'] : []),
    '-y', output,
  ]
}

/**
 * Checks an uploaded video (one FFmpeg can read, with codecs that every browser plays) and
 * returns it cleaned of its metadata, with its duration and shown size; or the reason it is
 * refused. The file goes through a temporary folder of its own, removed afterwards.
 */
export async function screenVideo(data: Buffer, mimeType: string, extension: string): Promise<ScreenedVideo> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-video-'))
  try {
    const input = path.join(dir, `upload.${extension}`)
    const output = path.join(dir, `clean.${extension}`)
    await writeFile(input, data)
    let found: Probe
    try {
      found = await probe(input)
    } catch (error) {
      if (error instanceof FfmpegError) return { problem: { kind: 'unreadable', value: error.message } }
      throw error
    }
    const problem = codecProblem(found.streams, mimeType)
    if (problem) return { problem }
    const duration = Number(found.format.duration)
    if (!(duration > 0)) return { problem: { kind: 'noDuration' } }
    try {
      await runFfmpeg(cleanArguments(input, output, mimeType))
    } catch (error) {
      if (error instanceof FfmpegError) return { problem: { kind: 'unprocessable', value: error.message } }
      throw error
    }
    const video = found.streams.find(isVideo)!
    return { data: await readFile(output), properties: { duration: Math.round(duration * 1000) / 1000, ...shownSize(video) } }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

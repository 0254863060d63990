import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/**
 * FFmpeg and ffprobe as the npm packages `@ffmpeg-installer/ffmpeg` and
 * `@ffprobe-installer/ffprobe` ship them (a static binary per platform, inside the registry
 * package, so nothing is downloaded at install and nothing has to be installed by hand).
 * Loaded on first use: on a platform without a binary only video uploads fail, with the
 * package's message, and the rest of the CMS starts.
 */

const run = promisify(execFile)

let binaries: Promise<{ ffmpeg: string; ffprobe: string }> | undefined

function paths(): Promise<{ ffmpeg: string; ffprobe: string }> {
  binaries ??= Promise.all([import('@ffmpeg-installer/ffmpeg'), import('@ffprobe-installer/ffprobe')]).then(([ffmpeg, ffprobe]) => ({
    ffmpeg: ffmpeg.default.path,
    ffprobe: ffprobe.default.path,
  }))
  return binaries
}

export async function ffmpegPath(): Promise<string> {
  return (await paths()).ffmpeg
}

export async function ffprobePath(): Promise<string> {
  return (await paths()).ffprobe
}

export class FfmpegError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'FfmpegError'
  }
}

/** The last lines of FFmpeg's error output: the first ones are its banner and the input's description. */
function tail(stderr: string): string {
  return stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400)
}

/** Runs FFmpeg without its banner and progress; a failure names FFmpeg's own last words. */
export async function runFfmpeg(args: readonly string[]): Promise<void> {
  try {
    await run(await ffmpegPath(), ['-hide_banner', '-nostdin', '-loglevel', 'error', ...args], { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    throw new FfmpegError(`FFmpeg failed: ${tail(stderr) || (error as Error).message}`, stderr)
  }
}

/** What ffprobe reports of a file (`-show_format -show_streams`), as far as the CMS reads it. */
export type Probe = {
  format: { format_name?: string; duration?: string; size?: string; tags?: Record<string, string> }
  streams: {
    codec_type?: string
    codec_name?: string
    width?: number
    height?: number
    disposition?: { attached_pic?: number }
    tags?: Record<string, string>
    side_data_list?: { rotation?: number }[]
  }[]
}

export async function probe(file: string): Promise<Probe> {
  try {
    const { stdout } = await run(await ffprobePath(), ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], { maxBuffer: 16 * 1024 * 1024 })
    const parsed = JSON.parse(stdout) as Partial<Probe>
    return { format: parsed.format ?? {}, streams: parsed.streams ?? [] }
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    throw new FfmpegError(`ffprobe cannot read the file: ${tail(stderr) || (error as Error).message}`, stderr)
  }
}

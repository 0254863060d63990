/** The parts of webvtt-parser (the W3C's WebVTT validator parser, shipped without types) the captions check uses. */
declare module 'webvtt-parser' {
  type ParseResult = {
    cues: { startTime: number; endTime: number; text: string }[]
    errors: { message: string; line: number; col?: number }[]
  }
  const webvtt: {
    WebVTTParser: new () => { parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): ParseResult }
  }
  export default webvtt
}

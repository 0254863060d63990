import webvtt from 'webvtt-parser'

/**
 * Captions are WebVTT text, checked with the parser of the W3C's WebVTT validator: it reports
 * every departure from the standard with its line, where browsers silently drop a cue they
 * cannot read (and with it the sentence a deaf reader needed).
 */
export type WebVttProblem = { line: number; column?: number; message: string }

/** The first problem of a WebVTT text, or none. A file without a single cue is a problem too. */
export function webVttProblem(text: string): WebVttProblem | undefined {
  const { cues, errors } = new webvtt.WebVTTParser().parse(text, 'subtitles')
  const first = errors[0]
  if (first) return { line: first.line, column: first.col, message: first.message }
  if (cues.length === 0) return { line: text.split(/\r\n|\r|\n/).length, message: 'No cue (a line "00:00.000 --> 00:04.000" and its text) found.' }
  return undefined
}

/** The message an editor reads: the line (and column) in German first, the parser's own words in English. */
export function webVttMessage(problem: WebVttProblem): string {
  const where = problem.column ? `Zeile ${problem.line}, Spalte ${problem.column}` : `Zeile ${problem.line}`
  return `Die Untertitel sind kein gültiges WebVTT: ${where}. Jeder Eintrag braucht eine Zeitangabe wie „00:00:01.000 --> 00:00:04.000“ und darunter seinen Text; die Datei beginnt mit „WEBVTT“. (Not valid WebVTT, line ${problem.line}: ${problem.message})`
}

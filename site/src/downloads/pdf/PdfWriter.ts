import bidiFactory from 'bidi-js'
import PDFDocument from 'pdfkit'

import { covers, facesOf, type Face, type Weight } from './fonts.ts'

const bidi = bidiFactory()

/** Bidi formatting characters (marks, isolates, embeddings): they steer the order, and have no glyph. */
const bidiControl = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const bidiControls = new RegExp(bidiControl.source, 'g')

/** Characters of the Arabic and Hebrew script: fontkit lays such a run out right to left. */
const rtlScript = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/

/**
 * Marks a phone number, e-mail address or URL as left-to-right inside any paragraph (Unicode
 * isolate), so "+49 351 …" keeps its order in an Arabic or Farsi line.
 */
export function isolated(text: string): string {
  return `\u2066${text}\u2069`
}

type Style = { size: number; weight: Weight; color: string; gapAfter: number }
type Run = { text: string; face: Face; level: number }

export type PdfMeta = {
  title: string
  author: string
  subject: string
  lang: string
  dir: 'ltr' | 'rtl'
  createdAt: Date
  /** A line at the top of every page, for what must not get lost when one page is printed or forwarded (an embargo). */
  runningHead?: string
}

const styles = {
  body: { size: 10.5, weight: 'regular', color: '#1a1a1a', gapAfter: 7 },
  small: { size: 9, weight: 'regular', color: '#444444', gapAfter: 4 },
  label: { size: 9, weight: 'bold', color: '#0b5d3b', gapAfter: 4 },
  title: { size: 18, weight: 'bold', color: '#1a1a1a', gapAfter: 6 },
  subtitle: { size: 12.5, weight: 'regular', color: '#333333', gapAfter: 12 },
  heading: { size: 12, weight: 'bold', color: '#1a1a1a', gapAfter: 5 },
} satisfies Record<string, Style>

export type StyleName = keyof typeof styles

/**
 * Writes text into an A4 PDF with pdfkit, which shapes glyphs (through fontkit) but knows
 * neither font fallback nor bidirectional text. This class adds both, line by line: words
 * are wrapped in logical order, each line is split into runs of one font and one embedding
 * level (Unicode bidi algorithm, bidi-js), and the runs are placed in visual order, so
 * Arabic and Farsi read right to left with numbers and Latin names left to right inside.
 * The text stays selectable: it is real text in embedded font subsets.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument
  private readonly dir: 'ltr' | 'rtl'
  private readonly margin = 56
  private y: number

  constructor(meta: PdfMeta) {
    this.dir = meta.dir
    // Fixed dates make the file (and its /ID) the same for the same content, so rebuilds and
    // ZIPs stay byte-identical when nothing changed.
    this.doc = new PDFDocument({
      size: 'A4',
      margin: this.margin,
      lang: meta.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      autoFirstPage: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, CreationDate: meta.createdAt, ModDate: meta.createdAt },
    })
    for (const weight of ['regular', 'bold'] as const) {
      for (const face of facesOf(weight)) this.doc.registerFont(face.name, face.path)
    }
    this.y = this.margin
    const { runningHead } = meta
    if (runningHead) {
      this.drawRunningHead(runningHead)
      this.doc.on('pageAdded', () => this.drawRunningHead(runningHead))
    }
  }

  private get width(): number {
    return this.doc.page.width - 2 * this.margin
  }

  text(text: string, styleName: StyleName = 'body'): this {
    const style = styles[styleName]
    for (const paragraph of text.split('\n')) {
      for (const line of this.wrap(paragraph.trim(), style)) this.drawLine(line, style)
    }
    this.y += style.gapAfter
    return this
  }

  space(points: number): this {
    this.y += points
    return this
  }

  rule(): this {
    this.ensureRoom(12)
    this.doc
      .moveTo(this.margin, this.y)
      .lineTo(this.margin + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke()
    this.y += 12
    return this
  }

  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = []
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
    })
    this.doc.end()
    return done
  }

  private lineHeight(style: Style): number {
    return style.size * 1.45
  }

  private ensureRoom(height: number): void {
    if (this.y + height > this.doc.page.height - this.margin) {
      this.doc.addPage()
      this.y = this.margin
    }
  }

  private measure(text: string, style: Style): number {
    return fontRuns(text.replace(bidiControls, ''), style.weight).reduce((sum, run) => sum + this.runWidth(run, style.size), 0)
  }

  private runWidth(run: { text: string; face: Face }, size: number): number {
    return this.doc.font(run.face.name).fontSize(size).widthOfString(run.text, { features: ['kern'] })
  }

  /** Greedy wrapping by words in logical order; a word wider than the line is cut. */
  private wrap(paragraph: string, style: Style): string[] {
    if (!paragraph) return []
    const lines: string[] = []
    let line = ''
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word
      if (this.measure(candidate, style) <= this.width) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      line = word
      while (this.measure(line, style) > this.width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && this.measure(line.slice(0, cut), style) > this.width) cut -= 1
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    if (line) lines.push(line)
    return lines
  }

  private drawLine(line: string, style: Style): void {
    const height = this.lineHeight(style)
    this.ensureRoom(height)
    this.drawRuns(line, style, this.y)
    this.y += height
  }

  /** In the top margin, above the text of the page. */
  private drawRunningHead(text: string): void {
    const style = styles.label
    this.drawRuns(text, style, this.margin / 2 - this.lineHeight(style) / 2)
  }

  private drawRuns(line: string, style: Style, top: number): void {
    const runs = visualOrder(bidiRuns(line, this.dir, style.weight))
    const widths = runs.map((run) => this.runWidth(run, style.size))
    const total = widths.reduce((sum, width) => sum + width, 0)
    let x = this.dir === 'rtl' ? this.margin + this.width - total : this.margin
    // One baseline for all fonts (their ascenders differ); `features` makes pdfkit shape the
    // run as a whole instead of word by word, which would put right-to-left words in
    // left-to-right order.
    const baseline = top + style.size
    runs.forEach((run, index) => {
      this.doc
        .font(run.face.name)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(glyphOrder(run), x, baseline, { lineBreak: false, baseline: 'alphabetic', features: ['kern'] })
      x += widths[index]!
    })
  }
}

/**
 * A line's runs from left to right as drawn, each with its text in logical order and whether
 * it reads right to left: the layout decision, apart from the drawing.
 */
export function visualRuns(line: string, dir: 'ltr' | 'rtl', weight: Weight = 'regular'): { text: string; rightToLeft: boolean; face: Face }[] {
  return visualOrder(bidiRuns(line, dir, weight)).map((run) => ({ text: run.text, rightToLeft: run.level % 2 === 1, face: run.face }))
}

/** Splits text into runs of one font: whole words stay in one face where one covers them. */
function fontRuns(text: string, weight: Weight): { text: string; face: Face }[] {
  const faces = facesOf(weight)
  const runs: { text: string; face: Face }[] = []
  let current = faces[0]!
  const push = (piece: string, face: Face) => {
    const last = runs.at(-1)
    if (last && last.face === face) last.text += piece
    else runs.push({ text: piece, face })
  }
  for (const token of text.split(/(\s+)/).filter(Boolean)) {
    const face = covers(current, token) ? current : faces.find((candidate) => covers(candidate, token))
    if (face) {
      current = face
      push(token, face)
      continue
    }
    for (const char of token) {
      current = faces.find((candidate) => covers(candidate, char)) ?? faces[0]!
      push(char, current)
    }
  }
  return runs
}

/** Runs of one font and one bidi embedding level, in logical order. */
function bidiRuns(line: string, dir: 'ltr' | 'rtl', weight: Weight): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, dir)
  const runs: Run[] = []
  let offset = 0
  for (const piece of fontRuns(line, weight)) {
    // Code unit by code unit: the two halves of a surrogate pair share face and level, so they
    // stay together; the bidi controls have done their work and are dropped.
    for (let i = 0; i < piece.text.length; i++) {
      if (bidiControl.test(piece.text[i]!)) continue
      const level = levels[offset + i]!
      const last = runs.at(-1)
      if (last && last.face === piece.face && last.level === level) last.text += piece.text[i]
      else runs.push({ text: piece.text[i]!, face: piece.face, level })
    }
    offset += piece.text.length
  }
  return runs
}

/** Unicode bidi rule L2: reverse every sequence at or above each odd level, highest first. */
function visualOrder(runs: Run[]): Run[] {
  const ordered = [...runs]
  const highest = Math.max(0, ...ordered.map((run) => run.level))
  const lowestOdd = Math.min(...ordered.map((run) => run.level | 1))
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < ordered.length; start++) {
      if (ordered[start]!.level < level) continue
      let end = start
      while (end + 1 < ordered.length && ordered[end + 1]!.level >= level) end++
      ordered.splice(start, end - start + 1, ...ordered.slice(start, end + 1).reverse())
      start = end
    }
  }
  return ordered
}

/**
 * The string to hand to pdfkit so its glyphs come out in visual order. fontkit reverses runs
 * of Arabic-script text by itself; a right-to-left run without such letters (punctuation,
 * spaces) is reversed and mirrored here; a left-to-right run with Arabic-script digits is
 * reversed here so fontkit's reversal restores it.
 */
function glyphOrder(run: Run): string {
  const fontkitReverses = rtlScript.test(run.text)
  const rightToLeft = run.level % 2 === 1
  if (rightToLeft === fontkitReverses) return run.text
  const chars = Array.from(run.text).reverse()
  return (rightToLeft ? chars.map((char) => bidi.getMirroredCharacter(char) ?? char) : chars).join('')
}

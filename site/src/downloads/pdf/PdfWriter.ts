import { locales, type LocaleCode, type WritingScript } from '@verband/content-types/locales'
import bidiFactory from 'bidi-js'
import PDFDocument from 'pdfkit'

import { covers, facesOf, type Face, type Weight } from './fonts.ts'
import { GlyphEncoding } from './glyphEncoding.ts'

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
type Direction = 'ltr' | 'rtl'

export type PdfMeta = {
  title: string
  author: string
  subject: string
  lang: string
  dir: Direction
  createdAt: Date
  /**
   * A line at the top of every page after the first, for what must not get lost when one page
   * is printed or forwarded (an embargo): an artifact, as the first page says it as content.
   */
  runningHead?: string
}

/** A block's own language and direction, where they are not the document's (a German fallback in an Arabic file). */
export type BlockLanguage = { lang?: string; dir?: Direction }

/** A list item: its label (bullet, number or name) is optional, and may be in a language of its own. */
export type ListItem = BlockLanguage & { label?: string; labelLanguage?: BlockLanguage; text: string }

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

const styles = {
  body: { size: 10.5, weight: 'regular', color: '#1a1a1a', gapAfter: 7 },
  small: { size: 9, weight: 'regular', color: '#444444', gapAfter: 4 },
  label: { size: 9, weight: 'bold', color: '#0b5d3b', gapAfter: 4 },
  title: { size: 18, weight: 'bold', color: '#1a1a1a', gapAfter: 6 },
  subtitle: { size: 12.5, weight: 'regular', color: '#333333', gapAfter: 12 },
  heading: { size: 12, weight: 'bold', color: '#1a1a1a', gapAfter: 5 },
} satisfies Record<string, Style>

export type StyleName = keyof typeof styles

/** Structure types of ISO 32000-1 (14.8.4) that the documents use. */
type Tag = 'H1' | `H${HeadingLevel}` | 'P' | 'BlockQuote' | 'Lbl' | 'LBody'

/** Where a block's lines go: `start` from the margin on the block's start side, `width` wide. */
type Box = { start: number; width: number }

/** A structure element that lines are added to, with its type (the tag of its marked content). */
type Target = { tag: Tag; element: PDFKit.PDFStructureElement }

/** pdfkit knows PDF/UA (its XMP identification `pdfuaid:part` 1); its types do not yet. */
const pdfUa = 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets

/**
 * Writes text into an A4 PDF with pdfkit, which shapes glyphs (through fontkit) but knows
 * neither font fallback nor bidirectional text. This class adds both, line by line: words
 * are wrapped in logical order, each line is split into runs of one font and one embedding
 * level (Unicode bidi algorithm, bidi-js), and the runs are placed in visual order, so
 * Arabic and Farsi read right to left with numbers and Latin names left to right inside.
 * The text stays selectable: it is real text in embedded font subsets, mapped to its
 * characters (see GlyphEncoding).
 *
 * The file is tagged PDF/UA-1: in a Document element, every block is a structure element (H1 for the title, H2–H6
 * for sections, P, BlockQuote, lists as L/LI/Lbl/LBody, Figure with its alternative text)
 * in reading order, and whatever is only decoration (rules, the letterhead) is an artifact.
 * Runs are written in logical order, whatever their place on the line, and so are the
 * glyphs inside a right-to-left run (each still drawn at its visual place), so the content
 * stream reads as the structure does and the structure's text is the text as written; such a
 * run carries that text as ActualText too. Sections are bookmarks.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument
  private readonly dir: Direction
  private readonly lang: string
  private readonly margin = 56
  private readonly encoding = new GlyphEncoding()
  /** The structure tree's one top element, as PDF/UA-2 and checkers (poppler) expect: everything else is inside. */
  private readonly document: PDFKit.PDFStructureElement
  private y: number
  private readonly wordWidths = new Map<string, number>()
  /** The level of the last heading: the next one goes at most one deeper (no skipped levels). */
  private headingLevel = 1
  /** The open bookmarks by level, from H2 down, so an H3 goes under its H2. */
  private bookmarks: PDFKit.PDFOutline[] = []
  /** Elements drawn above the title that are read after it (the embargo note). */
  private afterTitle: PDFKit.PDFStructureElement[] | undefined = []

  constructor(meta: PdfMeta) {
    this.dir = meta.dir
    this.lang = meta.lang
    // Fixed dates make the file (and its /ID) the same for the same content, so rebuilds and
    // ZIPs stay byte-identical when nothing changed.
    this.doc = new PDFDocument({
      size: 'A4',
      margin: this.margin,
      lang: meta.lang,
      // The viewer's window shows the title, not the file name.
      displayTitle: true,
      pdfVersion: '1.7',
      tagged: true,
      subset: pdfUa,
      autoFirstPage: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, CreationDate: meta.createdAt, ModDate: meta.createdAt },
    })
    escapeXmpInfo(this.doc)
    this.document = this.doc.struct('Document')
    this.doc.addStructure(this.document)
    for (const weight of ['regular', 'bold'] as const) {
      for (const face of facesOf(weight)) this.doc.registerFont(face.name, face.data)
    }
    this.y = this.margin
    const { runningHead } = meta
    if (runningHead) this.doc.on('pageAdded', () => this.drawRunningHead(runningHead))
  }

  private get width(): number {
    return this.doc.page.width - 2 * this.margin
  }

  /** The document's title: its one H1, read first. */
  title(text: string, styleName: StyleName = 'title', language: BlockLanguage = {}): this {
    if (!text.trim()) return this
    this.document.add(this.block('H1', text, styles[styleName], language))
    for (const element of this.afterTitle ?? []) this.document.add(element)
    this.afterTitle = undefined
    this.headingLevel = 1
    return this
  }

  /** A section heading, also a bookmark. A level deeper than the last heading's next one is lifted to it. */
  heading(text: string, level: HeadingLevel = 2, styleName: StyleName = 'heading', language: BlockLanguage = {}): this {
    if (!text.trim()) return this
    const style = styles[styleName]
    const depth = Math.max(2, Math.min(level, this.headingLevel + 1)) as HeadingLevel
    // Not the last line of a page: the heading stays with the first line of its section.
    this.ensureRoom(this.lineHeight(style) + this.lineHeight(styles.body))
    const page = this.doc.page
    const top = this.y
    this.document.add(this.block(`H${depth}`, text, style, language))
    this.headingLevel = depth
    const parent = depth === 2 ? this.doc.outline : (this.bookmarks[depth - 3] ?? this.doc.outline)
    const bookmark = parent.addItem(plain(text), { expanded: true })
    // pdfkit's destination would show the page's top right corner: the heading's line instead.
    ;(bookmark as unknown as { outlineData: { Dest: unknown } }).outlineData.Dest = [page.dictionary, 'XYZ', null, page.height - top, null]
    this.bookmarks = [...this.bookmarks.slice(0, depth - 2), bookmark]
    return this
  }

  /**
   * A paragraph (P), or a quotation (BlockQuote). `afterTitle`: drawn here, above the title,
   * but read right after it, as the title comes first.
   */
  paragraph(text: string, styleName: StyleName = 'body', options: BlockLanguage & { tag?: 'P' | 'BlockQuote'; afterTitle?: boolean } = {}): this {
    if (!text.trim()) return this
    const element = this.block(options.tag ?? 'P', text, styles[styleName], options)
    if (options.afterTitle && this.afterTitle) this.afterTitle.push(element)
    else this.document.add(element)
    return this
  }

  /**
   * A list (L): each item (LI) with its label (Lbl) and text (LBody). Labels hang on the
   * start side, or stand above their text (a fact's name above the fact).
   */
  list(items: ListItem[], options: { body?: StyleName; label?: StyleName; labelsAbove?: boolean } = {}): this {
    const shown = items.filter((item) => item.text.trim())
    if (shown.length === 0) return this
    const body = styles[options.body ?? 'body']
    const label = options.labelsAbove ? styles[options.label ?? 'label'] : body
    const labelled = shown.filter((item) => item.label?.trim())
    const gutter = options.labelsAbove || labelled.length === 0 ? 0 : Math.max(...labelled.map((item) => this.measure(item.label!, body))) + body.size * 0.6
    const list = this.doc.struct('L')
    this.document.add(list)
    for (const item of shown) {
      // Languages go on the label and the text, which may differ, not on the item.
      const entry = this.doc.struct('LI')
      list.add(entry)
      if (item.label?.trim()) {
        const labelLanguage = item.labelLanguage ?? item
        if (options.labelsAbove) entry.add(this.block('Lbl', item.label, label, labelLanguage))
        else {
          // The label on the first line of its text, in the gutter.
          this.ensureRoom(this.lineHeight(body))
          const top = this.y
          entry.add(this.block('Lbl', item.label, label, labelLanguage, { start: 0, width: gutter }, false))
          this.y = top
        }
      }
      entry.add(this.block('LBody', item.text, body, item, { start: gutter, width: this.width - gutter }))
      entry.end()
    }
    list.end()
    return this
  }

  /** A picture with a meaning (Figure), described by its alternative text; as wide as the text at most. */
  figure(image: Buffer, alt: string, options: { maxHeight?: number } = {}): this {
    const { width, height } = this.fitted(image, options.maxHeight)
    this.ensureRoom(height)
    const x = this.dir === 'rtl' ? this.margin + this.width - width : this.margin
    const bbox: [number, number, number, number] = [x, this.y, x + width, this.y + height]
    const figure = this.doc.struct('Figure', { alt, bbox, placement: 'Block' } as PDFKit.Mixins.StructureElementOptions)
    const content = this.doc.markStructureContent('Figure')
    this.doc.image(image, x, this.y, { width, height })
    this.doc.endMarkedContent()
    figure.add(content)
    figure.end()
    this.document.add(figure)
    this.y += height + styles.body.gapAfter
    return this
  }

  /** A picture without a meaning of its own (a logo beside the name it shows): an artifact. */
  decoration(image: Buffer, options: { maxHeight?: number } = {}): this {
    const { width, height } = this.fitted(image, options.maxHeight)
    this.ensureRoom(height)
    const x = this.dir === 'rtl' ? this.margin + this.width - width : this.margin
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.doc.image(image, x, this.y, { width, height })
    this.doc.endMarkedContent()
    this.y += height + styles.body.gapAfter
    return this
  }

  /**
   * The letterhead above the title (the association's name, the kind of document): page
   * furniture, an artifact, as the document's author and subject already say it.
   */
  letterhead(text: string, styleName: StyleName = 'label'): this {
    const style = styles[styleName]
    for (const line of this.wrap(text.trim(), style, this.width)) this.drawLine(line, style, this.dir, { start: 0, width: this.width })
    this.y += style.gapAfter
    return this
  }

  space(points: number): this {
    this.y += points
    return this
  }

  /** A dividing line: decoration, an artifact. */
  rule(): this {
    this.ensureRoom(12)
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.doc
      .moveTo(this.margin, this.y)
      .lineTo(this.margin + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke()
    this.doc.endMarkedContent()
    this.y += 12
    return this
  }

  async finish(): Promise<Buffer> {
    for (const element of this.afterTitle ?? []) this.document.add(element)
    this.afterTitle = undefined
    this.document.end()
    const chunks: Buffer[] = []
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
    })
    this.doc.end()
    return done
  }

  private langOf(language: BlockLanguage): { lang?: string } {
    return language.lang && language.lang !== this.lang ? { lang: language.lang } : {}
  }

  /** A structure element of the block's lines, ended (not yet in the tree). */
  private block(tag: Tag, text: string, style: Style, language: BlockLanguage, box: Box = { start: 0, width: this.width }, gap = true): PDFKit.PDFStructureElement {
    const element = this.doc.struct(tag, this.langOf(language))
    for (const paragraph of text.split('\n')) {
      for (const line of this.wrap(paragraph.trim(), style, box.width)) this.drawLine(line, style, language.dir ?? this.dir, box, { tag, element })
    }
    element.end()
    if (gap) this.y += style.gapAfter
    return element
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

  private fitted(image: Buffer, maxHeight = 260): { width: number; height: number } {
    const opened = (this.doc as unknown as { openImage(src: Buffer): { width: number; height: number; orientation?: number } }).openImage(image)
    // EXIF orientations 5 to 8 turn the picture by a quarter.
    const [width, height] = (opened.orientation ?? 1) > 4 ? [opened.height, opened.width] : [opened.width, opened.height]
    const scale = Math.min(1, this.width / width, maxHeight / height)
    return { width: width * scale, height: height * scale }
  }

  private measure(text: string, style: Style): number {
    return fontRuns(text.replace(bidiControls, ''), style.weight).reduce((sum, run) => sum + this.runWidth(run, style.size), 0)
  }

  private runWidth(run: { text: string; face: Face }, size: number): number {
    return this.doc.font(run.face.name).fontSize(size).widthOfString(run.text, { features: ['kern'] })
  }

  /** A word's width, laid out once per writer: wrapping asks for the same words again and again. */
  private wordWidth(word: string, style: Style): number {
    const key = `${style.weight}:${style.size}:${word}`
    let width = this.wordWidths.get(key)
    if (width === undefined) {
      width = this.measure(word, style)
      this.wordWidths.set(key, width)
    }
    return width
  }

  /**
   * Greedy wrapping by words in logical order; a word wider than the line is cut. A line is as
   * wide as its words and the spaces between them (no script joins or kerns across a space),
   * so each word is laid out once, not every line again for every word added.
   */
  private wrap(paragraph: string, style: Style, width: number): string[] {
    if (!paragraph) return []
    const lines: string[] = []
    const space = this.wordWidth(' ', style)
    let line = ''
    let lineWidth = 0
    for (const word of paragraph.split(/\s+/)) {
      const wordWidth = this.wordWidth(word, style)
      const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth
      if (candidateWidth <= width) {
        line = line ? `${line} ${word}` : word
        lineWidth = candidateWidth
        continue
      }
      if (line) lines.push(line)
      line = word
      lineWidth = wordWidth
      while (this.measure(line, style) > width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && this.measure(line.slice(0, cut), style) > width) cut -= 1
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
        lineWidth = this.measure(line, style)
      }
    }
    if (line) lines.push(line)
    return lines
  }

  /**
   * One line, its runs drawn from left to right (visual order). Runs that follow each other in
   * logical order too share a marked-content sequence; the target element gets the sequences
   * in logical order, so the structure reads the line as written (without a target, the line
   * is an artifact).
   */
  private drawLine(line: string, style: Style, dir: Direction, box: Box, target?: Target): void {
    const height = this.lineHeight(style)
    this.ensureRoom(height)
    const runs = bidiRuns(line, dir, style.weight)
    if (runs.length === 0) return
    const visual = visualOrder(runs)
    const widths = visual.map((run) => this.runWidth(run, style.size))
    const total = widths.reduce((sum, width) => sum + width, 0)
    let x = dir === 'rtl' ? this.margin + this.width - box.start - total : this.margin + box.start
    // One baseline for all fonts (their ascenders differ).
    const baseline = this.y + style.size
    if (!target) this.doc.markContent('Artifact', { type: 'Pagination' })
    const sequences: { first: number; content: PDFKit.PDFStructureContent }[] = []
    let previous = -2
    visual.forEach((run, index) => {
      const logical = runs.indexOf(run)
      if (target && logical !== previous + 1) {
        if (sequences.length > 0) this.doc.endMarkedContent()
        sequences.push({ first: logical, content: this.doc.markStructureContent(target.tag) })
      }
      previous = logical
      this.drawRun(run, x, baseline, style)
      x += widths[index]!
    })
    this.doc.endMarkedContent()
    sequences.sort((a, b) => a.first - b.first)
    for (const { content } of sequences) target!.element.add(content)
    this.y += height
  }

  /** In the top margin of a new page, before anything else is drawn on it. */
  private drawRunningHead(text: string): void {
    const style = styles.label
    const below = this.y
    this.y = (this.margin - this.lineHeight(style)) / 2
    for (const line of this.wrap(text, style, this.width)) this.drawLine(line, style, this.dir, { start: 0, width: this.width })
    this.y = below
  }

  private drawRun(run: Run, x: number, baseline: number, style: Style): void {
    const { text, mirrored } = glyphOrder(run)
    // A right-to-left run's glyphs are written in reading order (GlyphEncoding); its text as
    // ActualText too, for readers that prefer it to the glyphs' own. A run in another script
    // than the document's says its language, so a screen reader switches voice for it.
    const rightToLeft = run.level % 2 === 1
    const lang = foreignLanguage(run.text, this.lang)
    const span = rightToLeft || lang ? { ...(rightToLeft ? { actual: run.text } : {}), ...(lang ? { lang } : {}) } : undefined
    if (span) this.doc.markContent('Span', span)
    this.doc.font(run.face.name).fontSize(style.size).fillColor(style.color)
    this.encoding.adopt(this.doc)
    this.encoding.mirrored = mirrored
    this.encoding.rightToLeft = rightToLeft
    // `features` makes pdfkit shape the run as a whole instead of word by word, which would
    // put right-to-left words in left-to-right order.
    this.doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', features: ['kern'] })
    this.encoding.mirrored = false
    this.encoding.rightToLeft = false
    const size = style.size / 1000
    const unit = style.size / run.face.font.unitsPerEm
    for (const outline of this.encoding.takeOutlines()) {
      this.doc
        .save()
        .translate(x + outline.x * size, baseline - outline.y * size)
        .scale(unit, -unit)
        .path(outline.glyph.path.toSVG())
        .fill(style.color)
        .restore()
    }
    if (span) this.doc.endMarkedContent()
  }
}

/** The letters of each script the site's locales are written in (content-types/src/locales.ts). */
const scriptLetters: Record<WritingScript, RegExp> = { Latn: /\p{Script=Latin}/u, Arab: /\p{Script=Arabic}/u, Cyrl: /\p{Script=Cyrillic}/u }

/**
 * The language a run in another script than the document's is marked with. Latin words in an
 * Arabic, Farsi or Cyrillic text are names and terms from German, the association's
 * language; for the other scripts, the most widely read language written in it.
 */
const languageOfScript: Record<WritingScript, LocaleCode> = { Latn: 'de', Arab: 'ar', Cyrl: 'ru' }

/** The language of a run written in another script than the document's language, if so. */
function foreignLanguage(text: string, documentLang: string): string | undefined {
  const own = locales.find((locale) => locale.code === documentLang)?.script
  if (own && scriptLetters[own].test(text)) return undefined
  const other = (Object.keys(scriptLetters) as WritingScript[]).find((script) => script !== own && scriptLetters[script].test(text))
  return other ? languageOfScript[other] : undefined
}

/**
 * pdfkit writes the document information into the XMP metadata as it is, so a title with
 * "&" or "<" would make the XML invalid (and the file fail PDF/UA). The information
 * dictionary is written before the metadata, with the real text; the XMP gets it escaped.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const endMetadata = doc.endMetadata.bind(doc)
  doc.endMetadata = () => {
    const info = doc.info
    const escaped = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlText(value) : value]))
    doc.info = escaped as PDFKit.DocumentInfo
    endMetadata()
    doc.info = info
  }
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A heading as a bookmark's title: one line, without bidi controls. */
function plain(text: string): string {
  return text.replace(bidiControls, '').replace(/\s+/g, ' ').trim()
}

/**
 * A line's runs from left to right as drawn, each with its text in logical order and whether
 * it reads right to left: the layout decision, apart from the drawing.
 */
export function visualRuns(line: string, dir: Direction, weight: Weight = 'regular'): { text: string; rightToLeft: boolean; face: Face }[] {
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
function bidiRuns(line: string, dir: Direction, weight: Weight): Run[] {
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
 * spaces) is reversed and mirrored here (`mirrored`); a left-to-right run with Arabic-script
 * digits is reversed here so fontkit's reversal restores it.
 */
function glyphOrder(run: Run): { text: string; mirrored: boolean } {
  const fontkitReverses = rtlScript.test(run.text)
  const rightToLeft = run.level % 2 === 1
  if (rightToLeft === fontkitReverses) return { text: run.text, mirrored: false }
  const chars = Array.from(run.text).reverse()
  if (!rightToLeft) return { text: chars.join(''), mirrored: false }
  return { text: chars.map((char) => bidi.getMirroredCharacter(char) ?? char).join(''), mirrored: true }
}

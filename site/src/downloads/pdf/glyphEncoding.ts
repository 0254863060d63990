import bidiFactory from 'bidi-js'
import type * as fontkit from 'fontkit'

const bidi = bidiFactory()

/**
 * A glyph that pdfkit would have written as text but that stands for no character of its
 * own, left out of the text and drawn as an outline instead. `x` and `y` are in thousandths of
 * the font size from the run's origin on its baseline (y upwards).
 */
export type OutlineGlyph = { glyph: fontkit.Glyph; x: number; y: number }

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }

type LaidOut = { glyphs: fontkit.Glyph[]; positions: Position[]; direction: 'ltr' | 'rtl' }

type Font = { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph }

/** The parts of pdfkit's (internal) EmbeddedFont that the encoding below replaces or reads. */
type EmbeddedFont = {
  font: Font
  subset?: { glyphs: number[]; mapping: Record<number, number>; includeGlyph(glyph: number): number }
  unicode: number[][]
  widths: number[]
  scale: number
  layout(text: string, features?: unknown): LaidOut
  encode(text: string, features?: unknown): [string[], Position[]]
}

/**
 * Text extraction, copying and screen readers read a PDF's text through the fonts' ToUnicode
 * maps: glyph code to characters. pdfkit keeps one code per glyph and maps it to the first
 * text it drew that glyph for, which is wrong for Noto Sans Arabic: after shaping, beh, teh,
 * theh, noon and yeh in the middle of a word are one dotless glyph, told apart only by dot
 * glyphs (separate marks without characters of their own, which pdfkit maps to nothing).
 * Copied Arabic came out with the wrong letters and stray control characters. (fontkit keeps
 * one glyph object per glyph, with the characters it was first made for; the layout below
 * gets glyphs with their characters in this text.)
 *
 * This encoding gives every pair of glyph and text its own code (the glyph is stored in the
 * subset once more, a few bytes), so each code maps to the character it really stands for.
 * Glyphs without characters (the dots, the hamza above alef) are taken out of the text and
 * handed back to be drawn as outlines at the same place: they look the same, and the text
 * reads as the letters alone. A right-to-left run is written in logical order (see
 * inLogicalOrder). `mirrored` tells that the run's characters were swapped for
 * their mirror images (an opening parenthesis drawn in right-to-left order), so its codes map
 * back to the characters of the logical text.
 */
export class GlyphEncoding {
  mirrored = false
  /** The run reads right to left: its glyphs, laid out in visual order, are written in logical order. */
  rightToLeft = false
  private outlines: OutlineGlyph[] = []
  private readonly fonts = new WeakSet<object>()

  /** Takes over the current font of the document, once per font. */
  adopt(doc: PDFKit.PDFDocument): void {
    const font = (doc as unknown as { _font: EmbeddedFont })._font
    if (this.fonts.has(font) || !font.subset) return
    this.fonts.add(font)
    const codes = new Map<string, number>()
    font.encode = (text, features) => {
      const run = layoutWithCharacters(font, text, features)
      const encoded: string[] = []
      const kept: Position[] = []
      let pen = 0
      for (const { glyph, position, characters } of withMarksOnTheirBase(run, this.mirrored)) {
        if (characters.length === 0 && (position.xAdvance === 0 || kept.length > 0)) {
          this.outlines.push({ glyph, x: pen + position.xOffset, y: position.yOffset })
          if (position.xAdvance !== 0) kept[kept.length - 1]!.xAdvance += position.xAdvance
          pen += position.xAdvance
          continue
        }
        const key = `${glyph.id}:${characters.join(',')}`
        let code = codes.get(key)
        if (code === undefined) {
          const subset = font.subset!
          if (subset.mapping[glyph.id] === undefined) code = subset.includeGlyph(glyph.id)
          else code = subset.glyphs.push(glyph.id) - 1
          codes.set(key, code)
          font.widths[code] = glyph.advanceWidth * font.scale
          font.unicode[code] = characters
        }
        encoded.push(`0000${code.toString(16)}`.slice(-4))
        kept.push({ ...position })
        pen += position.xAdvance
      }
      return this.rightToLeft ? inLogicalOrder(encoded, kept) : [encoded, kept]
    }
  }

  /** The glyphs left out of the text drawn last. */
  takeOutlines(): OutlineGlyph[] {
    const outlines = this.outlines
    this.outlines = []
    return outlines
  }
}

type PlacedGlyph = { glyph: fontkit.Glyph; position: Position; characters: number[] }

const combiningMark = /^\p{M}$/u

/**
 * The run's glyphs with the characters each stands for. A combining mark drawn as a glyph of
 * its own without advance (the tanween of "مركزاً") gives its character to its base glyph and
 * is drawn as an outline: text extraction would otherwise read the mark as a separate word.
 * In a right-to-left run fontkit's glyphs stand in visual order, each mark before its base.
 */
function withMarksOnTheirBase(run: LaidOut, mirrored: boolean): PlacedGlyph[] {
  const placed = run.glyphs.map((glyph, index) => ({ glyph, position: run.positions[index]!, characters: glyph.codePoints.map((point) => (mirrored ? mirror(point) : point)) }))
  const isMark = (item: PlacedGlyph) => item.position.xAdvance === 0 && item.characters.length > 0 && item.characters.every((point) => combiningMark.test(String.fromCodePoint(point)))
  const order = run.direction === 'rtl' ? [...placed].reverse() : placed
  let base: PlacedGlyph | undefined
  for (const item of order) {
    if (!isMark(item)) base = item
    else if (base) {
      // The glyphs are written in logical order (inLogicalOrder), so the mark follows its base.
      base.characters = [...base.characters, ...item.characters]
      item.characters = []
    }
  }
  return placed
}

/**
 * A right-to-left run's glyphs in the order they are read, each still drawn where the visual
 * layout put it: the first at its place on the right (an offset), each next one reached by a
 * step back (pdfkit turns advances that differ from the glyph's width into TJ adjustments).
 * The content stream then holds the text as written, so whatever reads it in stream order
 * (the marked content of the structure tree, text extraction, copy and paste, screen
 * readers) gets the words in reading order, not mirrored. Positions are in thousandths of
 * the font size.
 */
function inLogicalOrder(encoded: string[], positions: Position[]): [string[], Position[]] {
  const pens: number[] = []
  let end = 0
  for (const position of positions) {
    pens.push(end)
    end += position.xAdvance
  }
  const order = positions.map((_, index) => positions.length - 1 - index)
  // Where pdfkit's pen stands before each glyph: at 0 for the first, which gets there by its offset.
  let pen = 0
  const placed = order.map((visual, index) => {
    const position = positions[visual]!
    const next = order[index + 1]
    const xOffset = index === 0 ? pens[visual]! + position.xOffset : position.xOffset
    const xAdvance = (next === undefined ? end : pens[next]!) - pen
    pen += xAdvance
    return { ...position, xOffset, xAdvance }
  })
  return [order.map((visual) => encoded[visual]!), placed]
}

/** fontkit's layout, each glyph with the characters it stands for here (a copy of fontkit's shared glyph). */
function layoutWithCharacters(font: EmbeddedFont, text: string, features: unknown): LaidOut {
  const shared = font.font.getGlyph
  font.font.getGlyph = (id, codePoints = []) => Object.create(shared.call(font.font, id, codePoints), { codePoints: { value: codePoints } }) as fontkit.Glyph
  try {
    return font.layout(text, features)
  } finally {
    font.font.getGlyph = shared
  }
}

function mirror(point: number): number {
  const mirrored = bidi.getMirroredCharacter(String.fromCodePoint(point))
  return mirrored ? mirrored.codePointAt(0)! : point
}

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'

import * as fontkit from 'fontkit'

/**
 * The fonts of the PDFs: Noto Sans in the same self-hosted packages as the website, static
 * weights. Fontsource splits each font by script; a PDF text run takes the first face that
 * has all its characters, so German, Vietnamese, Cyrillic and Arabic all render, embedded
 * as subsets.
 */
export type Weight = 'regular' | 'bold'

/** `data`: the font as plain OpenType (sfnt), what pdfkit reads for each document. */
export type Face = { name: string; data: Buffer; font: fontkit.Font }

const require = createRequire(import.meta.url)
const subsets = [
  ['@fontsource/noto-sans', 'noto-sans-latin'],
  ['@fontsource/noto-sans', 'noto-sans-latin-ext'],
  ['@fontsource/noto-sans', 'noto-sans-vietnamese'],
  ['@fontsource/noto-sans', 'noto-sans-cyrillic'],
  ['@fontsource/noto-sans', 'noto-sans-cyrillic-ext'],
  ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic'],
] as const
const weights: Record<Weight, number> = { regular: 400, bold: 700 }

function load(weight: Weight): Face[] {
  return subsets.map(([pkg, file]) => {
    const path = require.resolve(`${pkg}/files/${file}-${weights[weight]}-normal.woff`)
    const data = sfntFromWoff(readFileSync(path), path)
    const font = fontkit.create(data)
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${path} is a font collection, not a font`)
    return { name: `${file}-${weight}`, data, font }
  })
}

const faces: Record<Weight, Face[]> = { regular: load('regular'), bold: load('bold') }

export function facesOf(weight: Weight): Face[] {
  return faces[weight]
}

export function covers(face: Face, text: string): boolean {
  for (const char of text) {
    if (!face.font.hasGlyphForCodePoint(char.codePointAt(0)!)) return false
  }
  return true
}

/**
 * A WOFF 1.0 font (W3C WOFF, section 5) unpacked into the OpenType file it wraps. pdfkit opens
 * the font anew for every document, and fontkit inflates a WOFF's tables in JavaScript on
 * each opening: that was most of the time a release PDF took (over a second for Arabic).
 * Unpacked once here, with Node's zlib, every document reads plain tables.
 */
export function sfntFromWoff(woff: Buffer, name = 'font'): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${name} is not a WOFF 1.0 font`)
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20
    const [tag, offset, compLength, origLength, checksum] = [woff.readUInt32BE(entry), woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12), woff.readUInt32BE(entry + 16)]
    const stored = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(stored) : stored
    if (data.length !== origLength) throw new Error(`${name}: a table unpacked to ${data.length} bytes, not ${origLength}`)
    return { tag, checksum, data }
  })
  // The offset table's search fields (OpenType "Table Directory").
  const power = 2 ** Math.floor(Math.log2(numTables))
  const header = Buffer.alloc(12 + 16 * numTables)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(numTables, 4)
  header.writeUInt16BE(power * 16, 6)
  header.writeUInt16BE(Math.log2(power), 8)
  header.writeUInt16BE(numTables * 16 - power * 16, 10)
  const parts: Buffer[] = [header]
  let offset = header.length
  tables.forEach(({ tag, checksum, data }, index) => {
    const record = 12 + index * 16
    header.writeUInt32BE(tag, record)
    header.writeUInt32BE(checksum, record + 4)
    header.writeUInt32BE(offset, record + 8)
    header.writeUInt32BE(data.length, record + 12)
    const padded = Buffer.alloc((data.length + 3) & ~3)
    data.copy(padded)
    parts.push(padded)
    offset += padded.length
  })
  return Buffer.concat(parts)
}

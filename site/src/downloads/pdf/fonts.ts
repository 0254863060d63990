import { createRequire } from 'node:module'

import * as fontkit from 'fontkit'

/**
 * The fonts of the PDFs: Noto Sans in the same self-hosted packages as the website, static
 * weights. Fontsource splits each font by script; a PDF text run takes the first face that
 * has all its characters, so German, Vietnamese, Cyrillic and Arabic all render, embedded
 * as subsets.
 */
export type Weight = 'regular' | 'bold'

export type Face = { name: string; path: string; font: fontkit.Font }

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
    const font = fontkit.openSync(path)
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${path} is a font collection, not a font`)
    return { name: `${file}-${weight}`, path, font }
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

import { escapeXml } from '@verband/content-types'

import type { GlossaryEntry } from './types.ts'

const tagPattern = /(<[^>]+>)/

function termPattern(term: string): RegExp {
  const escaped = escapeXml(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // Whole words only: "Leitbild" in "Leitbilder" is a different word.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')
}

/**
 * For providers without a glossary of ours: each glossary term in the text becomes a
 * placeholder tag the provider keeps in place, and `restore` puts the term's rendering there
 * afterwards, so the term comes back exactly as the glossary says.
 */
export function protectTerms(tagged: string, glossary: GlossaryEntry[]): { text: string; restore: (translated: string) => string } {
  const renderings: string[] = []
  const entries = [...glossary].sort((a, b) => b.term.length - a.term.length)
  const text = tagged
    .split(tagPattern)
    .map((part) => {
      if (part.startsWith('<')) return part
      let result = part
      for (const entry of entries) {
        result = result.replace(termPattern(entry.term), () => {
          renderings.push(escapeXml(entry.rendering))
          return `<x id="term${renderings.length}"/>`
        })
      }
      return result
    })
    .join('')
  const restore = (translated: string) =>
    translated.replace(/<x id="term(\d+)"\s*\/>|<x id="term(\d+)"><\/x>/g, (_, a: string | undefined, b: string | undefined) => renderings[Number(a ?? b) - 1] ?? '')
  return { text, restore }
}

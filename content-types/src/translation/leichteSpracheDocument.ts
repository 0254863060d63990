import { leichteSpracheLocale } from '../locales.ts'
import { leichteSpracheHints, plainTextOfRichText } from './leichteSprache.ts'

/**
 * How many Leichte Sprache hints a document's Leichte Sprache text still has, over its
 * translatable fields, read with `locale: 'all'` (so a field not yet written in Leichte Sprache
 * counts nothing, rather than its German fallback): the number the translation overview shows.
 */
export function leichteSpracheHintCount(fields: readonly string[], doc: Record<string, unknown>): number {
  let count = 0
  for (const field of fields) {
    const value = (doc[field] as Record<string, unknown> | null | undefined)?.[leichteSpracheLocale]
    const plain = typeof value === 'string' ? value : plainTextOfRichText(value)
    if (plain) count += leichteSpracheHints(plain).length
  }
  return count
}

import { leichteSpracheLocale } from '../locales.ts'
import { leichteSpracheHintsOfValue } from './leichteSprache.ts'
import type { TranslationField } from './segments.ts'

/**
 * How many Leichte Sprache hints a document's Leichte Sprache text still has, over its
 * translatable fields, read with `locale: 'all'` (so a field not yet written in Leichte Sprache
 * counts nothing, rather than its German fallback): the number the translation overview shows.
 */
export function leichteSpracheHintCount(fields: readonly TranslationField[], doc: Record<string, unknown>): number {
  let count = 0
  for (const field of fields) {
    count += leichteSpracheHintsOfValue((doc[field.name] as Record<string, unknown> | null | undefined)?.[leichteSpracheLocale]).length
  }
  return count
}

import { adminLanguages } from '@verband/content-types'
import { describe, expect, it } from 'vitest'

import { de } from '../src/components/text/de.ts'
import { adminTexts } from '../src/components/text/index.ts'

/** Every custom admin text (dashboard, website status, review, translation screens, sidebar) in every admin language. */

/** Each text's path and what it says (functions are called with a sample value). */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') return [[`${path}()`, String((value as (sample: number & string) => unknown)(2 as number & string))]]
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key))
  return [[path, String(value)]]
}

describe('the admin’s own texts', () => {
  const source = leaves(de).map(([path]) => path)

  it.each(adminLanguages)('exist in %s, every one of them, none empty', (language) => {
    const texts = (adminTexts as Record<string, unknown>)[language]
    expect(texts, `no text file for ${language}`).toBeDefined()
    const found = new Map(leaves(texts))
    expect(source.filter((path) => !found.get(path)?.trim())).toEqual([])
    expect([...found.keys()].filter((path) => !source.includes(path))).toEqual([])
  })

  it('are not German left untranslated, outside names and codes', () => {
    const german = new Map(leaves(de))
    for (const language of adminLanguages.filter((code) => code !== 'de')) {
      const same = leaves((adminTexts as Record<string, unknown>)[language]).filter(([path, text]) => text.length > 12 && german.get(path) === text)
      expect(same.map(([path]) => `${language}: ${path}`)).toEqual([])
    }
  })
})

import { localeCodes } from '@verband/content-types/locales'
import { describe, expect, it } from 'vitest'

import { uiStrings } from '../src/i18n/index.ts'

const german = uiStrings.de
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('UI strings', () => {
  it.each(localeCodes)('%s has exactly the keys of the German file', (locale) => {
    expect(Object.keys(uiStrings[locale]).sort()).toEqual(Object.keys(german).sort())
  })

  it.each(localeCodes)('%s has no empty string and the same placeholders as German', (locale) => {
    for (const [key, text] of Object.entries(uiStrings[locale])) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('')
      expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(german[key as keyof typeof german]))
    }
  })
})

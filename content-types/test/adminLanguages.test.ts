import { describe, expect, it } from 'vitest'

import { adminLanguages } from '../src/adminLanguage/languages.ts'
import { labelCatalogues, mapLabels } from '../src/adminLanguage/labels.ts'
import { validationMessages, type ValidationMessages } from '../src/adminLanguage/messages/index.ts'
import { validatePhone } from '../src/fields/validators.ts'
import { collections, globals } from '../src/index.ts'

/** Every label and help text of the content model exists in every admin language. */
describe('the content model in every admin language', () => {
  const labels: Array<Record<string, string | undefined>> = []
  for (const config of [...collections, ...globals]) {
    mapLabels(config, (label) => {
      labels.push(label)
      return label
    })
  }

  it('finds the labels (collections, fields, options, help texts)', () => {
    expect(labels.length).toBeGreaterThan(150)
  })

  it.each(adminLanguages)('has every label in %s', (language) => {
    const missing = labels.filter((label) => !label[language]?.trim()).map((label) => label.de)
    expect(missing).toEqual([])
  })

  it('keeps no catalogue entry the model no longer uses', () => {
    const used = new Set(labels.map((label) => label.de))
    for (const [language, catalogue] of Object.entries(labelCatalogues)) {
      expect(Object.keys(catalogue).filter((german) => !used.has(german)), language).toEqual([])
    }
  })
})

/** The content model's own validation messages, as the person saving reads them. */
describe('validation messages in every admin language', () => {
  const texts = (messages: ValidationMessages) =>
    Object.entries(messages).map(([key, message]) => [key, typeof message === 'function' ? (message as (value: never) => string)('x1' as never) : message] as const)

  it.each(adminLanguages.filter((language) => language !== 'de'))('has every message in %s, none left in German or English', (language) => {
    const german = new Map(texts(validationMessages.de))
    const english = new Map(texts(validationMessages.en))
    for (const [key, text] of texts(validationMessages[language])) {
      expect(text.trim(), `${language}.${key}`).not.toBe('')
      expect(text, `${language}.${key}`).not.toBe(german.get(key))
      if (language !== 'en') expect(text, `${language}.${key}`).not.toBe(english.get(key))
      // A message with a value names it.
      if (typeof validationMessages[language][key as keyof ValidationMessages] === 'function') expect(text, `${language}.${key}`).toContain('x1')
    }
  })

  it('answers in the interface language of the request, German without one', () => {
    expect(validatePhone('not a number', { req: { i18n: { language: 'ar' } } })).toBe(validationMessages.ar.phone)
    expect(validatePhone('not a number', { req: { i18n: { language: 'xx' } } })).toBe(validationMessages.de.phone)
    expect(validatePhone('not a number')).toBe(validationMessages.de.phone)
    expect(validatePhone('+49 351 000 000')).toBe(true)
  })
})

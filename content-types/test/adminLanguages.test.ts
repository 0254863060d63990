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
  /** Each message's path and text; a function is called with a sample per value (x1, x2, …). */
  const texts = (messages: unknown, path = ''): Array<[string, string, number]> => {
    if (typeof messages === 'string') return [[path, messages, 0]]
    if (typeof messages === 'function') {
      const samples = Array.from({ length: messages.length }, (_, index) => `x${index + 1}`)
      return [[path, String((messages as (...values: string[]) => string)(...samples)), messages.length]]
    }
    return Object.entries(messages as object).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key))
  }
  const paths = (messages: ValidationMessages) => texts(messages).map(([path]) => path)

  it.each(adminLanguages.filter((language) => language !== 'de'))('has every message in %s, none left in German or English', (language) => {
    const german = new Map(texts(validationMessages.de).map(([path, text]) => [path, text]))
    const english = new Map(texts(validationMessages.en).map(([path, text]) => [path, text]))
    expect(paths(validationMessages[language])).toEqual(paths(validationMessages.de))
    for (const [path, text, values] of texts(validationMessages[language])) {
      expect(text.trim(), `${language}.${path}`).not.toBe('')
      expect(text, `${language}.${path}`).not.toBe(german.get(path))
      if (language !== 'en') expect(text, `${language}.${path}`).not.toBe(english.get(path))
      // A message with values names every one of them.
      for (let value = 1; value <= values; value += 1) expect(text, `${language}.${path}`).toContain(`x${value}`)
    }
  })

  it('answers in the interface language of the request, German without one', () => {
    expect(validatePhone('not a number', { req: { i18n: { language: 'ar' } } })).toBe(validationMessages.ar.phone)
    expect(validatePhone('not a number', { req: { i18n: { language: 'xx' } } })).toBe(validationMessages.de.phone)
    expect(validatePhone('not a number')).toBe(validationMessages.de.phone)
    expect(validatePhone('+49 351 000 000')).toBe(true)
  })
})

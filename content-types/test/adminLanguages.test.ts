import { describe, expect, it } from 'vitest'

import { adminLanguages } from '../src/adminLanguage/languages.ts'
import { labelCatalogues, mapLabels } from '../src/adminLanguage/labels.ts'
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

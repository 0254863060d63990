import { startTestPayload } from '@verband/cms/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { leitbildAr } from '../src/content/leitbild.ar.ts'
import { leitbildLeichteSprache } from '../src/content/leitbild.de-x-ls.ts'
import { leitbildEn } from '../src/content/leitbild.en.ts'
import { siteSettings } from '../src/content/siteSettings.ts'
import type * as TranslationsModule from '../src/content/translations.ts'
import { lexicalToParagraphs } from '../src/lexical.ts'
import type { SeedReport } from '../src/seed.ts'

/**
 * A database seeded before the seed shipped more than German and English: running today's
 * seed on it adds the new languages where they are still missing, and nothing else.
 */

let payload: Payload
let close: () => Promise<void>
const messages: string[] = []

/** Runs the seed as it was when it shipped only these translations (all of today's when omitted). */
async function seedShipping(locales?: string[]): Promise<SeedReport> {
  vi.resetModules()
  vi.doUnmock('../src/content/translations.ts')
  if (locales) {
    vi.doMock('../src/content/translations.ts', async (importOriginal) => {
      const actual = await importOriginal<typeof TranslationsModule>()
      return { ...actual, translations: actual.translations.filter((translation) => locales.includes(translation.locale)) }
    })
  }
  const { seed } = await import('../src/seed.ts')
  return seed(payload, { log: (message) => messages.push(message) })
}

let upgrade: SeedReport

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  await seedShipping(['en'])

  // What editors did in the meantime: an English correction, a new German wording of a
  // value, and a goal with a draft that is not published yet.
  const [solidarity, diversity] = (await payload.find({ collection: 'values', sort: 'order', limit: 2, depth: 0 })).docs
  await payload.update({ collection: 'values', id: solidarity!.id, locale: 'en', data: { text: 'Edited by the editors.' } })
  await payload.update({ collection: 'values', id: diversity!.id, locale: 'de', data: { text: 'Von der Redaktion neu gefasst.' } })
  const [recognition] = (await payload.find({ collection: 'goals', sort: 'order', limit: 1, depth: 0 })).docs
  await payload.update({ collection: 'goals', id: recognition!.id, locale: 'en', draft: true, data: { text: 'A draft by the editors.', _status: 'draft' } })

  upgrade = await seedShipping()
})

afterAll(async () => {
  vi.doUnmock('../src/content/translations.ts')
  await close?.()
})

describe('a database seeded with German and English only', () => {
  it('had no Arabic before the upgrade, and gets it where it was missing', async () => {
    // All values but the one whose German changed, all goals but the one with a draft.
    expect(upgrade['values translated']).toBe(5)
    expect(upgrade['goals translated']).toBe(4)
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'ar', fallbackLocale: false })
    expect(leitbild.visionLead).toBe(leitbildAr.visionLead)
    expect(lexicalToParagraphs(leitbild.vision)).toEqual(leitbildAr.vision)
    const groups = await payload.find({ collection: 'partner-groups', locale: 'de-x-ls', fallbackLocale: false, sort: 'order', pagination: false })
    expect(groups.docs.map((group) => group.title)).toEqual(leitbildLeichteSprache.partnerGroups.map((group) => group.title))
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'fa', fallbackLocale: false })
    expect(settings.name).toBe(siteSettings.fa.name)
    expect(lexicalToParagraphs(settings.imprint)).toEqual(siteSettings.fa.imprint)
  })

  it('keeps the editors’ English correction', async () => {
    const { docs } = await payload.find({ collection: 'values', locale: 'en', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(docs[0]?.text).toBe('Edited by the editors.')
  })

  it('does not add translations to a document whose German the editors have since changed, and says so', async () => {
    const { docs } = await payload.find({ collection: 'values', locale: 'ar', fallbackLocale: false, sort: 'order', limit: 2 })
    expect(docs[0]?.title).toBe(leitbildAr.values[0]!.title)
    expect([docs[1]?.title ?? null, docs[1]?.text ?? null]).toEqual([null, null])
    expect(messages.some((message) => /German of values .* has changed/.test(message))).toBe(true)
  })

  it('leaves a document with an unpublished draft alone, and says so', async () => {
    const published = await payload.find({ collection: 'goals', locale: 'ar', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(published.docs[0]?.title ?? null).toBeNull()
    const draft = await payload.find({ collection: 'goals', locale: 'en', draft: true, sort: 'order', limit: 1 })
    expect(draft.docs[0]?.text).toBe('A draft by the editors.')
    expect(draft.docs[0]?._status).toBe('draft')
    const live = await payload.find({ collection: 'goals', locale: 'en', sort: 'order', limit: 1 })
    expect(live.docs[0]?.text).toBe(leitbildEn.goals[0]!.text)
    expect(messages.some((message) => /goals .* unpublished draft/.test(message))).toBe(true)
  })

  it('changes nothing when run once more', async () => {
    expect(await seedShipping()).toEqual({})
  })
})

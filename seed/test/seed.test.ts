import { collectionSlugs, demoAccounts } from '@verband/content-types'
import { startTestPayload } from '@verband/cms/testing'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leitbildDe } from '../src/content/leitbild.de.ts'
import { leitbildEn } from '../src/content/leitbild.en.ts'
import { lexicalToParagraphs } from '../src/lexical.ts'
import { seed } from '../src/seed.ts'

let payload: Payload
let close: () => Promise<void>
let firstRun: Record<string, number>

const seededCollections = Object.values(collectionSlugs) as CollectionSlug[]

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of seededCollections) {
    counts[collection] = (await payload.count({ collection })).totalDocs
  }
  return counts
}

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  firstRun = await seed(payload, { demoAccounts: { password: 'demo-test-password' } })
})

afterAll(async () => {
  await close?.()
})

describe('the Leitbild, verbatim in German', () => {
  it('has the six values in order, with their exact titles and texts', async () => {
    const { docs } = await payload.find({ collection: 'values', locale: 'de', sort: 'order', pagination: false })
    expect(docs.map((d) => d.title)).toEqual([
      'Solidarität',
      'Vielfalt',
      'Unabhängigkeit',
      'Gerechtigkeit',
      'Gemeinwohlorientierung',
      'Nachhaltigkeit',
    ])
    expect(docs.map((d) => d.text)).toEqual(leitbildDe.values.map((v) => v.text))
    expect(docs[5]?.text).toBe('Wir regen langfristige Lösungen sowie streben stabile Strukturen für unsere Mitglieder an.')
  })

  it('has the five goals in order, the fourth without its final full stop as adopted', async () => {
    const { docs } = await payload.find({ collection: 'goals', locale: 'de', sort: 'order', pagination: false })
    expect(docs.map((d) => d.title)).toEqual([
      'Anerkennung',
      'Stärkung der Mitglieder',
      'Förderung echter Partizipation',
      'Nachhaltige Finanzierung',
      'Öffentlichkeitsarbeit',
    ])
    expect(docs.map((d) => d.text)).toEqual(leitbildDe.goals.map((g) => g.text))
    expect(docs[3]?.text.endsWith('zu Fördermitteln und Ressourcen')).toBe(true)
  })

  it('has the six working principles in order', async () => {
    const { docs } = await payload.find({ collection: 'working-principles', locale: 'de', sort: 'order', pagination: false })
    expect(docs.map((d) => [d.title, d.text])).toEqual(leitbildDe.workingPrinciples.map((p) => [p.title, p.text]))
    expect(docs.map((d) => d.title)).toEqual([
      'Vernetzung',
      'Schutz und Unterstützung',
      'Wissenschaftlich fundiert',
      'Regionale Verankerung',
      'Transparenz und Verbindlichkeit',
      'Unabhängigkeit und Überparteilichkeit',
    ])
  })

  it('has the five partner groups with their purpose', async () => {
    const { docs } = await payload.find({ collection: 'partner-groups', locale: 'de', sort: 'order', pagination: false })
    expect(docs.map((d) => d.title)).toEqual([
      'Politik und Verwaltung',
      'Wirtschaft und Stiftungen',
      'Bildung und Wissenschaft',
      'Medien',
      'Zivilgesellschaft und anderen Verbänden',
    ])
    expect(docs.map((d) => d.purpose)).toEqual(leitbildDe.partnerGroups.map((g) => g.text))
  })

  it('has the vision, the long-term picture and the adoption on 3 May 2025 in Dresden', async () => {
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'de' })
    expect(leitbild.visionLead).toBe('Wir gestalten ein Sachsen, das durch Vielfalt, Chancengleichheit und echte Teilhabe geprägt ist.')
    const paragraphs = lexicalToParagraphs(leitbild.vision)
    expect(paragraphs).toEqual(leitbildDe.vision)
    expect(paragraphs[0]).toMatch(/^Migrant\*innenorganisationen sind hier unverzichtbare Partnerinnen/)
    expect(leitbild.longTermPicture).toBe(
      'Der Verband ist eine zentrale Anlaufstelle und ein verlässlicher Partner für Migrant*innenorganisationen in Sachsen. Unsere Mitglieder sind finanziell stabil, professionell aufgestellt und gesellschaftlich anerkannt.',
    )
    expect(leitbild.adoptedOn.slice(0, 10)).toBe('2025-05-03')
    expect(leitbild.adoptedIn).toBe('Dresden')
    expect(leitbild.adoptedBy).toBe('Mitgliederversammlung')
    expect(leitbild._status).toBe('published')
  })
})

describe('translations', () => {
  it('reads every Leitbild item in English', async () => {
    const values = await payload.find({ collection: 'values', locale: 'en', sort: 'order', pagination: false })
    expect(values.docs.map((d) => d.title)).toEqual(leitbildEn.values.map((v) => v.title))
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'en' })
    expect(leitbild.visionLead).toBe(leitbildEn.visionLead)
    expect(lexicalToParagraphs(leitbild.vision)).toEqual(leitbildEn.vision)
  })

  it('falls back to German for a locale without a translation', async () => {
    const values = await payload.find({ collection: 'values', locale: 'ar', sort: 'order', pagination: false })
    expect(values.docs[0]?.title).toBe('Solidarität')
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'de-x-ls' })
    expect(leitbild.visionLead).toBe(leitbildDe.visionLead)
  })

  it('keeps the English text when read with fallback off, and nothing for Arabic', async () => {
    const en = await payload.find({ collection: 'values', locale: 'en', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(en.docs[0]?.title).toBe('Solidarity')
    const ar = await payload.find({ collection: 'values', locale: 'ar', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(ar.docs[0]?.title ?? null).toBeNull()
  })
})

describe('example content', () => {
  it('has at least six stories and four press releases, each marked as an example', async () => {
    const stories = await payload.find({ collection: 'stories', locale: 'de', pagination: false })
    expect(stories.totalDocs).toBeGreaterThanOrEqual(6)
    for (const story of stories.docs) {
      expect(story.title).toMatch(/^Beispiel/)
      expect(lexicalToParagraphs(story.body).join(' ')).toMatch(/Beispielgeschichte/)
    }
    const releases = await payload.find({ collection: 'press-releases', locale: 'de', pagination: false })
    expect(releases.totalDocs).toBeGreaterThanOrEqual(4)
    for (const release of releases.docs) expect(release.title).toMatch(/^Beispiel/)
  })

  it('gives every image alt text in German and English, a credit and a licence', async () => {
    const media = await payload.find({ collection: 'media', pagination: false, locale: 'all' })
    expect(media.totalDocs).toBeGreaterThanOrEqual(6)
    for (const file of media.docs) {
      const alt = file.alt as unknown as Record<string, string>
      expect(alt.de, file.filename ?? '').toBeTruthy()
      expect(alt.en, file.filename ?? '').toBeTruthy()
      expect(file.credit).toBeTruthy()
      expect(file.licence).toBeTruthy()
      expect(file.mimeType).toBe('image/jpeg')
    }
  })

  it('creates the three demo logins with their roles when asked to, usable only in demo mode', async () => {
    const users = await payload.find({ collection: 'users', pagination: false, sort: 'email' })
    expect(users.docs.map((u) => [u.email, u.role])).toEqual(
      [...demoAccounts].sort((a, b) => a.email.localeCompare(b.email)).map((a) => [a.email, a.role]),
    )
    // This instance is not in demo mode: the well-known demo logins must not work here.
    await expect(
      payload.login({ collection: 'users', data: { email: 'editor@example.org', password: 'demo-test-password' } }),
    ).rejects.toThrow(/nur im Demo-Modus/)
  })
})

describe('idempotence', () => {
  it('changes nothing when run a second time', async () => {
    const before = await countAll()
    const secondRun = await seed(payload, { demoAccounts: { password: 'demo-test-password' } })
    expect(secondRun).toEqual({})
    expect(await countAll()).toEqual(before)
    expect(firstRun.values).toBe(6)
  })

  it('does not overwrite an editor’s later change', async () => {
    const { docs } = await payload.find({ collection: 'stories', limit: 1, sort: 'slug' })
    const story = docs[0]!
    await payload.update({ collection: 'stories', id: story.id, data: { summary: 'Von der Redaktion geändert.' }, locale: 'de' })
    await seed(payload)
    const reloaded = await payload.findByID({ collection: 'stories', id: story.id, locale: 'de' })
    expect(reloaded.summary).toBe('Von der Redaktion geändert.')
  })
})

describe('member organisations', () => {
  it('has at least twelve examples across at least eight districts, marked as examples', async () => {
    const { docs } = await payload.find({ collection: 'members', pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(12)
    expect(new Set(docs.flatMap((member) => member.districts)).size).toBeGreaterThanOrEqual(8)
    for (const member of docs) expect(member.name).toMatch(/^Beispiel/)
  })

  it('stores each organisation’s consent as given, and links members to their stories', async () => {
    const { docs } = await payload.find({ collection: 'members', where: { slug: { equals: 'beispiel-frauencafe-nordsachsen' } } })
    expect(docs[0]?.consent?.email).toBe(false)
    expect(docs[0]?.consent?.city).toBe(true)
    const story = await payload.find({ collection: 'stories', where: { slug: { equals: 'beispiel-elterncafe-leipzig' } }, depth: 1 })
    expect((story.docs[0]?.members ?? []).map((member) => (typeof member === 'object' ? member.slug : member))).toEqual(['beispiel-elternnetzwerk-gruenau'])
  })
})

import { collectionSlugs, demoAccounts, exampleSignLanguageVideoFilename, globalSlugs, localeCodes, type LocaleCode } from '@verband/content-types'
import { startTestPayload } from '@verband/cms/testing'
import type { CollectionSlug, Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { examplePressKit } from '../src/content/pressKit.ts'
import { leitbildDe } from '../src/content/leitbild.de.ts'
import { exampleStories } from '../src/content/stories.ts'
import { translations, uncheckedTranslations } from '../src/content/translations.ts'
import { lexicalToParagraphs } from '../src/lexical.ts'
import { seed } from '../src/seed.ts'
import { exampleCaptions, exampleClipSeconds, signLanguageExampleTexts } from '../src/content/signLanguageExample.ts'

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
  it.each(translations.map((translation) => [translation.locale, translation] as const))(
    'reads every Leitbild item in %s as the seed ships it',
    async (locale, { leitbild: content }) => {
      const values = await payload.find({ collection: 'values', locale, fallbackLocale: false, sort: 'order', pagination: false })
      expect(values.docs.map((d) => [d.title, d.text])).toEqual(content.values.map((v) => [v.title, v.text]))
      const goals = await payload.find({ collection: 'goals', locale, fallbackLocale: false, sort: 'order', pagination: false })
      expect(goals.docs.map((d) => [d.title, d.text])).toEqual(content.goals.map((g) => [g.title, g.text]))
      const principles = await payload.find({ collection: 'working-principles', locale, fallbackLocale: false, sort: 'order', pagination: false })
      expect(principles.docs.map((d) => [d.title, d.text])).toEqual(content.workingPrinciples.map((p) => [p.title, p.text]))
      const groups = await payload.find({ collection: 'partner-groups', locale, fallbackLocale: false, sort: 'order', pagination: false })
      expect(groups.docs.map((d) => [d.title, d.purpose])).toEqual(content.partnerGroups.map((g) => [g.title, g.text]))
      const leitbild = await payload.findGlobal({ slug: 'leitbild', locale, fallbackLocale: false })
      expect(leitbild.visionLead).toBe(content.visionLead)
      expect(lexicalToParagraphs(leitbild.vision)).toEqual(content.vision)
      expect([leitbild.partnerGroupsIntro, leitbild.longTermPicture, leitbild.adoptedBy, leitbild.adoptedIn]).toEqual([
        content.partnerGroupsIntro,
        content.longTermPicture,
        content.adoptedBy,
        content.adoptedIn,
      ])
      expect(leitbild._status).toBe('published')
    },
  )

  it('stores Arabic and Farsi rich text right to left, the others left to right', async () => {
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'all' })
    const vision = leitbild.vision as unknown as Record<LocaleCode, { root: { direction: string } }>
    expect(Object.fromEntries(localeCodes.map((locale) => [locale, vision[locale]?.root.direction]))).toEqual(
      Object.fromEntries(localeCodes.map((locale) => [locale, locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr'])),
    )
  })

  it('falls back to German for a document without a translation', async () => {
    const germanOnly = exampleStories.find((story) => !story.translations)!
    for (const locale of ['ar', 'de-x-ls'] as const) {
      const { docs } = await payload.find({ collection: 'stories', locale, where: { slug: { equals: germanOnly.slug } } })
      expect(docs[0]?.title, locale).toBe(germanOnly.de.title)
    }
  })

  it('keeps each translation’s own text when read with fallback off, and nothing where there is none', async () => {
    const en = await payload.find({ collection: 'values', locale: 'en', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(en.docs[0]?.title).toBe('Solidarity')
    const ar = await payload.find({ collection: 'values', locale: 'ar', fallbackLocale: false, sort: 'order', limit: 1 })
    expect(ar.docs[0]?.title).toBe('التضامن')
    const germanOnly = exampleStories.find((story) => !story.translations)!
    const story = await payload.find({ collection: 'stories', locale: 'ar', fallbackLocale: false, where: { slug: { equals: germanOnly.slug } } })
    expect(story.docs[0]?.title ?? null).toBeNull()
  })

  it('ships a translation for every locale besides German, and lists the unchecked ones', () => {
    expect(translations.map((translation) => translation.locale)).toEqual(localeCodes.filter((locale) => locale !== 'de'))
    expect(uncheckedTranslations).not.toContain('de')
    for (const locale of uncheckedTranslations) expect(translations.find((t) => t.locale === locale)?.reviewed).toBe(false)
  })
})

/**
 * Names (dotted paths) of the localized fields among `fields`, through rows, tabs and groups;
 * not the translation tracking (`translation`: checked / based on), which is no text.
 */
function localizedFieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (!prefix && 'name' in field && field.name === 'translation') return []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => localizedFieldPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    if (field.type === 'row' || field.type === 'collapsible') return localizedFieldPaths(field.fields, prefix)
    if (!('name' in field)) return []
    if ('localized' in field && field.localized) return [`${prefix}${field.name}`]
    if (field.type === 'group') return localizedFieldPaths(field.fields, `${prefix}${field.name}.`)
    return []
  })
}

function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc)
}

/** Text of a plain or rich-text field value, for checking that it is not empty. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  return lexicalToParagraphs(value).join(' ').trim()
}

describe('the Leitbild and site settings in every locale', () => {
  const collections = [
    ['values', 6],
    ['goals', 5],
    ['working-principles', 6],
    ['partner-groups', 5],
  ] as const

  it.each(localeCodes)('has every value, goal, working principle and partner group with its own title and text in %s', async (locale) => {
    for (const [collection, count] of collections) {
      const { docs } = await payload.find({ collection, locale, fallbackLocale: false, sort: 'order', pagination: false })
      expect(docs, collection).toHaveLength(count)
      const fields = localizedFieldPaths(payload.collections[collection].config.fields)
      expect(fields.length, collection).toBeGreaterThanOrEqual(2)
      for (const doc of docs) {
        for (const field of fields) expect(textOf(valueAt(doc, field)), `${collection} ${doc.order} ${field} (${locale})`).not.toBe('')
      }
    }
  })

  it.each(localeCodes)('has every localized field of the Leitbild and the site settings in %s', async (locale) => {
    for (const slug of [globalSlugs.leitbild, globalSlugs.siteSettings]) {
      const config = payload.config.globals.find((global) => global.slug === slug)!
      const fields = localizedFieldPaths(config.fields)
      expect(fields.length, slug).toBeGreaterThanOrEqual(5)
      const doc = await payload.findGlobal({ slug, locale, fallbackLocale: false })
      for (const field of fields) expect(textOf(valueAt(doc, field)), `${slug} ${field} (${locale})`).not.toBe('')
    }
  })
})

describe('Leichte Sprache', () => {
  /** Every Leichte Sprache text of the Leitbild and the site settings, as stored. */
  async function leichteSpracheTexts(): Promise<string[]> {
    const locale = 'de-x-ls'
    const texts: string[] = []
    for (const collection of ['values', 'goals', 'working-principles', 'partner-groups'] as const) {
      const { docs } = await payload.find({ collection, locale, fallbackLocale: false, sort: 'order', pagination: false })
      for (const doc of docs) texts.push(doc.title, 'text' in doc ? doc.text : doc.purpose)
    }
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale, fallbackLocale: false })
    texts.push(leitbild.visionLead, ...lexicalToParagraphs(leitbild.vision), leitbild.partnerGroupsIntro ?? '', leitbild.longTermPicture, leitbild.adoptedBy)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false })
    texts.push(settings.name, settings.pressBoilerplate, ...[settings.imprint, settings.privacy, settings.accessibility].flatMap(lexicalToParagraphs))
    return texts
  }

  const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '')
  const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word))
  // The association's registered name stays as registered, in the imprint only.
  const registeredName = 'Dachverband Sächsischer Migrant*innenorganisationen e. V.'

  it('keeps every sentence to at most 12 words', async () => {
    const sentences = (await leichteSpracheTexts()).flatMap(sentencesOf)
    expect(sentences.length).toBeGreaterThan(150)
    expect(sentences.filter((sentence) => wordsOf(sentence).length > 12)).toEqual([])
  })

  it('splits long compound words with a hyphen, like Migranten-Organisationen', async () => {
    const words = (await leichteSpracheTexts()).flatMap((text) => wordsOf(text.replace(registeredName, '')))
    expect(words).toContain('Migranten-Organisationen')
    const long = words
      .filter((word) => !word.includes('@'))
      .map((word) => word.replace(/[^\p{L}-]/gu, ''))
      .filter((word) => word.length >= 15 && !word.includes('-'))
    expect(long).toEqual([])
  })

  it('writes numbers as digits and uses no subjunctive, genitive article or gender star', async () => {
    const text = (await leichteSpracheTexts()).join(' ').replace(registeredName, '')
    expect(text.match(/\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b/gi)).toBeNull()
    expect(text.match(/\b(würde|würden|könnte|könnten|hätte|hätten|wäre|wären|des)\b/gi)).toBeNull()
    expect(text).not.toContain('*')
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
    const media = await payload.find({ collection: 'media', pagination: false, locale: 'all', where: { mimeType: { like: 'image/' } } })
    expect(media.totalDocs).toBeGreaterThanOrEqual(6)
    for (const file of media.docs) {
      const alt = file.alt as unknown as Record<string, string>
      expect(alt.de, file.filename ?? '').toBeTruthy()
      expect(alt.en, file.filename ?? '').toBeTruthy()
      expect(file.credit).toBeTruthy()
      expect(file.licence).toBeTruthy()
      expect(['image/jpeg', 'image/png', 'image/svg+xml'], file.filename ?? '').toContain(file.mimeType)
    }
  })

  it('puts a labelled example clip on the home page and the accessibility statement, with captions and a transcript in every language', async () => {
    const { docs } = await payload.find({ collection: 'media', locale: 'all', where: { filename: { equals: exampleSignLanguageVideoFilename } } })
    const clip = docs[0]!
    expect(clip.mimeType).toBe('video/mp4')
    expect(clip.video?.duration).toBeCloseTo(exampleClipSeconds, 0)
    expect(clip.credit).toMatch(/keine Gebärdensprache/)
    const localized = (value: unknown) => value as Record<LocaleCode, string>
    for (const locale of localeCodes) {
      expect(localized(clip.alt)[locale], locale).toBe(signLanguageExampleTexts[locale].alt)
      expect(localized(clip.transcript)[locale], locale).toBe(signLanguageExampleTexts[locale].transcript.join('\n\n'))
      expect(localized(clip.video?.captions)[locale], locale).toBe(exampleCaptions(signLanguageExampleTexts[locale]))
    }
    const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })
    expect(settings.homeSignLanguageVideo).toBe(clip.id)
    expect(settings.accessibilitySignLanguageVideo).toBe(clip.id)
  })

  it('fills the press kit with logos for light and dark backgrounds (SVG and PNG), photos, facts in German and English, and contacts', async () => {
    const kit = await payload.findGlobal({ slug: 'press-kit', locale: 'all', depth: 1 })
    const logos = (kit.logos ?? []).map((logo) => `${(logo.file as { mimeType: string }).mimeType}:${logo.background}`).sort()
    expect(logos).toEqual(['image/png:dark', 'image/png:light', 'image/svg+xml:dark', 'image/svg+xml:light'])
    expect(kit.photos).toHaveLength(examplePressKit.photos.length)
    expect(kit.contacts).toHaveLength(examplePressKit.contacts.length)
    const facts = (kit.facts ?? []) as unknown as { value: Record<string, string> }[]
    expect(facts.map((fact) => fact.value.de)).toEqual(examplePressKit.facts.map((fact) => fact.value.de))
    expect(facts.map((fact) => fact.value.en)).toEqual(examplePressKit.facts.map((fact) => fact.value.en))
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

  it('leaves the sign-language videos as an editor chose them', async () => {
    await payload.updateGlobal({ slug: globalSlugs.siteSettings, data: { homeSignLanguageVideo: null } })
    await seed(payload)
    expect((await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })).homeSignLanguageVideo).toBeFalsy()
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

import { collectionSlugs, demoAccounts, exampleSignLanguageVideoFilename, getLocale, globalSlugs, isMachineTranslationLocale, type LocaleCode } from '@verband/content-types'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { leitbildDe } from './content/leitbild.de.ts'
import { activityFields, exampleMembers } from './content/members.ts'
import { examplePartners } from './content/partners.ts'
import { examplePressContacts } from './content/pressContacts.ts'
import { examplePressKit } from './content/pressKit.ts'
import { examplePressReleases, type ExamplePressRelease } from './content/pressReleases.ts'
import { siteSettings, type LocalizedSettings } from './content/siteSettings.ts'
import { exampleCaptions, signLanguageExampleTexts } from './content/signLanguageExample.ts'
import { exampleStories } from './content/stories.ts'
import { translations, type Translation } from './content/translations.ts'
import type { LeitbildContent, Statement } from './content/types.ts'
import { renderIllustration, type IllustrationSpec } from './images.ts'
import { lexicalToParagraphs, paragraphsToLexical } from './lexical.ts'
import { logoFiles } from './logos.ts'
import { renderExampleClip } from './video.ts'

export type SeedOptions = {
  /** Creates the demo logins; only ever true in demo mode. */
  demoAccounts?: { password: string }
  log?: (message: string) => void
}

/**
 * How many documents the run created, per collection or global, and how many existing ones it
 * gave missing translations (`"<slug> translated"`). Empty on a second run.
 */
export type SeedReport = Record<string, number>

/**
 * The seed writes hundreds of documents: it switches the website rebuild off for each of
 * them (the CMS's publish hooks read this), and whoever runs it queues one rebuild at the end.
 */
const quiet = { disableRebuild: true }

/**
 * The seed's texts of one document in one language: plain fields as strings, rich text as
 * paragraphs.
 */
type SeedTexts = Record<string, string | string[]>

/** Seed texts as Payload stores them: rich text as Lexical, in the locale's writing direction. */
function stored(texts: SeedTexts, locale: LocaleCode): Record<string, unknown> {
  const { dir } = getLocale(locale)
  return Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, Array.isArray(text) ? paragraphsToLexical(text, dir) : text]))
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return lexicalToParagraphs(value).join('').trim() === ''
}

function isSeedText(value: unknown, text: string | string[]): boolean {
  return Array.isArray(text) ? JSON.stringify(lexicalToParagraphs(value)) === JSON.stringify(text) : value === text
}

/**
 * What a document (read with `locale: 'all'`) lacks of the seed's translation into `locale`:
 * the fields that are empty there. They are `fillable` only when the German of each still
 * reads as the seed wrote it; where an editor has changed the German, the seed's translation
 * no longer matches it, and a locale cannot be saved with a required field left empty.
 */
function missingTranslation(
  doc: Record<string, unknown>,
  german: SeedTexts,
  translated: SeedTexts,
  locale: LocaleCode,
): { texts: SeedTexts; fillable: boolean } {
  const texts: SeedTexts = {}
  let fillable = true
  for (const [name, text] of Object.entries(translated)) {
    const field = (doc[name] ?? {}) as Partial<Record<LocaleCode, unknown>>
    if (!isBlank(field[locale])) continue
    texts[name] = text
    const source = german[name]
    if (source === undefined || !isSeedText(field.de, source)) fillable = false
  }
  return { texts, fillable }
}

/** The nth item of a translated list; a translation that lacks it is a mistake in the seed's texts. */
function itemOf<T>(items: T[], index: number, what: string): T {
  const item = items[index]
  if (item === undefined) throw new Error(`The seed's ${what} has no item ${index + 1}`)
  return item
}

const statementTexts = (statement: Statement): SeedTexts => ({ title: statement.title, text: statement.text })

const partnerGroupTexts = (group: Statement): SeedTexts => ({ title: group.title, purpose: group.text })

const leitbildTexts = (content: LeitbildContent): SeedTexts => ({
  visionLead: content.visionLead,
  vision: content.vision,
  partnerGroupsIntro: content.partnerGroupsIntro,
  longTermPicture: content.longTermPicture,
  adoptedBy: content.adoptedBy,
  adoptedIn: content.adoptedIn,
})

const settingsTexts = (content: LocalizedSettings): SeedTexts => ({
  name: content.name,
  pressBoilerplate: content.pressBoilerplate,
  imprint: content.imprint,
  privacy: content.privacy,
  accessibility: content.accessibility,
})

/** A seeded document or global, as `addMissingTranslations` reads and writes it. */
type Translatable = {
  slug: string
  /** How the seed's messages name it: the slug, and a collection document's id. */
  label: string
  hasDrafts: boolean
  /** The document with every locale (`locale: 'all'`), its latest draft where it has drafts. */
  read: () => Promise<Record<string, unknown>>
  write: (locale: LocaleCode, data: Record<string, unknown>) => Promise<unknown>
}

/**
 * Fills an empty database with the Leitbild and example content, and leaves existing
 * documents alone: every document is found by a natural key (order, slug, e-mail, file
 * name) and only created when missing, so running the seed twice changes nothing and an
 * editor's later changes are never overwritten.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = {}
  const log = options.log ?? (() => undefined)
  const created = (slug: string) => {
    report[slug] = (report[slug] ?? 0) + 1
  }

  async function findId(collection: CollectionSlug, where: Where): Promise<number | string | undefined> {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    return docs[0]?.id
  }

  /** Returns the id of the document matching `where`, creating it (German, then translations) when missing. */
  async function ensure<TSlug extends CollectionSlug>(
    collection: TSlug,
    where: Where,
    german: RequiredDataFromCollectionSlug<TSlug>,
    localized: Partial<Record<LocaleCode, Partial<RequiredDataFromCollectionSlug<TSlug>>>> = {},
  ): Promise<number | string> {
    const existing = await findId(collection, where)
    if (existing !== undefined) return existing
    const doc = await payload.create({ collection, data: german, locale: 'de', depth: 0, context: quiet })
    for (const [locale, data] of Object.entries(localized)) {
      await payload.update({ collection, id: doc.id, data: data as never, locale: locale as LocaleCode, depth: 0, context: quiet })
    }
    created(collection)
    return doc.id
  }

  const published = { _status: 'published' as const }

  function collectionDocument(collection: 'values' | 'goals' | 'working-principles' | 'partner-groups', id: number | string): Translatable {
    return {
      slug: collection,
      label: `${collection} ${id}`,
      hasDrafts: hasDraftsEnabled(payload.collections[collection].config),
      read: async () => (await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 })) as unknown as Record<string, unknown>,
      write: (locale, data) => payload.update({ collection, id, locale, data, depth: 0, context: quiet }),
    }
  }

  function globalDocument(slug: 'leitbild' | 'site-settings'): Translatable {
    const hasDrafts = hasDraftsEnabled(payload.config.globals.find((global) => global.slug === slug)!)
    return {
      slug,
      label: slug,
      hasDrafts,
      read: async () => (await payload.findGlobal({ slug, locale: 'all', draft: hasDrafts, depth: 0 })) as unknown as Record<string, unknown>,
      write: (locale, data) => payload.updateGlobal({ slug, locale, data, depth: 0, context: quiet }),
    }
  }

  /**
   * Writes the seed's translations of the Leitbild and site settings wherever a locale still
   * lacks them: every locale of a document the seed has just created, and on a database
   * seeded before a language was shipped, that language. A translation that is there is never
   * overwritten, and none is added to a document whose German an editor has changed. A
   * document with an unpublished draft is left alone, because saving it would publish the
   * draft. The seed says what it left out; a later run adds it once the draft is published.
   */
  async function addMissingTranslations(document: Translatable, german: SeedTexts, translatedInto: (translation: Translation) => SeedTexts) {
    const doc = await document.read()
    const missing = translations
      .map((translation) => ({ locale: translation.locale, ...missingTranslation(doc, german, translatedInto(translation), translation.locale) }))
      .filter(({ texts }) => Object.keys(texts).length > 0)
    const unmatched = missing.filter(({ fillable }) => !fillable).map(({ locale }) => locale)
    if (unmatched.length > 0) log(`Seed: the German of ${document.label} has changed since it was seeded; its ${unmatched.join(', ')} translations are left to the editors.`)
    const fillable = missing.filter(({ fillable }) => fillable)
    if (fillable.length === 0) return
    if (document.hasDrafts && doc._status !== 'published') {
      log(`Seed: ${document.label} has an unpublished draft; its ${fillable.map(({ locale }) => locale).join(', ')} translations were not added.`)
      return
    }
    for (const { locale, texts } of fillable) {
      await document.write(locale, { ...stored(texts, locale), ...(document.hasDrafts ? published : {}) })
    }
    report[`${document.slug} translated`] = (report[`${document.slug} translated`] ?? 0) + 1
  }

  if (options.demoAccounts) {
    for (const account of demoAccounts) {
      await ensure(collectionSlugs.users, { email: { equals: account.email } }, { ...account, password: options.demoAccounts.password })
    }
  }

  async function ensureStatements(
    collection: 'values' | 'goals' | 'working-principles',
    pick: (content: LeitbildContent) => Statement[],
  ): Promise<(number | string)[]> {
    const ids: (number | string)[] = []
    for (const [index, statement] of pick(leitbildDe).entries()) {
      const order = index + 1
      const id = await ensure(collection, { order: { equals: order } }, { ...statement, order, ...published })
      await addMissingTranslations(collectionDocument(collection, id), statementTexts(statement), ({ locale, leitbild }) =>
        statementTexts(itemOf(pick(leitbild), index, `${locale} ${collection}`)),
      )
      ids.push(id)
    }
    return ids
  }

  const valueIds = await ensureStatements(collectionSlugs.values, (l) => l.values)
  const goalIds = await ensureStatements(collectionSlugs.goals, (l) => l.goals)
  await ensureStatements(collectionSlugs.workingPrinciples, (l) => l.workingPrinciples)

  const partnerGroupIds: (number | string)[] = []
  for (const [index, group] of leitbildDe.partnerGroups.entries()) {
    const order = index + 1
    const id = await ensure(collectionSlugs.partnerGroups, { order: { equals: order } }, { title: group.title, purpose: group.text, order, ...published })
    await addMissingTranslations(collectionDocument(collectionSlugs.partnerGroups, id), partnerGroupTexts(group), ({ locale, leitbild }) =>
      partnerGroupTexts(itemOf(leitbild.partnerGroups, index, `${locale} partner groups`)),
    )
    partnerGroupIds.push(id)
  }

  const leitbild = await payload.findGlobal({ slug: globalSlugs.leitbild, locale: 'de', draft: true, depth: 0 })
  if (!leitbild.visionLead) {
    await payload.updateGlobal({
      slug: globalSlugs.leitbild,
      locale: 'de',
      data: { ...stored(leitbildTexts(leitbildDe), 'de'), adoptedOn: '2025-05-03T00:00:00.000Z', ...published },
      context: quiet,
    })
    created(globalSlugs.leitbild)
  }
  await addMissingTranslations(globalDocument(globalSlugs.leitbild), leitbildTexts(leitbildDe), ({ leitbild: content }) => leitbildTexts(content))

  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'de', depth: 0 })
  if (!settings.name) {
    const { shortName, address, email, phone, socialLinks } = siteSettings
    await payload.updateGlobal({
      slug: globalSlugs.siteSettings,
      locale: 'de',
      data: { ...stored(settingsTexts(siteSettings.de), 'de'), shortName, address, email, phone, socialLinks },
      context: quiet,
    })
    created(globalSlugs.siteSettings)
  }
  await addMissingTranslations(globalDocument(globalSlugs.siteSettings), settingsTexts(siteSettings.de), ({ siteSettings: content }) => settingsTexts(content))

  const contactIds = new Map<string, number | string>()
  for (const contact of examplePressContacts) {
    const { role, ...rest } = contact
    const id = await ensure(collectionSlugs.pressContacts, { email: { equals: contact.email } }, { ...rest, role: role.de }, { en: { role: role.en } })
    contactIds.set(contact.email, id)
  }

  for (const partner of examplePartners) {
    const group = partnerGroupIds[partner.group - 1]
    if (group === undefined) throw new Error(`Seed partner "${partner.name}" names partner group ${partner.group}, which does not exist`)
    await ensure(
      collectionSlugs.partners,
      { name: { equals: partner.name } },
      { name: partner.name, website: partner.website, group: group as number, description: partner.description.de, ...published },
      { en: { description: partner.description.en } },
    )
  }

  /** A media file by its file name: uploaded with German and English alt text unless it is there. */
  async function ensureMedia(
    file: { data: Buffer; name: string; mimetype: string },
    alt: { de: string; en: string },
    rights: { credit: string; licence: 'cc-by-4.0' | 'press-with-credit' },
  ): Promise<number | string> {
    const existing = await findId(collectionSlugs.media, { filename: { equals: file.name } })
    if (existing !== undefined) return existing
    const doc = await payload.create({
      collection: collectionSlugs.media,
      locale: 'de',
      data: { alt: alt.de, ...rights },
      file: { ...file, size: file.data.length },
      depth: 0,
      context: quiet,
    })
    await payload.update({ collection: collectionSlugs.media, id: doc.id, locale: 'en', data: { alt: alt.en }, depth: 0, context: quiet })
    created(collectionSlugs.media)
    return doc.id
  }

  async function ensureImage(spec: IllustrationSpec): Promise<number | string> {
    return ensureMedia(await renderIllustration(spec), spec.alt, { credit: 'Illustration: Dachverband (generiert für die Demo)', licence: 'cc-by-4.0' })
  }

  const activityIds = new Map<string, number | string>()
  for (const field of activityFields) {
    const id = await ensure(collectionSlugs.activityFields, { name: { equals: field.de } }, { name: field.de }, { en: { name: field.en } })
    activityIds.set(field.key, id)
  }

  const membersByStory = new Map<string, number[]>()
  for (const member of exampleMembers) {
    const { description, activities, consent, stories, ...rest } = member
    const id = await ensure(
      collectionSlugs.members,
      { slug: { equals: member.slug } },
      {
        ...rest,
        description: description.de,
        activityFields: activities.map((key) => activityIds.get(key) as number),
        consent: Object.fromEntries(consent.map((field) => [field, true])),
        ...published,
      },
      description.en ? { en: { description: description.en, ...published } } : {},
    )
    for (const story of stories ?? []) membersByStory.set(story, [...(membersByStory.get(story) ?? []), id as number])
  }

  const byOrder = (ids: (number | string)[], positions: number[]) =>
    positions.map((position) => ids[position - 1]).filter((id) => id !== undefined) as number[]

  const storyIds = new Map<string, number | string>()
  for (const story of exampleStories) {
    const heroImage = (await ensureImage(story.image)) as number
    const id = await ensure(
      collectionSlugs.stories,
      { slug: { equals: story.slug } },
      {
        title: story.de.title,
        slug: story.slug,
        summary: story.de.summary,
        body: paragraphsToLexical(story.de.body),
        publishedAt: `${story.publishedAt}T09:00:00.000Z`,
        regions: story.regions,
        members: membersByStory.get(story.slug) ?? [],
        goals: byOrder(goalIds, story.goals),
        values: byOrder(valueIds, story.values),
        heroImage,
        ...published,
      },
      Object.fromEntries(
        Object.entries(story.translations ?? {}).map(([locale, text]) => [
          locale,
          { title: text.title, summary: text.summary, body: paragraphsToLexical(text.body, getLocale(locale as LocaleCode).dir), ...published },
        ]),
      ),
    )
    storyIds.set(story.slug, id)
  }

  for (const release of examplePressReleases) {
    const attachments = release.image ? [(await ensureImage(release.image)) as number] : []
    await ensure(
      collectionSlugs.pressReleases,
      { slug: { equals: release.slug } },
      {
        title: release.de.title,
        subtitle: release.de.subtitle,
        slug: release.slug,
        place: release.de.place,
        body: paragraphsToLexical(release.de.body),
        releaseDate: `${release.releaseDate}T09:00:00.000Z`,
        embargoUntil: embargoEnd(release),
        contacts: release.contacts.map((email) => contactIds.get(email)).filter((id) => id !== undefined) as number[],
        relatedStories: release.relatedStories.map((slug) => storyIds.get(slug)).filter((id) => id !== undefined) as number[],
        attachments,
        ...published,
      },
      Object.fromEntries(
        Object.entries(release.translations ?? {}).map(([locale, text]) => [
          locale,
          { title: text.title, subtitle: text.subtitle, place: text.place, body: paragraphsToLexical(text.body, getLocale(locale as LocaleCode).dir), ...published },
        ]),
      ),
    )
  }

  // The machine translation glossary: the association's name as each translation of the site
  // settings says it, and the member organisations' names, which stay as written everywhere.
  await ensure(
    collectionSlugs.glossaryTerms,
    { term: { equals: siteSettings.de.name } },
    {
      term: siteSettings.de.name,
      translations: translations.flatMap((translation) => (isMachineTranslationLocale(translation.locale) ? [{ locale: translation.locale, text: translation.siteSettings.name }] : [])),
    },
  )
  for (const member of exampleMembers) await ensure(collectionSlugs.glossaryTerms, { term: { equals: member.name } }, { term: member.name })

  // The press kit, once: an editor's curation is never replaced.
  const pressKit = await payload.findGlobal({ slug: globalSlugs.pressKit, depth: 0 })
  if (!pressKit.logos?.length) {
    const logos = []
    for (const background of ['light', 'dark'] as const) {
      const alt = { de: `Logo des Dachverbands (Beispiel), für ${background === 'light' ? 'helle' : 'dunkle'} Hintergründe`, en: `Logo of the umbrella association (example), for ${background} backgrounds` }
      for (const file of await logoFiles(background)) {
        logos.push({ file: (await ensureMedia(file, alt, { credit: 'Dachverband', licence: 'press-with-credit' })) as number, background })
      }
    }
    const photos = []
    for (const photo of examplePressKit.photos) photos.push((await ensureImage(photo)) as number)
    const contacts = examplePressKit.contacts.map((email) => contactIds.get(email)).filter((id) => id !== undefined) as number[]
    const facts = (locale: 'de' | 'en') => examplePressKit.facts.map((fact) => ({ label: fact.label[locale], value: fact.value[locale] }))
    const saved = await payload.updateGlobal({ slug: globalSlugs.pressKit, locale: 'de', data: { intro: examplePressKit.intro.de, logos, photos, contacts, facts: facts('de') }, depth: 0, context: quiet })
    // Array rows keep their ids across locales: the English facts go into the same rows.
    const englishFacts = facts('en').map((fact, index) => ({ ...fact, id: saved.facts?.[index]?.id }))
    await payload.updateGlobal({ slug: globalSlugs.pressKit, locale: 'en', data: { intro: examplePressKit.intro.en, facts: englishFacts }, depth: 0, context: quiet })
    created(globalSlugs.pressKit)
  }

  // The example sign-language clip, on the home page and the accessibility statement where no
  // video is chosen yet. Only when the seed makes the clip: an editor who took it away keeps it away.
  const exampleVideo = await findId(collectionSlugs.media, { filename: { equals: exampleSignLanguageVideoFilename } })
  if (exampleVideo === undefined) {
    const id = await createExampleVideo()
    const current = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })
    const data = {
      ...(current.homeSignLanguageVideo ? {} : { homeSignLanguageVideo: id }),
      ...(current.accessibilitySignLanguageVideo ? {} : { accessibilitySignLanguageVideo: id }),
    }
    if (Object.keys(data).length > 0) await payload.updateGlobal({ slug: globalSlugs.siteSettings, data, depth: 0, context: quiet })
  }

  /** The clip in the media library, with its title, transcript and captions in every language the seed has them. */
  async function createExampleVideo(): Promise<number> {
    const texts = (locale: LocaleCode) => {
      const text = signLanguageExampleTexts[locale]
      return { alt: text.alt, transcript: text.transcript.join('\n\n'), video: { captions: exampleCaptions(text) } }
    }
    const file = await renderExampleClip()
    const doc = await payload.create({
      collection: collectionSlugs.media,
      locale: 'de',
      data: { ...texts('de'), credit: 'Testbild: Dachverband (für die Demo erzeugt, keine Gebärdensprache)', licence: 'cc0-1.0' },
      file: { ...file, size: file.data.length },
      depth: 0,
      context: quiet,
    })
    for (const { locale } of translations) {
      await payload.update({ collection: collectionSlugs.media, id: doc.id, locale, data: texts(locale), depth: 0, context: quiet })
    }
    created(collectionSlugs.media)
    return doc.id
  }

  const total = Object.values(report).reduce((sum, n) => sum + n, 0)
  log(total === 0 ? 'Seed: nothing to do, every document exists.' : `Seed: created ${JSON.stringify(report)}`)
  return report
}

function embargoEnd(release: ExamplePressRelease): string | undefined {
  if (release.embargoDaysAfterSeeding === undefined) return release.embargoUntil
  const end = new Date(Date.now() + release.embargoDaysAfterSeeding * 24 * 60 * 60 * 1000)
  end.setUTCHours(8, 0, 0, 0)
  return end.toISOString()
}

/** True when the database holds no Leitbild yet: the signal for `npm start` to seed. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.values })
  return totalDocs === 0
}

import { collectionSlugs, demoAccounts, getLocale, globalSlugs, type LocaleCode } from '@verband/content-types'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { leitbildDe } from './content/leitbild.de.ts'
import { leitbildEn } from './content/leitbild.en.ts'
import { activityFields, exampleMembers } from './content/members.ts'
import { examplePartners } from './content/partners.ts'
import { examplePressContacts } from './content/pressContacts.ts'
import { examplePressReleases } from './content/pressReleases.ts'
import { siteSettings } from './content/siteSettings.ts'
import { exampleStories } from './content/stories.ts'
import type { LeitbildContent, Statement } from './content/types.ts'
import { renderIllustration, type IllustrationSpec } from './images.ts'
import { paragraphsToLexical } from './lexical.ts'

export type SeedOptions = {
  /** Creates the demo logins; only ever true in demo mode. */
  demoAccounts?: { password: string }
  log?: (message: string) => void
}

/** How many documents the run created, per collection or global. Empty on a second run. */
export type SeedReport = Record<string, number>

/**
 * The seed writes hundreds of documents: it switches the website rebuild off for each of
 * them (the CMS's publish hooks read this), and whoever runs it queues one rebuild at the end.
 */
const quiet = { disableRebuild: true }

/** Translations shipped with the seed besides the German source. */
const translations: ReadonlyArray<{ locale: LocaleCode; leitbild: LeitbildContent }> = [{ locale: 'en', leitbild: leitbildEn }]

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
      const localized = Object.fromEntries(
        translations.map(({ locale, leitbild }) => [locale, { ...pick(leitbild)[index], ...published }]),
      )
      ids.push(await ensure(collection, { order: { equals: order } }, { ...statement, order, ...published }, localized))
    }
    return ids
  }

  const valueIds = await ensureStatements(collectionSlugs.values, (l) => l.values)
  const goalIds = await ensureStatements(collectionSlugs.goals, (l) => l.goals)
  await ensureStatements(collectionSlugs.workingPrinciples, (l) => l.workingPrinciples)

  const partnerGroupIds: (number | string)[] = []
  for (const [index, group] of leitbildDe.partnerGroups.entries()) {
    const order = index + 1
    const localized = Object.fromEntries(
      translations.map(({ locale, leitbild }) => {
        const translated = leitbild.partnerGroups[index]
        return [locale, { title: translated?.title, purpose: translated?.text, ...published }]
      }),
    )
    partnerGroupIds.push(
      await ensure(collectionSlugs.partnerGroups, { order: { equals: order } }, { title: group.title, purpose: group.text, order, ...published }, localized),
    )
  }

  const leitbild = await payload.findGlobal({ slug: globalSlugs.leitbild, locale: 'de', draft: true, depth: 0 })
  if (!leitbild.visionLead) {
    const leitbildData = (content: LeitbildContent) => ({
      visionLead: content.visionLead,
      vision: paragraphsToLexical(content.vision),
      partnerGroupsIntro: content.partnerGroupsIntro,
      longTermPicture: content.longTermPicture,
      adoptedBy: content.adoptedBy,
      adoptedIn: content.adoptedIn,
      ...published,
    })
    await payload.updateGlobal({
      slug: globalSlugs.leitbild,
      locale: 'de',
      data: { ...leitbildData(leitbildDe), adoptedOn: '2025-05-03T00:00:00.000Z' },
      context: quiet,
    })
    for (const { locale, leitbild: content } of translations) {
      await payload.updateGlobal({ slug: globalSlugs.leitbild, locale, data: leitbildData(content), context: quiet })
    }
    created(globalSlugs.leitbild)
  }

  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'de', depth: 0 })
  if (!settings.name) {
    const localizedSettings = (content: typeof siteSettings.de) => ({
      name: content.name,
      pressBoilerplate: content.pressBoilerplate,
      imprint: paragraphsToLexical(content.imprint),
      privacy: paragraphsToLexical(content.privacy),
      accessibility: paragraphsToLexical(content.accessibility),
    })
    const { shortName, address, email, phone, socialLinks } = siteSettings
    await payload.updateGlobal({
      slug: globalSlugs.siteSettings,
      locale: 'de',
      data: { ...localizedSettings(siteSettings.de), shortName, address, email, phone, socialLinks },
      context: quiet,
    })
    await payload.updateGlobal({ slug: globalSlugs.siteSettings, locale: 'en', data: localizedSettings(siteSettings.en), context: quiet })
    created(globalSlugs.siteSettings)
  }

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

  async function ensureImage(spec: IllustrationSpec): Promise<number | string> {
    const file = await renderIllustration(spec)
    const existing = await findId(collectionSlugs.media, { filename: { equals: file.name } })
    if (existing !== undefined) return existing
    const doc = await payload.create({
      collection: collectionSlugs.media,
      locale: 'de',
      data: { alt: spec.alt.de, credit: 'Illustration: Dachverband (generiert für die Demo)', licence: 'cc-by-4.0' },
      file: { ...file, size: file.data.length },
      depth: 0,
      context: quiet,
    })
    await payload.update({ collection: collectionSlugs.media, id: doc.id, locale: 'en', data: { alt: spec.alt.en }, depth: 0, context: quiet })
    created(collectionSlugs.media)
    return doc.id
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
        embargoUntil: release.embargoUntil,
        contacts: release.contacts.map((email) => contactIds.get(email)).filter((id) => id !== undefined) as number[],
        relatedStories: release.relatedStories.map((slug) => storyIds.get(slug)).filter((id) => id !== undefined) as number[],
        attachments,
        ...published,
      },
      release.en
        ? { en: { title: release.en.title, subtitle: release.en.subtitle, place: release.en.place, body: paragraphsToLexical(release.en.body), ...published } }
        : {},
    )
  }

  const total = Object.values(report).reduce((sum, n) => sum + n, 0)
  log(total === 0 ? 'Seed: nothing to do, every document exists.' : `Seed: created ${JSON.stringify(report)}`)
  return report
}

/** True when the database holds no Leitbild yet: the signal for `npm start` to seed. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.values })
  return totalDocs === 0
}

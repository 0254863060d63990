import { localeCodes, type LocaleCode } from '@verband/content-types/locales'

import { translatedLocales } from '../cms/localize.ts'
import { regions } from '@verband/content-types/regions'

import { getLeitbild, getMembers, getPressReleases, getSiteSettings, getStories } from '../cms/queries.ts'
import type { Page, StaticPageKind } from './routes.ts'

/**
 * Which locales each page really exists in. Pages made of UI strings, lists and structured
 * data (home, indexes, members and districts, contact, search) exist in every locale; pages that show one document exist where
 * that document is translated. The layout (hreflang, language switcher) and the sitemap both
 * ask here, so they always agree.
 */
const legalFields = { imprint: 'imprint', privacy: 'privacy', accessibility: 'accessibility' } as const

export async function translationsOf(page: Page): Promise<LocaleCode[]> {
  switch (page.kind) {
    case 'leitbild':
      return translatedLocales((await getLeitbild()).visionLead, localeCodes)
    case 'imprint':
    case 'privacy':
    case 'accessibility':
      return translatedLocales((await getSiteSettings())[legalFields[page.kind]], localeCodes)
    case 'story': {
      const story = (await getStories()).find((candidate) => candidate.slug === page.slug)
      return translatedLocales(story?.title, localeCodes)
    }
    case 'pressRelease': {
      const release = (await getPressReleases()).find((candidate) => candidate.slug === page.slug)
      return translatedLocales(release?.title, localeCodes)
    }
    default:
      return [...localeCodes]
  }
}

const staticKinds: StaticPageKind[] = ['home', 'leitbild', 'stories', 'press', 'pressKit', 'partners', 'members', 'contact', 'imprint', 'privacy', 'accessibility', 'search']

/** Every page of the site: each exists in every locale (German text where untranslated). */
export async function allPages(): Promise<Page[]> {
  const stories = await getStories()
  const releases = await getPressReleases()
  const members = await getMembers()
  return [
    ...staticKinds.map((kind) => ({ kind })),
    ...stories.map((story) => ({ kind: 'story' as const, slug: story.slug })),
    ...releases.map((release) => ({ kind: 'pressRelease' as const, slug: release.slug })),
    ...members.map((member) => ({ kind: 'member' as const, slug: member.slug })),
    ...regions.map((region) => ({ kind: 'district' as const, region: region.value })),
  ]
}

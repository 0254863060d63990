import { collectionSlugs, globalSlugs } from '@verband/content-types/slugs'

import { cmsGet } from './client.ts'
import type {
  ActivityFieldDoc,
  LeitbildDoc,
  MediaDoc,
  MemberDoc,
  PartnerDoc,
  PartnerGroupDoc,
  PressKitDoc,
  PressReleaseDoc,
  SiteSettingsDoc,
  StatementDoc,
  StoryDoc,
} from './types.ts'

/**
 * Published content, read once per build in all locales at once (`locale=all`): the site
 * decides per field whether a translation exists. Anonymous reads: the CMS serves only
 * published documents to them.
 */
type ListResponse<T> = { docs: T[] }

const allLocales = { locale: 'all', depth: 1, pagination: 'false' } as const

async function list<T>(slug: string, sort: string, extra: Record<string, string> = {}): Promise<T[]> {
  const { docs } = await cmsGet<ListResponse<T>>(slug, { ...allLocales, sort, ...extra })
  return docs
}

export const getValues = () => list<StatementDoc>(collectionSlugs.values, 'order')
export const getGoals = () => list<StatementDoc>(collectionSlugs.goals, 'order')
export const getWorkingPrinciples = () => list<StatementDoc>(collectionSlugs.workingPrinciples, 'order')
export const getPartnerGroups = () => list<PartnerGroupDoc>(collectionSlugs.partnerGroups, 'order')
export const getPartners = () => list<PartnerDoc>(collectionSlugs.partners, 'name')
export const getStories = () => list<StoryDoc>(collectionSlugs.stories, '-publishedAt')
export const getMembers = () => list<MemberDoc>(collectionSlugs.members, 'name')
export const getActivityFields = () => list<ActivityFieldDoc>(collectionSlugs.activityFields, 'name')

/**
 * Press releases, newest first. The CMS leaves out releases under embargo (its read access
 * rule): the website shows what the CMS shows the public at the moment of the build, and the
 * publish pipeline rebuilds when an embargo ends.
 */
export const getPressReleases = () => list<PressReleaseDoc>(collectionSlugs.pressReleases, '-releaseDate')

export const getLeitbild = () => cmsGet<LeitbildDoc>(`globals/${globalSlugs.leitbild}`, allLocales)
export const getPressKit = () => cmsGet<PressKitDoc>(`globals/${globalSlugs.pressKit}`, allLocales)
export const getSiteSettings = () => cmsGet<SiteSettingsDoc>(`globals/${globalSlugs.siteSettings}`, allLocales)

/**
 * One media document with what it links to embedded (a video's poster and other format):
 * documents embedded in others (`depth=1`) carry those only as ids. The CMS answers 403 for a
 * file nothing published uses; that is an error here, as the page asking showed it.
 */
export const getMedia = (id: number | string) => cmsGet<MediaDoc>(`${collectionSlugs.media}/${id}`, { locale: 'all', depth: 1 })

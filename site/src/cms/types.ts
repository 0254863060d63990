import type {
  ActivityField,
  Goal,
  Leitbild,
  Media,
  Member,
  Partner,
  PartnerGroup,
  PressContact,
  PressKit,
  PressRelease,
  SiteSetting,
  Story,
  Value,
  WorkingPrinciple,
} from '@verband/content-types/payload-types'

import type { Localized } from './localize.ts'

/**
 * The CMS documents as the website reads them: with `locale=all`, so each localized field is
 * an object of all its translations (the generated types describe one locale at a time).
 */
type AllLocales<T, K extends keyof T> = Omit<T, K> & { [P in K]: Localized<NonNullable<T[P]>> }

export type RichText = NonNullable<Story['body']>

export type MediaDoc = AllLocales<Media, 'alt' | 'caption' | 'transcript'>
type VideoParts = NonNullable<Media['video']>
/** A video as `getMedia` reads it: its poster and other format embedded (ids where the public may not see them), captions per locale. */
export type VideoDoc = Omit<MediaDoc, 'video'> & {
  video?: (Omit<VideoParts, 'poster' | 'otherFormat' | 'captions'> & { poster?: MediaDoc | number | null; otherFormat?: MediaDoc | number | null; captions?: Localized<string> }) | null
}
export type StatementDoc = AllLocales<Value | Goal | WorkingPrinciple, 'title' | 'text'>
export type PartnerGroupDoc = AllLocales<PartnerGroup, 'title' | 'purpose'>
export type PartnerDoc = Omit<AllLocales<Partner, 'description'>, 'logo' | 'group'> & {
  logo?: MediaDoc | number | null
  group: PartnerGroupDoc | number
}
export type StoryDoc = Omit<AllLocales<Story, 'title' | 'summary' | 'body'>, 'heroImage' | 'signLanguageVideo' | 'goals' | 'values' | 'members'> & {
  heroImage?: MediaDoc | number | null
  signLanguageVideo?: MediaDoc | number | null
  members?: (MemberDoc | number)[] | null
  goals?: (StatementDoc | number)[] | null
  values?: (StatementDoc | number)[] | null
}
export type ActivityFieldDoc = AllLocales<ActivityField, 'name'>
/** Fields without the organisation's consent are absent from public reads: all optional here. */
export type MemberDoc = Omit<AllLocales<Member, 'description'>, 'activityFields' | 'logo' | 'consent'> & {
  activityFields?: (ActivityFieldDoc | number)[] | null
  logo?: MediaDoc | number | null
}
export type PressContactDoc = AllLocales<PressContact, 'role'>
export type PressReleaseDoc = Omit<
  AllLocales<PressRelease, 'title' | 'subtitle' | 'place' | 'body'>,
  'contacts' | 'attachments' | 'relatedStories'
> & {
  contacts?: (PressContactDoc | number)[] | null
  attachments?: (MediaDoc | number)[] | null
  relatedStories?: (StoryDoc | number)[] | null
}
export type LeitbildDoc = AllLocales<Leitbild, 'visionLead' | 'vision' | 'partnerGroupsIntro' | 'longTermPicture' | 'adoptedBy' | 'adoptedIn'>
type PressKitFact = NonNullable<PressKit['facts']>[number]
export type PressKitDoc = Omit<AllLocales<PressKit, 'intro'>, 'logos' | 'photos' | 'contacts' | 'facts'> & {
  logos?: { id?: string | null; file: MediaDoc | number; background: 'light' | 'dark' }[] | null
  photos?: (MediaDoc | number)[] | null
  contacts?: (PressContactDoc | number)[] | null
  facts?: (Omit<PressKitFact, 'label' | 'value'> & { label: Localized<string>; value: Localized<string> })[] | null
}
export type SiteSettingsDoc = AllLocales<SiteSetting, 'name' | 'pressBoilerplate' | 'imprint' | 'privacy' | 'accessibility'>

/** Relationship values are documents when populated, ids when the reader may not see them. */
export function populated<T extends object>(values: (T | number | string)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}

export function populatedOne<T extends object>(value: T | number | string | null | undefined): T | undefined {
  return typeof value === 'object' && value !== null ? value : undefined
}

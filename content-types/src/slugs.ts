/**
 * Collection and global slugs. Other parts of the product (the website, the seed, the
 * acceptance checks) rely on these exact names.
 */
export const collectionSlugs = {
  values: 'values',
  goals: 'goals',
  workingPrinciples: 'working-principles',
  partnerGroups: 'partner-groups',
  partners: 'partners',
  stories: 'stories',
  pressReleases: 'press-releases',
  pressContacts: 'press-contacts',
  members: 'members',
  activityFields: 'activity-fields',
  media: 'media',
  mediaUses: 'media-uses',
  users: 'users',
  siteBuilds: 'site-builds',
  siteBuildLocks: 'site-build-locks',
  formSubmissions: 'form-submissions',
  glossaryTerms: 'glossary-terms',
  pressSubscribers: 'press-subscribers',
  pressDeliveries: 'press-deliveries',
  pressLinkOpenings: 'press-link-openings',
} as const

/** Collections the public website renders: a published change to them means a rebuild. */
export const publicCollectionSlugs = [
  collectionSlugs.values,
  collectionSlugs.goals,
  collectionSlugs.workingPrinciples,
  collectionSlugs.partnerGroups,
  collectionSlugs.partners,
  collectionSlugs.stories,
  collectionSlugs.pressReleases,
  collectionSlugs.pressContacts,
  collectionSlugs.members,
  collectionSlugs.activityFields,
  collectionSlugs.media,
] as const

/** The job that rebuilds and republishes the website (Payload's jobs queue). */
export const rebuildSiteTask = 'rebuildSite'

/**
 * The press list's jobs: one announces a release that has become public (plans one delivery
 * per matching subscriber), one sends the planned deliveries, one forgets unconfirmed entries.
 */
export const announcePressReleaseTask = 'announcePressRelease'
export const sendPressMailsTask = 'sendPressMails'
export const forgetUnconfirmedSubscribersTask = 'forgetUnconfirmedPressSubscribers'
export const forgetOldPressRecordsTask = 'forgetOldPressRecords'

export const globalSlugs = {
  leitbild: 'leitbild',
  siteSettings: 'site-settings',
  pressKit: 'press-kit',
} as const

export type ContentCollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
export type ContentGlobalSlug = (typeof globalSlugs)[keyof typeof globalSlugs]

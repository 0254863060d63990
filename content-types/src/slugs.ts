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
  users: 'users',
} as const

export const globalSlugs = {
  leitbild: 'leitbild',
  siteSettings: 'site-settings',
} as const

export type ContentCollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
export type ContentGlobalSlug = (typeof globalSlugs)[keyof typeof globalSlugs]

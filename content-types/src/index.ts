import type { CollectionConfig, GlobalConfig } from 'payload'

import { ActivityFields } from './collections/ActivityFields.ts'
import { Goals } from './collections/Goals.ts'
import { Media } from './collections/Media/index.ts'
import { Members } from './collections/Members.ts'
import { PartnerGroups } from './collections/PartnerGroups.ts'
import { Partners } from './collections/Partners.ts'
import { PressContacts } from './collections/PressContacts.ts'
import { PressReleases } from './collections/PressReleases.ts'
import { SiteBuilds } from './collections/SiteBuilds.ts'
import { Stories } from './collections/Stories.ts'
import { Users } from './collections/Users.ts'
import { Values } from './collections/Values.ts'
import { WorkingPrinciples } from './collections/WorkingPrinciples.ts'
import { Leitbild } from './globals/Leitbild.ts'
import { PressKit } from './globals/PressKit.ts'
import { SiteSettings } from './globals/SiteSettings.ts'

export * from './access/index.ts'
export * from './demoAccounts.ts'
export * from './languages.ts'
export * from './licences.ts'
export * from './locales.ts'
export * from './regions.ts'
export * from './richText.ts'
export * from './richTextNodes.ts'
export * from './roles.ts'
export * from './sitePaths.ts'
export * from './slugs.ts'
export { slugify } from './fields/slug.ts'
export { acceptedUploadTypes, maxUploadBytes, uploadLimitBytes } from './collections/Media/uploadPolicy.ts'
export { consentFields, reservedMemberSlugs, type ConsentField } from './collections/Members.ts'
// The generated Payload types (and their augmentation of the `payload` module).
export type * from './payload-types.ts'

/** Every collection of the content model, in the order the admin lists them. */
export const collections: CollectionConfig[] = [
  Stories,
  PressReleases,
  PressContacts,
  Members,
  ActivityFields,
  Media,
  Values,
  Goals,
  WorkingPrinciples,
  PartnerGroups,
  Partners,
  Users,
  SiteBuilds,
]

export const globals: GlobalConfig[] = [Leitbild, SiteSettings, PressKit]

import type { CollectionConfig, GlobalConfig } from 'payload'

import { ActivityFields } from './collections/ActivityFields.ts'
import { FormSubmissions } from './collections/FormSubmissions.ts'
import { GlossaryTerms } from './collections/GlossaryTerms.ts'
import { Goals } from './collections/Goals.ts'
import { Media } from './collections/Media/index.ts'
import { MediaUses } from './collections/MediaUses.ts'
import { Members } from './collections/Members.ts'
import { PartnerGroups } from './collections/PartnerGroups.ts'
import { Partners } from './collections/Partners.ts'
import { PressContacts } from './collections/PressContacts.ts'
import { PressDeliveries } from './collections/PressDeliveries.ts'
import { PressLinkOpenings } from './collections/PressLinkOpenings.ts'
import { PressSubscribers } from './collections/PressSubscribers.ts'
import { PressReleases } from './collections/PressReleases.ts'
import { SiteBuildLocks } from './collections/SiteBuildLocks.ts'
import { SiteBuilds } from './collections/SiteBuilds.ts'
import { Stories } from './collections/Stories.ts'
import { Users } from './collections/Users.ts'
import { Values } from './collections/Values.ts'
import { WorkingPrinciples } from './collections/WorkingPrinciples.ts'
import { Leitbild } from './globals/Leitbild.ts'
import { PressKit } from './globals/PressKit.ts'
import { SiteSettings } from './globals/SiteSettings.ts'
import { withAdminLanguages } from './adminLanguage/labels.ts'
import { withGlobalMediaUseTracking, withMediaUseTracking } from './mediaUse/index.ts'
import { withReview } from './review/index.ts'
import { translatableFields, withGlobalTranslationTracking, withTranslationTracking } from './translation/tracking.ts'

export * from './access/index.ts'
export * from './adminLanguage/languages.ts'
export { labelCatalogues } from './adminLanguage/labels.ts'
export { messagesFor, validationMessages, type ValidationMessages } from './adminLanguage/messages/index.ts'
export * from './demoAccounts.ts'
export * from './exampleContent.ts'
export * from './forms.ts'
export * from './pressList.ts'
export * from './languages.ts'
export * from './licences.ts'
export * from './locales.ts'
export * from './regions.ts'
export * from './richText.ts'
export * from './richTextNodes.ts'
export * from './roles.ts'
export * from './sitePaths.ts'
export * from './slugs.ts'
export * from './translation/state.ts'
export { memoryWrittenByCaller, translatableFields, translationFieldsOf } from './translation/tracking.ts'
export * from './translation/segments.ts'
export * from './translation/memory.ts'
export { withoutUnreviewedMachineText } from './translation/unreviewedMachineText.ts'
export { leichteSpracheHintCount } from './translation/leichteSpracheDocument.ts'
export { reviewStates, type ReviewState } from './review/index.ts'
export { slugify } from './fields/slug.ts'
export { acceptedUploadTypes, maxUploadBytes, uploadLimitBytes } from './collections/Media/uploadPolicy.ts'
export { canUseMedia, mediaFields, mediaReferences, mediaUsesMissing, refreshMediaUses, reindexMediaUses, type MediaField } from './mediaUse/index.ts'
export { mediaUseStates, type MediaUseState } from './collections/MediaUses.ts'
export { consentFields, reservedMemberSlugs, type ConsentField } from './collections/Members.ts'
// The generated Payload types (and their augmentation of the `payload` module).
export type * from './payload-types.ts'

/**
 * Every collection of the content model, in the order the admin lists them. Authored texts go
 * through review; every collection with translatable fields tracks its translations.
 */
export const collections: CollectionConfig[] = [
  withReview(Stories),
  withReview(PressReleases),
  PressContacts,
  PressSubscribers,
  PressDeliveries,
  PressLinkOpenings,
  Members,
  ActivityFields,
  Media,
  MediaUses,
  Values,
  Goals,
  WorkingPrinciples,
  PartnerGroups,
  Partners,
  GlossaryTerms,
  Users,
  SiteBuilds,
  SiteBuildLocks,
  FormSubmissions,
]
  .map((collection) => (translatableFields(collection.fields).length > 0 ? withTranslationTracking(collection) : collection))
  .map(withMediaUseTracking)
  .map(withAdminLanguages)

export const globals: GlobalConfig[] = [Leitbild, SiteSettings, PressKit].map(withGlobalTranslationTracking).map(withGlobalMediaUseTracking).map(withAdminLanguages)

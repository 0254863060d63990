export { mediaFields, mediaReferences, type MediaField, type MediaReference } from './references.ts'
export { withGlobalMediaUseTracking, withMediaUseTracking } from './tracking.ts'
export { canUseMedia, forgetMediaFile, mediaUsesMissing, refreshMediaUses, reindexMediaUses, sourceKey, type UseSource } from './uses.ts'

import type { CollectionConfig } from 'payload'

/**
 * Every public content type keeps drafts and a version history: editors preview and
 * publish, and any earlier version can be compared and restored.
 */
export const draftVersions = {
  drafts: true,
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']

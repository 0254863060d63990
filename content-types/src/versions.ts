import type { CollectionConfig } from 'payload'

/**
 * Every public content type keeps drafts and a version history: editors preview and
 * publish, and any earlier version can be compared and restored. Publishing (and
 * unpublishing) can be scheduled for a later moment: Payload queues it as a job, and the
 * publish then republishes the website like any other.
 */
export const draftVersions = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']

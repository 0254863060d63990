import type { CollectionConfig } from 'payload'

import { nobody } from '../access/index.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * Locks that keep several CMS instances on one database from building the website at the same
 * time or twice for one queued rebuild (cms/src/publish/buildLease.ts), and from sending one
 * press-list mail twice (cms/src/pressList/delivery.ts). A lock is a row whose
 * `key` is unique: creating it is an atomic "take" in SQLite and MongoDB alike. Internal: no
 * one reads or writes it through the API; the publish pipeline uses the Local API.
 */
export const SiteBuildLocks: CollectionConfig = {
  slug: collectionSlugs.siteBuildLocks,
  labels: {
    singular: { de: 'Build-Sperre', en: 'Build lock' },
    plural: { de: 'Build-Sperren', en: 'Build locks' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}

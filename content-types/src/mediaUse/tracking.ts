import type { CollectionConfig, GlobalConfig } from 'payload'

import { canUseMedia, refreshMediaUses } from './uses.ts'

/**
 * The hooks that keep the media-use index current. Every collection and global whose fields
 * can point at media gets them (found from the fields, see references.ts): a save, publish,
 * unpublish, scheduled publish, version restore or delete rewrites that document's rows and
 * the visibility of the files it used and uses. They run inside the saving request's
 * transaction, so a file goes public in the same commit as the document that shows it.
 * Seeding switches off website rebuilds, not this: seeded media must be public too.
 */
export function withMediaUseTracking(collection: CollectionConfig): CollectionConfig {
  if (!canUseMedia(collection.slug, collection.fields)) return collection
  const source = (id: number | string) => ({ kind: 'collection' as const, slug: collection.slug, id })
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        async ({ doc, req }) => {
          await refreshMediaUses(req.payload, source(doc.id), req)
          return doc
        },
      ],
      afterDelete: [
        ...(collection.hooks?.afterDelete ?? []),
        async ({ id, req }) => {
          await refreshMediaUses(req.payload, source(id), req)
        },
      ],
    },
  }
}

export function withGlobalMediaUseTracking(global: GlobalConfig): GlobalConfig {
  if (!canUseMedia(global.slug, global.fields)) return global
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [
        ...(global.hooks?.afterChange ?? []),
        async ({ doc, req }) => {
          await refreshMediaUses(req.payload, { kind: 'global', slug: global.slug }, req)
          return doc
        },
      ],
    },
  }
}

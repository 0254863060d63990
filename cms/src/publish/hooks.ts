import { embargoEnd, publicCollectionSlugs, type ContentCollectionSlug } from '@verband/content-types'
import { hasDraftsEnabled } from 'payload/shared'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
  UIField,
} from 'payload'

import { queueSiteRebuild, queueSiteRebuildAt, type RebuildTrigger } from './queue.ts'

type Status = { _status?: unknown } | undefined | null

/**
 * Seeding and bulk imports set `context.disableRebuild` on their requests and queue one
 * rebuild at the end instead of one per document.
 */
function switchedOff(context: Record<string, unknown>): boolean {
  return context.disableRebuild === true
}

function trigger(req: PayloadRequest, entity: string, documentId?: number | string): RebuildTrigger {
  return {
    entity,
    documentId: documentId === undefined ? undefined : String(documentId),
    locale: typeof req.locale === 'string' ? req.locale : undefined,
    user: req.user?.id,
    at: new Date().toISOString(),
  }
}

/**
 * Whether a saved document changes what the public sees. Without drafts, every save does.
 * With drafts: a publish does; and so does an unpublish. A draft saved over a published
 * document leaves the published version (and so the website) as it was: the document's
 * main record is still published, which tells it apart from an unpublish.
 */
async function changesPublicSite(hasDrafts: boolean, doc: Status, previousDoc: Status, stillPublished: () => Promise<boolean>): Promise<boolean> {
  if (!hasDrafts) return true
  if (doc?._status === 'published') return true
  if (previousDoc?._status !== 'published') return false
  return !(await stillPublished())
}

function collectionHooks(collection: CollectionConfig): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const hasDrafts = hasDraftsEnabled(collection)
  return {
    afterChange: async ({ doc, previousDoc, req, context }) => {
      if (switchedOff(context)) return doc
      const stillPublished = async () => {
        const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({ collection: collection.slug as CollectionSlug, where: { id: { equals: doc.id } }, req })
        return main?._status === 'published'
      }
      if (await changesPublicSite(hasDrafts, doc, previousDoc, stillPublished)) {
        await queueSiteRebuild(req.payload, 'change', trigger(req, collection.slug, doc.id), req)
      }
      const embargoEnds = embargoEnd(doc)
      if (embargoEnds) await queueSiteRebuildAt(req.payload, embargoEnds, trigger(req, collection.slug, doc.id), req)
      return doc
    },
    afterDelete: async ({ doc, req, context }) => {
      if (switchedOff(context) || (hasDrafts && (doc as Status)?._status !== 'published')) return doc
      await queueSiteRebuild(req.payload, 'deletion', trigger(req, collection.slug, doc.id), req)
      return doc
    },
  }
}

function globalHook(global: GlobalConfig): GlobalAfterChangeHook {
  const hasDrafts = hasDraftsEnabled(global)
  return async ({ doc, previousDoc, req, context }) => {
    if (switchedOff(context)) return doc
    const stillPublished = async () => {
      const main = await req.payload.db.findGlobal<{ _status?: string }>({ slug: global.slug, req })
      return main?._status === 'published'
    }
    if (await changesPublicSite(hasDrafts, doc, previousDoc, stillPublished)) {
      await queueSiteRebuild(req.payload, 'change', trigger(req, global.slug), req)
    }
    return doc
  }
}

const liveStatusField: UIField = {
  name: 'websiteStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/DocumentLiveStatus.tsx#DocumentLiveStatus' } },
}

/** Adds the rebuild hooks to every collection the website renders. */
export function withSiteRebuild(collection: CollectionConfig): CollectionConfig {
  if (!(publicCollectionSlugs as readonly string[]).includes(collection.slug as ContentCollectionSlug)) return collection
  const hooks = collectionHooks(collection)
  return {
    ...collection,
    // Drafted documents show in their sidebar whether their published version is live yet.
    fields: hasDraftsEnabled(collection) ? [...collection.fields, liveStatusField] : collection.fields,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
    },
  }
}

/** Adds the rebuild hook to a global (every global is shown on the website). */
export function withGlobalSiteRebuild(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), globalHook(global)] } }
}

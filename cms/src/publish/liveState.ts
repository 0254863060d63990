import { collectionSlugs, rebuildSiteTask } from '@verband/content-types'
import type { CollectionSlug, Payload } from 'payload'

export type LiveState = 'notPublished' | 'live' | 'pending' | 'notYet'

/**
 * Whether a document's published version is on the website: the live build read the content
 * after the document was last published (its main record's `updatedAt`).
 */
export async function documentLiveState(payload: Payload, collection: string, id: number | string): Promise<{ state: LiveState; slug?: string }> {
  const main = await payload.db.findOne<{ id: number | string; _status?: string; updatedAt?: string; slug?: string }>({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
  })
  if (main?._status !== 'published') return { state: 'notPublished', slug: main?.slug }
  const { docs } = await payload.find({
    collection: collectionSlugs.siteBuilds,
    where: { status: { equals: 'published' } },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const contentAsOf = docs[0]?.contentAsOf
  if (contentAsOf && main.updatedAt && contentAsOf >= main.updatedAt) return { state: 'live', slug: main.slug }
  const { totalDocs: waiting } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: rebuildSiteTask } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
  })
  return { state: waiting > 0 ? 'pending' : 'notYet', slug: main.slug }
}

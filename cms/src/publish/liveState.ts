import { collectionSlugs, defaultLocale, documentPagePath, getLocale, isLocaleCode } from '@verband/content-types'
import type { CollectionSlug, Payload } from 'payload'

import { loadEnv } from '../env.ts'
import { siteQueueState } from './queue.ts'

/**
 * Where a document stands on the website:
 * - `notPublished`: not published, so not on the website;
 * - `live`: the live build read the content after the document was last published;
 * - `pending`: published, and a rebuild is running or about to start;
 * - `embargoed`: published under an embargo that has not ended; it goes live at `until`;
 * - `notYet`: published, not live, and nothing queued (the last build failed, or the
 *   website is built elsewhere): the dashboard says why.
 */
export type LiveState = 'notPublished' | 'live' | 'pending' | 'embargoed' | 'notYet'

export type DocumentLiveState = { state: LiveState; slug?: string; until?: string }

export async function documentLiveState(payload: Payload, collection: string, id: number | string): Promise<DocumentLiveState> {
  // The main record, not the newest draft: what is published is what the website shows.
  const main = await payload.db.findOne<{ id: number | string; _status?: string; updatedAt?: string; slug?: string; embargoUntil?: string | null }>({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
  })
  const slug = main?.slug
  if (main?._status !== 'published') return { state: 'notPublished', slug }
  if (main.embargoUntil && new Date(main.embargoUntil).getTime() > Date.now()) return { state: 'embargoed', slug, until: main.embargoUntil }
  const { docs } = await payload.find({
    collection: collectionSlugs.siteBuilds,
    where: { status: { equals: 'published' } },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const contentAsOf = docs[0]?.contentAsOf
  if (contentAsOf && main.updatedAt && contentAsOf >= main.updatedAt) return { state: 'live', slug }
  return { state: (await siteQueueState(payload)).active ? 'pending' : 'notYet', slug }
}

/** The state with the address of the document's page in `locale` once it is live: what the admin shows. */
export async function documentLiveStatus(
  payload: Payload,
  collection: string,
  id: number | string,
  locale: unknown,
): Promise<DocumentLiveState & { pageUrl?: string }> {
  const status = await documentLiveState(payload, collection, id)
  if (status.state !== 'live' || !status.slug) return status
  const pagePath = documentPagePath(getLocale(isLocaleCode(locale) ? locale : defaultLocale).path, collection, status.slug)
  return pagePath ? { ...status, pageUrl: new URL(pagePath, loadEnv().siteUrl).href } : status
}

import { collectionSlugs } from '@verband/content-types'
import type { CollectionAfterChangeHook, CollectionConfig, PayloadRequest, Where } from 'payload'

import type { Env } from '../env.ts'
import { dataRightsEndpoints } from './dataRights.ts'
import { queueAnnouncement } from './delivery.ts'
import { testMailEndpoint } from './testMail.ts'

type ReleaseState = { id?: number | string; _status?: string | null; embargoUntil?: string | null; withoutMailing?: boolean | null } | undefined | null

/**
 * A press release goes to the press list when it becomes public: on its publication, or at
 * the end of its embargo. Booked here, when an editor publishes it (or moves its embargo);
 * the announcement itself makes sure nobody gets it twice. A release under an embargo also
 * goes out at once to the accredited subscribers, ahead; they hear when its embargo moves or is
 * lifted, and when it is unpublished before its time. Without SMTP nothing is booked:
 * nothing waits to burst out once a mail server is configured. Seeding and restoring a backup
 * (`context.disableRebuild`) send nothing either.
 */
/** Whether the release was sent ahead of its embargo to anyone. */
async function wentAhead(req: PayloadRequest, release: number | string): Promise<boolean> {
  const where: Where = { and: [{ release: { equals: release } }, { kind: { equals: 'ahead' } }, { status: { equals: 'sent' } }] }
  return (await req.payload.count({ collection: collectionSlugs.pressDeliveries, where, overrideAccess: true, req })).totalDocs > 0
}

function announceOnPublish(env: Env): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, context }) => {
    const now: ReleaseState = doc
    const before: ReleaseState = previousDoc
    if (context.disableRebuild === true || !env.smtp) {
      if (!env.smtp && now?._status === 'published' && before?._status !== 'published') {
        req.payload.logger.warn(`Press release ${doc.id} published; not sent to the press list: no SMTP_URL is configured.`)
      }
      return doc
    }
    // `previousDoc` is the latest version, often a draft: what the journalists who had the release
    // ahead were told is on their deliveries, and the job compares it with the published state.
    if (await wentAhead(req, doc.id)) {
      await queueAnnouncement(req.payload, doc.id, new Date(), req, now?._status === 'published' ? 'correction' : 'withdrawal')
    }
    if (now?._status !== 'published' || now.withoutMailing) return doc
    const newlyPublished = before?._status !== 'published'
    if (!newlyPublished && before?.embargoUntil === now.embargoUntil) return doc
    const embargoEnd = now.embargoUntil ? new Date(now.embargoUntil) : undefined
    const embargoed = embargoEnd !== undefined && embargoEnd.getTime() > Date.now()
    await queueAnnouncement(req.payload, doc.id, embargoed ? embargoEnd : new Date(), req)
    if (embargoed) await queueAnnouncement(req.payload, doc.id, new Date(), req, 'ahead')
    return doc
  }
}

/**
 * Press releases announce themselves on publication, and editors can mail one to themselves
 * first; a subscriber's data can be downloaded and erased.
 */
export function withPressMailing(env: Env) {
  return (collection: CollectionConfig): CollectionConfig => {
    if (collection.slug === collectionSlugs.pressSubscribers) return { ...collection, endpoints: [...(collection.endpoints || []), ...dataRightsEndpoints] }
    if (collection.slug !== collectionSlugs.pressReleases) return collection
    return {
      ...collection,
      hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), announceOnPublish(env)] },
      endpoints: [...(collection.endpoints || []), testMailEndpoint(env)],
    }
  }
}

import { collectionSlugs } from '@verband/content-types'
import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import type { Env } from '../env.ts'
import { queueAnnouncement } from './delivery.ts'
import { testMailEndpoint } from './testMail.ts'

type ReleaseState = { id?: number | string; _status?: string | null; embargoUntil?: string | null; withoutMailing?: boolean | null } | undefined | null

/**
 * A press release goes to the press list when it becomes public: on its publication, or at
 * the end of its embargo. Booked here, when an editor publishes it (or moves its embargo);
 * the announcement itself makes sure nobody gets it twice. A release under an embargo also
 * goes out at once to the accredited subscribers, ahead. Without SMTP nothing is booked:
 * nothing waits to burst out once a mail server is configured. Seeding and restoring a backup
 * (`context.disableRebuild`) send nothing either.
 */
function announceOnPublish(env: Env): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, context }) => {
    const now: ReleaseState = doc
    const before: ReleaseState = previousDoc
    if (context.disableRebuild === true || now?._status !== 'published' || now.withoutMailing) return doc
    const newlyPublished = before?._status !== 'published'
    if (!newlyPublished && before?.embargoUntil === now.embargoUntil) return doc
    if (!env.smtp) {
      req.payload.logger.warn(`Press release ${doc.id} published; not sent to the press list: no SMTP_URL is configured.`)
      return doc
    }
    const embargoEnd = now.embargoUntil ? new Date(now.embargoUntil) : undefined
    const embargoed = embargoEnd !== undefined && embargoEnd.getTime() > Date.now()
    await queueAnnouncement(req.payload, doc.id, embargoed ? embargoEnd : new Date(), req)
    if (embargoed) await queueAnnouncement(req.payload, doc.id, new Date(), req, 'ahead')
    return doc
  }
}

/** Press releases announce themselves on publication, and editors can mail one to themselves first. */
export function withPressMailing(env: Env) {
  return (collection: CollectionConfig): CollectionConfig =>
    collection.slug === collectionSlugs.pressReleases
      ? {
          ...collection,
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), announceOnPublish(env)] },
          endpoints: [...(collection.endpoints || []), testMailEndpoint(env)],
        }
      : collection
}

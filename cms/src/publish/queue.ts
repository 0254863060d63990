import { rebuildSiteTask } from '@verband/content-types'
import type { Payload, PayloadRequest, Where } from 'payload'

import { wakeSiteQueue } from './queueRunner.ts'

/** What caused a rebuild: shown on the build's record in the admin. */
export type RebuildTrigger = { entity: string; documentId?: string; locale?: string; user?: number | string; at: string }

/** The queue the site builds run on; only the CMS server process works it (see payload.config.ts). */
export const siteQueue = 'site'

/**
 * A rebuild waits for a quiet moment: it starts once no change has come for `quietWindowMs`,
 * but no later than `maxWaitMs` after the change that queued it. Later changes join the
 * waiting job instead of queueing their own, so a burst of saves costs one build (two if it
 * straddles a running build), and the build always reads the latest state; a steady stream
 * of changes still builds at least once per `maxWaitMs`.
 */
export const quietWindowMs = 300
export const maxWaitMs = 1000

/**
 * Queues a website rebuild in Payload's jobs queue, which lives in the database: a restart
 * of the CMS loses nothing, and the job runs after it comes back. Joins a job that is
 * already waiting to start within the quiet window, if there is one.
 */
export async function queueSiteRebuild(payload: Payload, reason: string, trigger?: RebuildTrigger, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildSiteTask } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        // A rebuild booked for a later moment (an embargo's end) is not a waiting one.
        { waitUntil: { less_than_equal: new Date(Date.now() + quietWindowMs).toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })
  const waiting = docs[0]
  if (waiting) {
    const input = (waiting.input ?? {}) as { reason?: string; triggers?: RebuildTrigger[] }
    const waitUntil = new Date(Math.min(Date.now() + quietWindowMs, new Date(waiting.createdAt).getTime() + maxWaitMs))
    await payload.update({
      collection: 'payload-jobs',
      id: waiting.id,
      data: {
        // A manual republish renders every page (publishSite.ts), even when it joins a waiting change.
        input: { ...input, reason: reason === 'manual' ? reason : input.reason, triggers: [...(input.triggers ?? []), ...(trigger ? [trigger] : [])] },
        waitUntil: waitUntil.toISOString(),
      },
      depth: 0,
      req,
    })
    wakeSiteQueue(waitUntil)
    return
  }
  const waitUntil = new Date(Date.now() + quietWindowMs)
  await payload.jobs.queue({ task: rebuildSiteTask, input: { reason, triggers: trigger ? [trigger] : [] }, queue: siteQueue, waitUntil, req })
  wakeSiteQueue(waitUntil)
}

/**
 * Books a rebuild for a moment in the future, such as the end of a press release's embargo,
 * so the website changes at that moment and not at the next unrelated change. Booking the
 * same moment twice keeps one job.
 */
export async function queueSiteRebuildAt(payload: Payload, at: Date, trigger: RebuildTrigger, req?: PayloadRequest): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildSiteTask } },
        { completedAt: { exists: false } },
        { waitUntil: { equals: at.toISOString() } },
      ],
    },
    req,
  })
  if (totalDocs > 0) return
  await payload.jobs.queue({ task: rebuildSiteTask, input: { reason: 'embargo', triggers: [trigger] }, queue: siteQueue, waitUntil: at, req })
}

/**
 * What the site queue holds now: whether a rebuild is running or due (waiting for its quiet
 * window), and the earliest rebuild booked for later (an embargo's end). What the dashboard
 * and each document's sidebar say about the website comes from here.
 */
export async function siteQueueState(payload: Payload): Promise<{ active: boolean; nextBookedAt?: string }> {
  const soon = new Date(Date.now() + maxWaitMs + 1000).toISOString()
  const unfinished: Where[] = [{ taskSlug: { equals: rebuildSiteTask } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]
  const [{ totalDocs: active }, { docs: booked }] = await Promise.all([
    payload.count({
      collection: 'payload-jobs',
      where: { and: [...unfinished, { or: [{ processing: { equals: true } }, { waitUntil: { less_than_equal: soon } }, { waitUntil: { exists: false } }] }] },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'payload-jobs',
      where: { and: [...unfinished, { processing: { equals: false } }, { waitUntil: { greater_than: soon } }] },
      sort: 'waitUntil',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  return { active: active > 0, nextBookedAt: booked[0]?.waitUntil ?? undefined }
}

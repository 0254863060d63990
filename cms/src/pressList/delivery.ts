import {
  announcePressReleaseTask,
  collectionSlugs,
  globalSlugs,
  pressDeliveryKey,
  pressDeliveryKinds,
  sendPressMailsTask,
  wantsRelease,
  type LocaleCode,
  type PressDelivery,
  type PressDeliveryKind,
  type PressRelease,
  type PressSubscriber,
} from '@verband/content-types'
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Env } from '../env.ts'
import { clearExpiredLocks, instanceId, takeLock } from '../locks.ts'
import { isServerProcess } from '../serverProcess.ts'
import { embargoNoteMail } from './embargoNote.ts'
import { releaseMail, type LocalizedRelease } from './releaseMail.ts'
import { embargoLink, manageLinks } from './links.ts'

/**
 * Press releases to the press list, exactly once per release and subscriber.
 *
 * When a release becomes public, an announcement plans one delivery per confirmed subscriber
 * whose topics match: a row with the unique key release:subscriber, so planning twice (a
 * republish, an edit, two instances) plans nothing twice, and a release that has deliveries is
 * never announced again. Send jobs then work through the due deliveries in batches. Before a
 * delivery is handed to the mail server, its attempt is claimed with a lock row whose key
 * names the delivery and the attempt: of two instances reaching for it, one sends. A claimed
 * delivery carries a short lease; if its instance dies before recording the outcome, the
 * lease runs out and a later run (after a restart, or on another instance) sends it again as
 * the next attempt. Failures are retried with growing pauses, then recorded as failed.
 *
 * A release published under an embargo is also sent at once, `ahead`, to the accredited
 * subscribers whose topics match, with a personal link; at the embargo's end the others get
 * it, and those who had it ahead do not get it twice. Those who had it ahead hear of a moved or
 * lifted embargo (a correction, once per new end) and of a withdrawal.
 */

export const pressQueue = 'press'
const deliveries = collectionSlugs.pressDeliveries
const batchSize = 25
/**
 * How long one attempt may take before it counts as cut off: longer than the mail transport's
 * longest wait (email.ts: 10 s to connect, 10 s for the greeting, 20 s of silence).
 */
const leaseMs = 45_000
const claimKeptMs = 24 * 60 * 60 * 1000
export const maxAttempts = 5
/** Pauses before the 2nd, 3rd, … attempt: 1, 2, 4, 8 minutes. */
const retryPauseMs = (attempt: number) => 60_000 * 2 ** (attempt - 1)
/** While the website is being rebuilt, an announcement looks again this often. */
const websiteCheckMs = 5000
/** An announcement gives up waiting for a website that does not publish after this long. */
const websiteWaitMs = 24 * 60 * 60 * 1000

export type AnnounceInput = { release: string; publicFrom: string; queuedAt?: string; kind?: PressDeliveryKind }

/**
 * Books the announcement of a release for the moment it becomes public, or, at once, its
 * sending `ahead` of the embargo to the accredited subscribers, or a `correction` or
 * `withdrawal` to those who had it ahead (when the published state calls for one).
 */
export async function queueAnnouncement(payload: Payload, release: number | string, publicFrom: Date, req?: PayloadRequest, kind: PressDeliveryKind = 'release'): Promise<void> {
  const input: AnnounceInput = { release: String(release), publicFrom: publicFrom.toISOString(), queuedAt: new Date().toISOString(), kind }
  // In the publishing request's transaction: the job exists once the publication does.
  await payload.jobs.queue({ task: announcePressReleaseTask, input, queue: pressQueue, waitUntil: publicFrom, req })
}

async function queueSending(payload: Payload, release: number | string, at = new Date()): Promise<void> {
  // One waiting send job per release is enough: it takes every due delivery of the release.
  const { docs: waiting } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: sendPressMailsTask } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    pagination: false,
    depth: 0,
  })
  if (waiting.some((job) => (job.input as { release?: string } | null)?.release === String(release))) return
  await payload.jobs.queue({ task: sendPressMailsTask, input: { release: String(release) }, queue: pressQueue, waitUntil: at })
}

type ReleaseState = { _status?: string | null; embargoUntil?: string | null }

function isPublic(release: ReleaseState, now = Date.now()): boolean {
  return release._status === 'published' && (!release.embargoUntil || new Date(release.embargoUntil).getTime() <= now)
}

/** Published, but its embargo has not ended: what may be sent ahead. */
export function isEmbargoed(release: ReleaseState, now = Date.now()): release is ReleaseState & { embargoUntil: string } {
  return release._status === 'published' && Boolean(release.embargoUntil) && new Date(release.embargoUntil!).getTime() > now
}


/** Whether the live website was built from content at least as new as `moment` (it shows the release). */
async function websiteShows(payload: Payload, moment: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: collectionSlugs.siteBuilds,
    where: { and: [{ status: { equals: 'published' } }, { contentAsOf: { greater_than_equal: moment } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * The announcement job: plans the deliveries of a release that is now public, once the
 * website shows it (with website rebuilds on), and starts sending. Returns what it did.
 */
export async function announceRelease(payload: Payload, env: Env, input: AnnounceInput): Promise<string> {
  const release = await payload.findByID({ collection: collectionSlugs.pressReleases, id: input.release, depth: 1, draft: false, overrideAccess: true, disableErrors: true })
  if (release && (input.kind === 'correction' || input.kind === 'withdrawal')) return planNotes(payload, release, input.kind)
  if (!release || release._status !== 'published') return 'not published: nothing sent'
  if (release.withoutMailing) return 'published without sending'
  if (input.kind === 'ahead') return sendAhead(payload, release)
  if (!isPublic(release)) {
    // The embargo was moved later after this was booked: book the new moment.
    await queueAnnouncement(payload, release.id, new Date(release.embargoUntil!))
    return 'embargo moved: booked again'
  }
  const { totalDocs: planned } = await payload.count({ collection: deliveries, where: { and: [{ release: { equals: release.id } }, { kind: { equals: 'release' } }] } })
  if (planned > 0) return 'announced before: nothing sent again'
  if (env.siteRebuild && !(await websiteShows(payload, input.publicFrom))) {
    const queuedAt = input.queuedAt ?? new Date().toISOString()
    if (Date.now() - new Date(queuedAt).getTime() > websiteWaitMs) {
      payload.logger.error(`Press release ${release.id} was not sent to the press list: the website did not publish it within a day.`)
      return 'gave up waiting for the website'
    }
    await payload.jobs.queue({ task: announcePressReleaseTask, input: { ...input, queuedAt }, queue: pressQueue, waitUntil: new Date(Date.now() + websiteCheckMs) })
    return 'waiting for the website'
  }
  // Who had it ahead of the embargo does not get it again (unless sending it ahead failed).
  const { docs: ahead } = await payload.find({
    collection: deliveries,
    where: { and: [{ release: { equals: release.id } }, { kind: { equals: 'ahead' } }, { status: { not_equals: 'failed' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const hadItAhead = new Set(ahead.map((delivery) => String(idOf(delivery.subscriber))))
  const matching = await matchingSubscribers(payload, release)
  const recipients = matching.filter((subscriber) => !hadItAhead.has(String(subscriber.id)))
  // Those who had it ahead hear that it is public only if they asked for that.
  const sentAhead = new Set(ahead.filter((delivery) => delivery.status === 'sent').map((delivery) => String(idOf(delivery.subscriber))))
  const noted = matching.filter((subscriber) => subscriber.nowPublicNote && sentAhead.has(String(subscriber.id)))
  for (const subscriber of recipients) await plan(payload, release.id, subscriber.id, 'release')
  for (const subscriber of noted) await plan(payload, release.id, subscriber.id, 'public')
  if (recipients.length + noted.length > 0) await queueSending(payload, release.id)
  return `planned ${recipients.length} deliveries and ${noted.length} notes that the embargo ended`
}

/** Confirmed subscribers whose topics match the release (the regions and goals of its stories). */
async function matchingSubscribers(payload: Payload, release: PressRelease, where: Where = {}): Promise<PressSubscriber[]> {
  const stories = (release.relatedStories ?? []).filter((story) => typeof story === 'object')
  const about = { regions: stories.flatMap((story) => story.regions ?? []), goals: stories.flatMap((story) => (story.goals ?? []).map(idOf)) }
  const { docs: subscribers } = await payload.find({
    collection: collectionSlugs.pressSubscribers,
    where: { and: [{ status: { equals: 'confirmed' } }, where] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return subscribers.filter((subscriber) => wantsRelease({ topics: subscriber.topics ?? [], goals: (subscriber.goals ?? []).map(idOf) }, about))
}

/** Sends an embargoed release ahead to the accredited subscribers whose topics match; nothing once the embargo is over. */
async function sendAhead(payload: Payload, release: PressRelease): Promise<string> {
  if (!isEmbargoed(release)) return 'no embargo running: nothing sent ahead'
  const recipients = await matchingSubscribers(payload, release, { accredited: { equals: true } })
  for (const subscriber of recipients) await plan(payload, release.id, subscriber.id, 'ahead', undefined, release.embargoUntil)
  if (recipients.length > 0) await queueSending(payload, release.id)
  return `planned ${recipients.length} deliveries ahead of the embargo`
}

/**
 * To everyone who had the release ahead of its embargo: a withdrawal once it is unpublished, or
 * a correction when the embargo's end differs from the one they were last told (moved, or
 * lifted: `null`). Saving a draft changes neither: only the published state counts.
 */
async function planNotes(payload: Payload, release: PressRelease, kind: 'correction' | 'withdrawal'): Promise<string> {
  if ((kind === 'withdrawal') === (release._status === 'published')) return `release ${release._status === 'published' ? 'still' : 'no longer'} published: no ${kind}`
  const { docs: told } = await payload.find({
    collection: deliveries,
    where: { and: [{ release: { equals: release.id } }, { kind: { in: ['ahead', 'correction'] } }, { status: { not_equals: 'failed' } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const subscriberOf = (delivery: PressDelivery) => (typeof delivery.subscriber === 'object' ? delivery.subscriber.id : delivery.subscriber)
  const hadItAhead = new Set(told.filter((delivery) => delivery.kind === 'ahead' && delivery.status === 'sent').map(subscriberOf))
  const lastTold = new Map(told.map((delivery) => [subscriberOf(delivery), delivery.embargoUntil ?? null]))
  const embargo = isEmbargoed(release) ? release.embargoUntil : null
  const moment = (value: string | null | undefined) => (value ? new Date(value).getTime() : null)
  let planned = 0
  for (const subscriber of hadItAhead) {
    if (kind === 'correction' && moment(lastTold.get(subscriber)) === moment(embargo)) continue
    await plan(payload, release.id, subscriber, kind, kind === 'correction' ? (embargo ?? 'lifted') : undefined, embargo)
    planned++
  }
  if (planned > 0) await queueSending(payload, release.id)
  return `planned ${planned} ${kind}s`
}

/** A relationship's id as a string, populated or not. */
const idOf = (value: number | string | { id: number | string }) => String(typeof value === 'object' ? value.id : value)

async function plan(
  payload: Payload,
  release: PressRelease['id'],
  subscriber: PressSubscriber['id'],
  kind: PressDeliveryKind,
  variant?: string,
  /** The embargo's end the mail names (sent ahead, or a correction). */
  embargoUntil?: string | null,
): Promise<void> {
  try {
    await payload.create({
      collection: deliveries,
      data: {
        key: pressDeliveryKey(release, subscriber, kind, variant),
        kind,
        release,
        subscriber,
        embargoUntil,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
      depth: 0,
      disableTransaction: true,
    })
  } catch (error) {
    // Planned already (by another instance, or a second announcement): the unique key refused it.
    const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
    if (!errors?.some((entry) => entry.path === 'key')) throw error
  }
}

/** Deliveries (of a release and kinds) that are due: planned or retried and their time has come, or cut off (lease over). */
function dueWhere(now: string, release?: number | string, kinds?: PressDeliveryKind[]): Where {
  const due: Where = {
    or: [
      { and: [{ status: { equals: 'queued' } }, { nextAttemptAt: { less_than_equal: now } }] },
      { and: [{ status: { equals: 'sending' } }, { claimedUntil: { less_than: now } }] },
    ],
  }
  if (release === undefined) return due
  return { and: [{ release: { equals: release } }, ...(kinds ? [{ kind: { in: kinds } }] : []), due] }
}

type SendContext = { release: LocalizedRelease & ReleaseState; association: Record<string, string | null> }

/** The send job: every due delivery of one release, a batch at a time; books itself again for retries. */
export async function sendReleaseMails(payload: Payload, env: Env, release: number | string): Promise<string> {
  if (!env.smtp) return 'no SMTP configured: nothing sent'
  const doc = await payload.findByID({ collection: collectionSlugs.pressReleases, id: release, locale: 'all', depth: 1, draft: false, overrideAccess: true, disableErrors: true })
  if (!doc) return 'release deleted: nothing sent'
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 0, overrideAccess: true })
  const context: SendContext = { release: doc as unknown as SendContext['release'], association: settings.name as unknown as Record<string, string | null> }
  const kinds = sendableKinds(doc)
  await dropUnsendable(payload, release, kinds)
  await clearExpiredLocks(payload)
  let sent = 0
  for (;;) {
    const { docs: batch } = await payload.find({ collection: deliveries, where: dueWhere(new Date().toISOString(), release, kinds), limit: batchSize, sort: 'id', depth: 0, overrideAccess: true })
    if (batch.length === 0) break
    for (const delivery of batch) if (await deliver(payload, env, delivery, context)) sent++
  }
  const { docs: later } = await payload.find({
    collection: deliveries,
    where: { and: [{ release: { equals: release } }, { kind: { in: kinds } }, { status: { in: ['queued', 'sending'] } }] },
    sort: 'nextAttemptAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const next = later[0]
  if (next) {
    const at = next.status === 'sending' ? next.claimedUntil : next.nextAttemptAt
    await queueSending(payload, release, new Date(new Date(at ?? Date.now()).getTime() + 1000))
  }
  return `sent ${sent}`
}

/**
 * What may go out in the release's state: while its embargo runs, the release ahead and
 * corrections; once public, the release, corrections (a lifted embargo) and the notes that it
 * is public; once withdrawn, only the withdrawal.
 */
function sendableKinds(release: ReleaseState): PressDeliveryKind[] {
  if (release._status !== 'published') return ['withdrawal']
  return isEmbargoed(release) ? ['ahead', 'correction'] : ['release', 'correction', 'public']
}

/**
 * Notes still waiting that no longer fit the release's state are not sent: a mail ahead when
 * the embargo has ended (the announcement sends it to these subscribers like to everyone
 * else), a correction or a mail ahead of a withdrawn release, a withdrawal of one published
 * again. Release mails wait, for an embargo moved later than their announcement.
 */
async function dropUnsendable(payload: Payload, release: number | string, sendable: PressDeliveryKind[]): Promise<void> {
  const dropped = pressDeliveryKinds.filter((kind) => kind !== 'release' && !sendable.includes(kind))
  await payload.update({
    collection: deliveries,
    where: { and: [{ release: { equals: release } }, { kind: { in: dropped } }, { status: { equals: 'queued' } }] },
    data: { status: 'failed', error: 'Nicht mehr passend zum Stand der Mitteilung (no longer fits the release’s state)' },
    depth: 0,
    overrideAccess: true,
  })
}

/** One attempt of one delivery, if this instance claims it. True when the mail server took the mail. */
async function deliver(payload: Payload, env: Env, delivery: PressDelivery, context: SendContext): Promise<boolean> {
  const attempt = (delivery.attempts ?? 0) + 1
  if (!(await takeLock(payload, `press-mail:${delivery.key}@${delivery.createdAt}#${attempt}`, instanceId, claimKeptMs))) return false
  const claimed = { status: 'sending' as const, attempts: attempt, claimedUntil: new Date(Date.now() + leaseMs).toISOString() }
  await payload.update({ collection: deliveries, id: delivery.id, data: claimed, depth: 0, overrideAccess: true })

  const subscriberId = typeof delivery.subscriber === 'object' ? delivery.subscriber.id : delivery.subscriber
  const subscriber = (await payload.findByID({ collection: collectionSlugs.pressSubscribers, id: subscriberId, depth: 0, overrideAccess: true, disableErrors: true })) as PressSubscriber | null
  if (!subscriber || subscriber.status !== 'confirmed') {
    // Left (or bounced) between planning and sending: nothing goes out.
    await payload.update({ collection: deliveries, id: delivery.id, data: { status: 'failed', error: 'Abgemeldet vor dem Versand (unsubscribed before sending)', claimedUntil: null }, depth: 0, overrideAccess: true })
    return false
  }
  const recipient = { id: subscriber.id, email: subscriber.email, name: subscriber.name, languages: (subscriber.languages ?? []) as LocaleCode[] }
  const personalLink = embargoLink(env, subscriber, context.release.id)
  const mail =
    delivery.kind === 'correction' || delivery.kind === 'withdrawal' || delivery.kind === 'public'
      ? embargoNoteMail({ kind: delivery.kind, until: delivery.embargoUntil }, context.release, recipient, context.association, env.smtp!.from, manageLinks(env, subscriber), personalLink, delivery.key)
      : releaseMail(
          context.release,
          recipient,
          context.association,
          env.smtp!.from,
          manageLinks(env, subscriber),
          delivery.kind === 'ahead' ? { until: delivery.embargoUntil ?? context.release.embargoUntil!, link: personalLink } : undefined,
        )
  try {
    await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId, headers: mail.headers })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const final = attempt >= maxAttempts
    payload.logger.warn(`Press release mail to subscriber ${subscriber.id} failed (attempt ${attempt} of ${maxAttempts}): ${reason}`)
    await payload.update({
      collection: deliveries,
      id: delivery.id,
      data: { status: final ? 'failed' : 'queued', error: reason.slice(0, 500), claimedUntil: null, nextAttemptAt: final ? null : new Date(Date.now() + retryPauseMs(attempt)).toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    return false
  }
  await payload.update({ collection: deliveries, id: delivery.id, data: { status: 'sent', locale: mail.locale, sentAt: new Date().toISOString(), error: null, claimedUntil: null }, depth: 0, overrideAccess: true })
  return true
}

/**
 * After a start, and every minute: deliveries that are due but have no send job waiting (their
 * job was cut off by a crash or stop) get one, so the rest is sent.
 */
export async function resumeDeliveries(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: deliveries, where: dueWhere(new Date().toISOString()), limit: 100, depth: 0, overrideAccess: true })
  const releases = new Set(docs.map((delivery) => (typeof delivery.release === 'object' ? delivery.release.id : delivery.release)))
  for (const release of releases) await queueSending(payload, release)
}

/** Send and announcement jobs stay "processing" for ever when their process dies; after this long they are cleared. */
const staleJobMs = 10 * 60 * 1000

/** Clears press-list jobs cut off by a crash (their work is resumed by `resumeDeliveries`). */
export async function clearStaleJobs(payload: Payload): Promise<void> {
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: pressQueue } }, { processing: { equals: true } }, { updatedAt: { less_than: new Date(Date.now() - staleJobMs).toISOString() } }] },
    depth: 0,
  })
}

const keeperIntervalMs = 60_000

/**
 * In the server process, with SMTP: sends what a crash or stop left unsent, now and every
 * minute (a delivery cut off on another, dead instance included).
 */
export async function startPressDelivery(payload: Payload, env: Env): Promise<void> {
  if (!env.smtp || !isServerProcess()) return
  const keep = async () => {
    await clearStaleJobs(payload)
    await resumeDeliveries(payload)
  }
  await keep()
  setInterval(() => void keep().catch((error: Error) => payload.logger.error(`Press list: could not resume deliveries: ${error.message}`)), keeperIntervalMs).unref()
}

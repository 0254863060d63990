import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

import { collectionSlugs } from '@verband/content-types'
import type { Payload } from 'payload'

/**
 * Several CMS instances may share one database and its jobs queue. Payload's job runner marks
 * a job as taken with a read followed by a write, so two instances polling at the same moment
 * can both take the same rebuild. Two locks, rows with a unique `key`, make the difference:
 * - `job:<id>`: the first instance to create it runs that rebuild; any other skips it;
 * - `site`: held while a build runs, renewed as it goes, so builds never overlap; a lock whose
 *   holder died expires and is taken over.
 * Creating a row with a unique key is atomic in SQLite and MongoDB alike.
 */
const collection = collectionSlugs.siteBuildLocks
const siteKey = 'site'
/** Short, renewed while building: an instance that died mid-build blocks others for seconds, not minutes. */
export const leaseMs = 15_000
const renewEveryMs = leaseMs / 3
/** Job claims are kept a day, long after any retry of their job, then cleared. */
const claimKeptMs = 24 * 60 * 60 * 1000

/** This process, as a lock holder. */
export const instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`

async function take(payload: Payload, key: string, holder: string, ttlMs: number): Promise<boolean> {
  try {
    await payload.create({ collection, data: { key, holder, expiresAt: new Date(Date.now() + ttlMs).toISOString() }, depth: 0, disableTransaction: true })
    return true
  } catch (error) {
    if (isTakenError(error)) return false
    throw error
  }
}

/**
 * The unique index refused the row: someone holds this key. Payload reports it as a validation
 * error on `key` (checked by its data: class names do not survive the server bundle).
 */
function isTakenError(error: unknown): boolean {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  return Array.isArray(errors) && errors.some((entry) => entry.path === 'key')
}

async function clearExpired(payload: Payload): Promise<void> {
  await payload.delete({ collection, where: { expiresAt: { less_than: new Date().toISOString() } }, depth: 0, disableTransaction: true })
}

/** Claims one queued rebuild for this instance; false if another instance has it. */
export async function claimRebuild(payload: Payload, jobId: number | string, holder = instanceId): Promise<boolean> {
  await clearExpired(payload)
  return take(payload, `job:${jobId}`, holder, claimKeptMs)
}

/**
 * Runs `build` while holding the site lock: waits (polling) while another instance builds,
 * takes over a lock whose holder stopped renewing it, and always lets go afterwards.
 */
export async function withSiteLock<T>(payload: Payload, build: () => Promise<T>, holder = instanceId, pollMs = 500): Promise<T> {
  while (!(await take(payload, siteKey, holder, leaseMs))) {
    await clearExpired(payload)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  const renewal = setInterval(() => {
    void payload
      .update({ collection, where: { and: [{ key: { equals: siteKey } }, { holder: { equals: holder } }] }, data: { expiresAt: new Date(Date.now() + leaseMs).toISOString() }, depth: 0 })
      .catch((error: Error) => payload.logger.error(`Could not renew the website build lock: ${error.message}`))
  }, renewEveryMs)
  renewal.unref()
  try {
    return await build()
  } finally {
    clearInterval(renewal)
    await payload.delete({ collection, where: { and: [{ key: { equals: siteKey } }, { holder: { equals: holder } }] }, depth: 0 })
  }
}

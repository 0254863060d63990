import type { Payload } from 'payload'

import { clearExpiredLocks, instanceId, releaseLock, renewLock, takeLock } from '../locks.ts'

/**
 * Several CMS instances may share one database and its jobs queue. Payload's job runner marks
 * a job as taken with a read followed by a write, so two instances polling at the same moment
 * can both take the same rebuild. Two locks (../locks.ts) make the difference:
 * - `job:<id>`: the first instance to create it runs that rebuild; any other skips it;
 * - `site`: held while a build runs, renewed as it goes, so builds never overlap; a lock whose
 *   holder died expires and is taken over.
 */
const siteKey = 'site'
/** Short, renewed while building: an instance that died mid-build blocks others for seconds, not minutes. */
export const leaseMs = 15_000
const renewEveryMs = leaseMs / 3
/** Job claims are kept a day, long after any retry of their job, then cleared. */
const claimKeptMs = 24 * 60 * 60 * 1000

/** Claims one queued rebuild for this instance; false if another instance has it. */
export async function claimRebuild(payload: Payload, jobId: number | string, holder = instanceId): Promise<boolean> {
  await clearExpiredLocks(payload)
  return takeLock(payload, `job:${jobId}`, holder, claimKeptMs)
}

/**
 * Runs `build` while holding the site lock: waits (polling) while another instance builds,
 * takes over a lock whose holder stopped renewing it, and always lets go afterwards.
 */
export async function withSiteLock<T>(payload: Payload, build: () => Promise<T>, holder = instanceId, pollMs = 500): Promise<T> {
  while (!(await takeLock(payload, siteKey, holder, leaseMs))) {
    await clearExpiredLocks(payload)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  const renewal = setInterval(() => {
    void renewLock(payload, siteKey, holder, leaseMs).catch((error: Error) => payload.logger.error(`Could not renew the website build lock: ${error.message}`))
  }, renewEveryMs)
  renewal.unref()
  try {
    return await build()
  } finally {
    clearInterval(renewal)
    await releaseLock(payload, siteKey, holder)
  }
}

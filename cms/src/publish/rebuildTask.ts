import { rebuildSiteTask } from '@verband/content-types'
import type { TaskConfig } from 'payload'

import { loadEnv } from '../env.ts'
import { claimRebuild, withSiteLock } from './buildLease.ts'
import { publishSite } from './publishSite.ts'
import type { RebuildTrigger } from './queue.ts'

/**
 * The job that republishes the website. A failed build is an outcome, not an error of the
 * job: it is recorded on its build record and not retried, since the next change queues a
 * new build anyway. With several CMS instances on one database, each rebuild runs once and
 * builds never overlap (buildLease.ts).
 */
export const rebuildTask: TaskConfig = {
  slug: rebuildSiteTask,
  label: 'Rebuild the website',
  retries: 0,
  inputSchema: [
    { name: 'reason', type: 'text' },
    { name: 'triggers', type: 'json' },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const { reason, triggers } = input as { reason?: string; triggers?: RebuildTrigger[] }
    // The id and the moment it was queued: SQLite gives a new job the id of a deleted one.
    if (!(await claimRebuild(req.payload, `${job.id}@${job.createdAt}`))) return { output: { status: 'taken by another instance' } }
    const outcome = await withSiteLock(req.payload, () =>
      publishSite(req.payload, loadEnv(), { reason: reason ?? 'change', triggers: triggers ?? [], queuedAt: job.createdAt }),
    )
    return { output: { status: outcome.status } }
  },
}

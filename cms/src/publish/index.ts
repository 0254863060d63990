import type { JobsConfig, Payload } from 'payload'

import type { Env } from '../env.ts'
import { queueSiteRebuild, siteQueue } from './queue.ts'
import { rebuildTask } from './rebuildTask.ts'
import { SiteFolders } from './siteFolders.ts'

export { withGlobalSiteRebuild, withSiteRebuild } from './hooks.ts'
export { rebuildNowEndpoint, rollbackEndpoint } from './endpoints.ts'

/** Only the CMS server works the site queue; seed and CLI processes only ever add to it. */
const isServerProcess = () => process.env.NEXT_RUNTIME === 'nodejs'

export function publishJobs(env: Env): JobsConfig {
  return {
    tasks: [rebuildTask],
    // Every second: a queued rebuild starts right after its quiet window, and a scheduled
    // publish (Payload queues those on its default queue) happens at its moment. `protect` in
    // Payload's cron runner keeps runs from overlapping.
    autoRun: [
      { cron: '* * * * * *', queue: siteQueue, limit: 1, silent: true },
      { cron: '* * * * * *', queue: 'default', limit: 10, silent: true },
    ],
    shouldAutoRun: () => env.siteRebuild && isServerProcess(),
  }
}

/** On the server's start: a website that has never been built is built now. */
export async function ensureLiveSite(payload: Payload, env: Env): Promise<void> {
  if (!env.siteRebuild || !isServerProcess()) return
  if (await new SiteFolders(env.siteBuildsDir).live()) return
  await queueSiteRebuild(payload, 'first build')
}

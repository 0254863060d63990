import { rm } from 'node:fs/promises'

import { collectionSlugs, rebuildSiteTask } from '@verband/content-types'
import type { Payload } from 'payload'

import type { Env } from '../env.ts'
import { isServerProcess } from '../serverProcess.ts'
import { queueSiteRebuild, siteQueue } from './queue.ts'
import { withSiteLock } from './buildLease.ts'
import { startSiteQueueRunner } from './queueRunner.ts'
import { SiteFolders } from './siteFolders.ts'

export { withGlobalSiteRebuild, withSiteRebuild } from './hooks.ts'
export { liveStateEndpoint, rebuildNowEndpoint, rollbackEndpoint } from './endpoints.ts'
export { revalidatedImages } from './mediaCaching.ts'

/**
 * On the server's start: the site queue's runner starts, a build cut off by a stop or crash
 * is recorded as failed and done again, and a website that has never been built is built now.
 */
export async function ensureLiveSite(payload: Payload, env: Env): Promise<void> {
  if (!env.siteRebuild || !isServerProcess()) return
  startSiteQueueRunner(payload, siteQueue)
  // Under the site lock: a build another instance is running is not interrupted; this waits
  // until it ends, or until a dead holder's lease runs out.
  const interrupted = await withSiteLock(payload, () => recoverInterruptedBuilds(payload))
  if (interrupted) await queueSiteRebuild(payload, 'after an interrupted build')
  else if (!(await new SiteFolders(env.siteBuildsDir).live())) await queueSiteRebuild(payload, 'first build')
}

/**
 * A build runs inside a server process; if the process ends mid-build, its job stays
 * "processing" and its record "building" for ever. Called holding the site lock, so no build
 * is running anywhere: both are closed, and the caller rebuilds.
 */
async function recoverInterruptedBuilds(payload: Payload): Promise<boolean> {
  const { docs: stuck } = await payload.update({
    collection: collectionSlugs.siteBuilds,
    where: { status: { equals: 'building' } },
    data: { status: 'failed', error: 'Interrupted: the CMS stopped during the build. The live site was not changed.', finishedAt: new Date().toISOString() },
    depth: 0,
  })
  const { docs: stale } = await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: rebuildSiteTask } }, { processing: { equals: true } }] },
    depth: 0,
  })
  for (const record of stuck) if (typeof record.folder === 'string') await rm(record.folder, { recursive: true, force: true })
  return stuck.length + stale.length > 0
}

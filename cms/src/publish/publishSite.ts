import { rm } from 'node:fs/promises'

import { collectionSlugs } from '@verband/content-types'
import type { Payload } from 'payload'

import type { Env } from '../env.ts'
import { postDeployHook } from './deployHook.ts'
import type { RebuildTrigger } from './queue.ts'
import { runSiteBuild } from './runSiteBuild.ts'
import { lastLines } from './siteScript.ts'
import { SiteFolders } from './siteFolders.ts'

export type PublishOutcome = { status: 'published' | 'failed'; buildId: number | string }

// One build at a time in this process: a second job waits for the first to finish and swap.
let running: Promise<unknown> = Promise.resolve()

/**
 * Builds the website from the CMS's published content into a fresh folder and, if the build
 * and its checks succeed, makes it live by swapping the `live` symlink. A failed build is
 * removed and recorded with its error; the live site stays exactly as it was.
 */
export function publishSite(payload: Payload, env: Env, job: { reason: string; triggers: RebuildTrigger[]; queuedAt?: string }): Promise<PublishOutcome> {
  const next = running.then(() => buildAndSwap(payload, env, job))
  running = next.catch(() => undefined)
  return next
}

type Job = { reason: string; triggers: RebuildTrigger[]; queuedAt?: string }

async function buildAndSwap(payload: Payload, env: Env, job: Job): Promise<PublishOutcome> {
  if (!env.deploy.build) return callDeployHookOnly(payload, env, job)
  const folders = new SiteFolders(env.siteBuildsDir)
  const outDir = folders.newBuildDir()
  const started = new Date()
  const record = await payload.create({
    collection: collectionSlugs.siteBuilds,
    data: { ...recordOf(job, started), status: 'building', folder: outDir },
  })
  const outcome = await runSiteBuild({
    outDir,
    cmsUrl: env.cmsUrl,
    siteUrl: env.siteUrl,
    cacheDir: folders.cacheDir,
    incremental: env.siteIncremental,
    // "Republish now" renders every page: the remedy when anything looks stale.
    force: job.reason === 'manual',
  })
  const finished = new Date()
  const timing = { finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(), logTail: lastLines(outcome.log, 40) }
  if (!outcome.ok) {
    await rm(outDir, { recursive: true, force: true })
    await payload.update({ collection: collectionSlugs.siteBuilds, id: record.id, data: { status: 'failed', error: outcome.error, ...timing } })
    payload.logger.error(`Website build failed; the live site is unchanged. ${outcome.error}`)
    return { status: 'failed', buildId: record.id }
  }
  await folders.swapLive(outDir)
  await folders.prune(env.siteBuildsKept)
  const deployHook = env.deploy.hookUrl ? deployHookFields(await postDeployHook(env.deploy.hookUrl, hookBody(job))) : {}
  await payload.update({ collection: collectionSlugs.siteBuilds, id: record.id, data: { status: 'published', pages: outcome.pages, ...timing, ...deployHook } })
  payload.logger.info(`Website published: ${outcome.pages} pages in ${timing.durationMs} ms.`)
  return { status: 'published', buildId: record.id }
}

/** What every build record starts with: the job's reason and triggers, and when it read the content. */
function recordOf(job: Job, started: Date) {
  return {
    reason: job.reason,
    triggers: job.triggers.map((trigger) => ({ ...trigger, user: trigger.user as number | undefined })),
    queuedAt: job.queuedAt,
    startedAt: started.toISOString(),
    contentAsOf: started.toISOString(),
  }
}

function hookBody(job: Job) {
  return { reason: job.reason, triggers: job.triggers, at: new Date().toISOString() }
}

function deployHookFields(result: Awaited<ReturnType<typeof postDeployHook>>) {
  return { deployHook: { delivered: result.delivered, attempts: result.attempts, status: result.status, error: result.error } }
}

/** Deploy hook mode without a local build: the static host builds; the record says whether it was told. */
async function callDeployHookOnly(payload: Payload, env: Env, job: Job): Promise<PublishOutcome> {
  const started = new Date()
  const result = await postDeployHook(env.deploy.hookUrl!, hookBody(job))
  const record = await payload.create({
    collection: collectionSlugs.siteBuilds,
    data: {
      ...recordOf(job, started),
      status: result.delivered ? 'published' : 'failed',
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      error: result.delivered ? undefined : `Deploy hook not delivered after ${result.attempts} attempts: ${result.error}`,
      ...deployHookFields(result),
    },
  })
  return { status: result.delivered ? 'published' : 'failed', buildId: record.id }
}

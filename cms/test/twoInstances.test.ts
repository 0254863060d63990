import path from 'node:path'

import { rebuildSiteTask } from '@verband/content-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { minimalSiteContent } from './support/fixtures.ts'
import { startTestPayload, type TestEnvironment } from './support/testPayload.ts'
import { until as waitUntil } from './support/until.ts'

/**
 * Two CMS processes on one database, as in the scaled setup: both work the shared jobs queue,
 * and still every queued rebuild runs once and no two builds overlap.
 */

let payload: Payload
let close: () => Promise<void>
let testEnv: TestEnvironment
const servers: CmsServer[] = []

/** Waits for the rebuilds, showing the job rows and both servers' last output when it times out. */
const until = (what: string, check: () => Promise<boolean>, seconds = 240) =>
  waitUntil(what, check, {
    seconds,
    context: async () => `${JSON.stringify(await rebuildJobs(), null, 1).slice(0, 3000)}\n${servers.map((server) => server.output().slice(-2000)).join('\n---\n')}`,
  })

const rebuildJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: rebuildSiteTask } }, pagination: false, depth: 0 })).docs

beforeAll(async () => {
  ;({ payload, close, testEnv } = await startTestPayload())
  await minimalSiteContent(payload)
  // Each instance builds on its own disk, as on two machines.
  for (const name of ['a', 'b']) {
    servers.push(await startCmsServer({ ...testEnv.env, SITE_REBUILD: 'on', SITE_BUILDS_DIR: path.join(testEnv.dir, `site-${name}`) }))
  }
}, 300_000)

afterAll(async () => {
  for (const server of servers) await server.stop()
  await close?.()
})

it('runs every queued rebuild once, never two builds at the same time', async () => {
  // Several rebuilds due at once: both instances' runners reach for them in the same second.
  const queued: string[] = []
  for (let i = 0; i < 4; i++) {
    const job = await payload.jobs.queue({ task: rebuildSiteTask, queue: 'site', input: { reason: `test ${i}`, triggers: [] } })
    queued.push(`${job.id}@${job.createdAt}`)
  }
  // Payload deletes a job once it is done: the queue empties, or only failures remain.
  await until('every rebuild to finish', async () => (await rebuildJobs()).every((job) => job.hasError))
  expect((await rebuildJobs()).map((job) => job.error)).toEqual([])

  // One claim per rebuild that ran (its id and when it was queued), one build per claim: no rebuild ran twice.
  const claims = (await payload.find({ collection: 'site-build-locks', where: { key: { like: 'job:' } }, pagination: false, depth: 0 })).docs.map((claim) => claim.key)
  expect(claims).toEqual(expect.arrayContaining(queued.map((id) => `job:${id}`)))
  const { docs: builds } = await payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, depth: 0 })
  expect(builds.length).toBe(claims.length)
  expect(builds.every((build) => build.status === 'published')).toBe(true)
  for (let i = 1; i < builds.length; i++) {
    expect(Date.parse(builds[i]!.startedAt!), 'a build started before the previous one finished').toBeGreaterThanOrEqual(Date.parse(builds[i - 1]!.finishedAt!))
  }
}, 400_000)

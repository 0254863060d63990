/**
 * `npm run bench:publish`: publish-to-live latency, from the publish API call returning to the
 * new HTML being served by the static server, over repeated publishes of a story on the
 * seeded site, through the real CMS server, its jobs queue and real builds.
 *
 * Options: `--runs N` (default 20), `--synthetic N` adds N stories first (1100 ≈ 10,000 pages).
 * Results: bench/results/publish.json and publish.md at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { freePort, startCmsServer, startTestPayload } from '@verband/cms/testing'
import { exampleStories, seed } from '@verband/seed'

import { percentile, startStaticServerProcess } from './support.ts'
import { addSyntheticStories } from './synthetic.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = path.resolve(siteDir, '../bench/results')
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '20' }, synthetic: { type: 'string', default: '0' } } })
const runs = Number(options.runs)
const synthetic = Number(options.synthetic)

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`not live within ${seconds} s`)
}

async function main() {
  const cms = await startTestPayload()
  await seed(cms.payload)
  const template = exampleStories[0]!
  await addSyntheticStories(cms.payload, synthetic)
  await cms.payload.create({ collection: 'users', data: { email: 'bench@example.org', password: 'a-long-bench-password', name: 'Bench', role: 'editor' } })
  const sitePort = await freePort()
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const server = await startCmsServer({ ...cms.testEnv.env, SITE_REBUILD: 'on', SITE_URL: siteUrl })
  const liveDir = path.join(cms.testEnv.env.SITE_BUILDS_DIR!, 'live')
  const staticServer = await startStaticServerProcess({ root: liveDir, port: sitePort })
  try {
    await until(async () => (await fetch(`${siteUrl}/de/`).catch(() => undefined))?.ok === true, 600)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.org', password: 'a-long-bench-password' }),
    })
    const token = ((await login.json()) as { token: string }).token
    const { docs } = await cms.payload.find({ collection: 'stories', where: { slug: { equals: template.slug } } })
    const storyUrl = `${siteUrl}/de/stories/${template.slug}/`
    const latencies: number[] = []
    for (let run = 1; run <= runs; run++) {
      const title = `Beispiel: Messung ${run} ${Date.now()}`
      const response = await fetch(`${server.url}/api/stories/${docs[0]!.id}?locale=de`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`publish failed: ${response.status}`)
      const published = performance.now()
      await until(async () => (await (await fetch(storyUrl)).text()).includes(title), 600)
      latencies.push(Math.round(performance.now() - published))
      console.log(`publish ${run}: ${latencies.at(-1)} ms`)
      // Let the queue settle so every run measures one publish on an idle pipeline.
      await new Promise((resolve) => setTimeout(resolve, 1500))
    }
    const sorted = [...latencies].sort((a, b) => a - b)
    const pages = Number((await cms.payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs[0]?.pages ?? 0)
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      site: synthetic > 0 ? `seeded + ${synthetic} synthetic stories` : 'seeded',
      mode: 'full build',
      pages,
      runs,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      latenciesMs: latencies,
    }
    const name = synthetic > 0 ? 'publish-synthetic' : 'publish'
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
    const md = [
      '# Publish-to-live benchmark',
      '',
      `${result.date}, ${result.machine.cpus} cores, Node ${result.machine.node}. Produced by \`npm run bench:publish\`.`,
      'From the publish API call returning to the new HTML being served, one publish at a time.',
      '',
      '| site | pages | mode | runs | median | 95th percentile |',
      '| --- | ---: | --- | ---: | ---: | ---: |',
      `| ${result.site} | ${pages} | ${result.mode} | ${runs} | ${(result.medianMs / 1000).toFixed(1)} s | ${(result.p95Ms / 1000).toFixed(1)} s |`,
      '',
    ].join('\n')
    writeFileSync(path.join(resultsDir, `${name}.md`), md)
    console.log(md)
  } finally {
    staticServer.stop()
    await server.stop()
    await cms.close()
  }
}

await main()
process.exit()

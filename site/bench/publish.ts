/**
 * `npm run bench:publish`: publish-to-live latency, from the publish API call returning to the
 * new HTML being served by the static server, over repeated publishes of a story's title,
 * through the real CMS server, its jobs queue and real builds: on the seeded site and on a
 * synthetic site of about 10,000 pages, each with incremental builds (`SITE_INCREMENTAL=on`,
 * the default) and with full builds (`SITE_INCREMENTAL=off`).
 *
 * Options:
 *   --site seeded|synthetic|all   which sites (default all)
 *   --mode incremental|full|all   which build modes (default all)
 *   --runs N                      measured publishes per site and mode (default 20)
 *   --synthetic N                 synthetic stories (default 1100, about 10,000 pages)
 * Results: bench/results/publish.json (a row per site and mode; a run replaces its own rows)
 * and publish.md, with the load average of the machine during each row.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { siteQueueState } from '@verband/cms/publish'
import { freePort, startCmsServer, startTestPayload } from '@verband/cms/testing'
import { exampleStories, seed } from '@verband/seed'
import type { Payload } from 'payload'

import type { BuildPhases } from '../build/buildSite.ts'
import { parseBuildSummary } from '../build/buildSummary.ts'
import { percentile, startStaticServerProcess } from './support.ts'
import { addSyntheticStories } from './synthetic.ts'

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results')
const { values: options } = parseArgs({
  options: {
    site: { type: 'string', default: 'all' },
    mode: { type: 'string', default: 'all' },
    runs: { type: 'string', default: '20' },
    synthetic: { type: 'string', default: '1100' },
  },
})
const sites = (options.site === 'all' ? ['seeded', 'synthetic'] : [options.site]) as ('seeded' | 'synthetic')[]
const modes = (options.mode === 'all' ? ['incremental', 'full'] : [options.mode]) as Mode[]
const runs = Number(options.runs)
const syntheticStories = Number(options.synthetic)
for (const value of [...sites, ...modes]) {
  if (!['seeded', 'synthetic', 'incremental', 'full'].includes(value)) throw new Error(`Unknown --site or --mode: ${value}`)
}

type Mode = 'incremental' | 'full'
type Row = {
  site: string
  mode: Mode
  pages: number
  runs: number
  medianMs: number
  p95Ms: number
  latenciesMs: number[]
  /**
   * The builds behind the publishes: their duration, pages rendered and reused, and steps
   * (medians), and the highest peak memory of all a build's processes (sampled every 100 ms).
   */
  build: { medianMs: number; rendered: number; reused: number; phasesMs: BuildPhases; peakMemoryMiB: number }
  /** 1-minute load average when the row started and ended: other work on the machine skews figures. */
  loadAverage: [number, number]
  date: string
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function until(what: string, check: () => Promise<boolean>, timeoutSeconds: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`${what}: not within ${timeoutSeconds} s`)
}

/** No rebuild running or due (a rebuild booked for an embargo's end later does not count). */
const queueSettled = async (payload: Payload) => !(await siteQueueState(payload)).active

async function measure(cms: Awaited<ReturnType<typeof startTestPayload>>, site: string, mode: Mode, count: number): Promise<Row> {
  const loadBefore = os.loadavg()[0]!
  const buildsDir = path.join(cms.testEnv.dir, `site-${mode}`)
  const sitePort = await freePort()
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const staticServer = await startStaticServerProcess({ root: path.join(buildsDir, 'live'), port: sitePort })
  const server = await startCmsServer({
    ...cms.testEnv.env,
    SITE_REBUILD: 'on',
    SITE_URL: siteUrl,
    SITE_BUILDS_DIR: buildsDir,
    SITE_INCREMENTAL: mode === 'incremental' ? 'on' : 'off',
  })
  const payload = cms.payload
  try {
    // The server builds the never-built site when it starts.
    await until('the first build', async () => (await fetch(`${siteUrl}/de/`).catch(() => undefined))?.ok === true, 900, 250)
    await until('the first build to settle', () => queueSettled(payload), 900, 250)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.org', password: 'a-long-bench-password' }),
    })
    const token = ((await login.json()) as { token: string }).token
    const template = exampleStories[0]!
    const { docs } = await payload.find({ collection: 'stories', where: { slug: { equals: template.slug } } })
    const storyUrl = `${siteUrl}/de/stories/${template.slug}/`
    const { docs: before } = await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, depth: 0 })
    const firstBuild = before[0]?.startedAt ?? ''

    const latencies: number[] = []
    // One unmeasured publish first: the first build after the start warms up processes and caches.
    for (let run = 0; run <= count; run++) {
      const title = `Beispiel: Messung ${run} ${Date.now()}`
      const response = await fetch(`${server.url}/api/stories/${docs[0]!.id}?locale=de`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
      const published = performance.now()
      await until(`publish ${run} live`, async () => (await (await fetch(storyUrl)).text()).includes(title), 900)
      const latency = Math.round(performance.now() - published)
      if (run > 0) latencies.push(latency)
      console.log(`${site}, ${mode} builds, publish ${run || 'warm-up'}: ${latency} ms`)
      // Let the queue settle so that every run measures one publish on an idle pipeline.
      await until('the queue to settle', () => queueSettled(payload), 900, 100)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }

    const { docs: records } = await payload.find({
      collection: 'site-builds',
      where: { and: [{ startedAt: { greater_than: firstBuild } }, { status: { equals: 'published' } }] },
      sort: 'startedAt',
      pagination: false,
      depth: 0,
    })
    const measured = records.slice(1) // without the warm-up
    const figures = measured.map((record) => parseBuildSummary(record.logTail ?? '')).filter((figure) => figure !== undefined)
    const sorted = [...latencies].sort((a, b) => a - b)
    return {
      site,
      mode,
      pages: Number(measured.at(-1)?.pages ?? 0),
      runs: latencies.length,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      latenciesMs: latencies,
      build: {
        medianMs: median(measured.map((record) => record.durationMs ?? 0)),
        rendered: median(figures.map((figure) => figure.rendered)),
        reused: median(figures.map((figure) => figure.reused)),
        phasesMs: {
          astro: median(figures.map((figure) => figure.phases.astro)),
          search: median(figures.map((figure) => figure.phases.search)),
          check: median(figures.map((figure) => figure.phases.check)),
          compress: median(figures.map((figure) => figure.phases.compress)),
        },
        peakMemoryMiB: Math.max(0, ...figures.map((figure) => figure.peakMemoryMiB)),
      },
      loadAverage: [Number(loadBefore.toFixed(2)), Number(os.loadavg()[0]!.toFixed(2))],
      date: new Date().toISOString(),
    }
  } finally {
    staticServer.stop()
    await server.stop()
  }
}

function writeResults(rows: Row[]) {
  const file = path.join(resultsDir, 'publish.json')
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { rows?: Row[] }) : {}
  const kept = (previous.rows ?? []).filter((row) => !rows.some((fresh) => fresh.site === row.site && fresh.mode === row.mode))
  const order = (row: Row) => `${row.site === 'seeded' ? 0 : 1}${row.mode === 'incremental' ? 0 : 1}`
  const all = [...kept, ...rows].sort((a, b) => order(a).localeCompare(order(b)))
  const machine = { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(file, `${JSON.stringify({ machine, rows: all }, null, 2)}\n`)
  const md = [
    '# Publish-to-live benchmark',
    '',
    `${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Produced by \`npm run bench:publish\`.`,
    'From the publish API call returning to the new HTML being served, one publish at a time (after one unmeasured',
    'warm-up publish), through the real CMS server, its jobs queue and real builds. "incremental" is the default',
    '(`SITE_INCREMENTAL=on`): only pages whose cache key or code changed are rendered; "full" renders every page.',
    'The build columns are medians over the same publishes: how long the build took, how many pages Astro rendered',
    'and reused, and its steps (Astro, the Pagefind index, the link check and the compression of changed files);',
    'memory is the highest peak of any of these builds, all its processes together (resident, sampled every 100 ms).',
    'Load is the 1-minute load average at the start and end of the row: other work on this shared machine skews',
    'the figures.',
    '',
    '| site | pages | builds | runs | median | 95th percentile | build | rendered / reused | astro | search | check | compress | memory | load | date |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...all.map((row) =>
      [
        '',
        row.site,
        row.pages,
        row.mode,
        row.runs,
        seconds(row.medianMs),
        seconds(row.p95Ms),
        seconds(row.build.medianMs),
        `${row.build.rendered} / ${row.build.reused}`,
        seconds(row.build.phasesMs.astro),
        seconds(row.build.phasesMs.search),
        seconds(row.build.phasesMs.check),
        seconds(row.build.phasesMs.compress),
        row.build.peakMemoryMiB ? `${row.build.peakMemoryMiB} MiB` : '–',
        `${row.loadAverage[0]} → ${row.loadAverage[1]}`,
        row.date.slice(0, 16).replace('T', ' '),
        '',
      ].join(' | ').trim(),
    ),
    '',
  ].join('\n')
  writeFileSync(path.join(resultsDir, 'publish.md'), md)
  console.log(md)
}

/** One Payload per process: each site is measured in a process of its own, and its rows join the results file. */
function measureInChildProcess(site: string): Promise<void> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--site', site, '--mode', options.mode, '--runs', options.runs, '--synthetic', options.synthetic]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`measuring the ${site} site failed (exit ${code})`))))
  })
}

async function main() {
  if (sites.length > 1) {
    for (const site of sites) await measureInChildProcess(site)
    return
  }
  const rows: Row[] = []
  for (const site of sites) {
    const cms = await startTestPayload()
    try {
      await seed(cms.payload)
      if (site === 'synthetic') await addSyntheticStories(cms.payload, syntheticStories)
      await cms.payload.create({ collection: 'users', data: { email: 'bench@example.org', password: 'a-long-bench-password', name: 'Bench', role: 'editor' } })
      const name = site === 'synthetic' ? `seeded + ${syntheticStories} synthetic stories` : 'seeded'
      for (const mode of modes) {
        rows.push(await measure(cms, name, mode, runs))
        writeResults(rows)
      }
    } finally {
      await cms.close()
    }
  }
}

await main()
process.exit()

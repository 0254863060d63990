/**
 * `npm run bench:load`: how the CMS's REST API and the static website hold up under
 * concurrent readers, on localhost.
 *
 * A throwaway seeded CMS runs as the production build (`next start`, its own process), the
 * website is built from it and served by the static server (its own process), and autocannon
 * drives each scenario with concurrent connections for a fixed time after a short warm-up:
 * (a) published REST reads with a locale and depth, (b) a mix of website pages in every
 * locale, asked for with Brotli as browsers do, (c) public media: the listing and files by name. Per scenario: requests per second, latency
 * p50/p95/p99, errors, and the CMS's resident memory (the `next start` process tree, sampled
 * from /proc during the run).
 *
 * Options: `--connections N` (default 10), `--duration S` per scenario (default 15),
 * `--warmup S` (default 3). Results: bench/results/load.json and load.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { localeCodes } from '@verband/content-types'
import { freePort, startCmsServer, startTestPayload } from '@verband/cms/testing'
import { examplePressReleases, exampleStories, seed } from '@verband/seed'
import autocannon from 'autocannon'

import { buildSite } from '../build/buildSite.ts'
import { feedPath, pagePath, type Page } from '../src/lib/routes.ts'
import { sampleMemory, treeRssMiB } from '../build/processMemory.ts'
import { percentile, startStaticServerProcess } from './support.ts'

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results')
const { values: options } = parseArgs({
  options: { connections: { type: 'string', default: '10' }, duration: { type: 'string', default: '15' }, warmup: { type: 'string', default: '3' } },
})
const connections = Number(options.connections)
const durationSeconds = Number(options.duration)
const warmupSeconds = Number(options.warmup)

type Scenario = { name: string; target: 'cms' | 'site'; paths: string[]; headers?: Record<string, string>; files?: boolean }

type Measured = {
  name: string
  target: 'cms' | 'site'
  paths: number
  requests: number
  requestsPerSecond: number
  latencyMs: { p50: number; p95: number; p99: number; max: number }
  non2xx: number
  errors: number
  timeouts: number
  cmsMemoryMiB: { peak: number; mean: number }
}

/** Published reads, as the website's build and any other client make them (no login: published only). */
const cmsScenarios: Scenario[] = [
  { name: 'REST: 10 stories, Arabic, depth 1', target: 'cms', paths: ['/api/stories?locale=ar&depth=1&limit=10'] },
  { name: 'REST: press releases, German, depth 2', target: 'cms', paths: ['/api/press-releases?locale=de&depth=2'] },
  { name: 'REST: Leitbild global, Farsi', target: 'cms', paths: ['/api/globals/leitbild?locale=fa'] },
]

/**
 * Public media as anyone fetches them: a listing, and a photo's original and web size by file
 * name. Each file request passes the media access rule (a file is public only while a published
 * document uses it), so these show what that rule costs.
 */
async function mediaScenarios(payload: Parameters<typeof seed>[0]): Promise<Scenario[]> {
  const { docs } = await payload.find({ collection: 'media', where: { mimeType: { equals: 'image/jpeg' } }, overrideAccess: false, limit: 1, depth: 0 })
  const photo = docs[0]
  if (!photo?.filename || !photo.sizes?.thumbnail?.filename) throw new Error('The seeded CMS shows the public no JPEG photo with a thumbnail')
  return [
    { name: 'REST: media list, 20 files', target: 'cms', paths: ['/api/media?limit=20&depth=0'] },
    { name: 'Media file: photo original and thumbnail', target: 'cms', files: true, paths: [`/api/media/file/${photo.filename}`, `/api/media/file/${photo.sizes.thumbnail.filename}`] },
  ]
}

/** Every page type a visitor reads, in every locale, plus the feeds and the sitemap. */
function sitePaths(): string[] {
  const pages: Page[] = [
    { kind: 'home' },
    { kind: 'leitbild' },
    { kind: 'stories' },
    { kind: 'story', slug: exampleStories[0]!.slug },
    { kind: 'press' },
    { kind: 'pressRelease', slug: examplePressReleases[0]!.slug },
    { kind: 'partners' },
    { kind: 'contact' },
  ]
  return [...localeCodes.flatMap((locale) => [...pages.map((page) => pagePath(locale, page)), feedPath(locale, 'stories')]), '/sitemap.xml']
}

async function drive(url: string, scenario: Scenario, seconds: number) {
  // autocannon's summary has no 95th percentile: every response time is kept instead (ms).
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: scenario.headers,
        // Each connection goes through the list in turn: a mix, not one hot page.
        requests: scenario.paths.map((requestPath) => ({ method: 'GET', path: requestPath })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  return { result, latencies: latencies.sort((a, b) => a - b) }
}

async function measure(url: string, scenario: Scenario, cmsPid: number): Promise<Measured> {
  console.log(`${scenario.name}: warm-up ${warmupSeconds} s, then ${durationSeconds} s with ${connections} connections …`)
  await drive(url, scenario, warmupSeconds)
  const memory = sampleMemory(cmsPid)
  const { result, latencies } = await drive(url, scenario, durationSeconds)
  const cmsMemory = memory.stop()
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    name: scenario.name,
    target: scenario.target,
    paths: scenario.paths.length,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / durationSeconds),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1)!) },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cmsMemoryMiB: { peak: cmsMemory.peakMiB, mean: cmsMemory.meanMiB },
  }
}

/** Fails the run if a scenario does not answer what it should: figures of errors are no figures. */
async function checkAnswers(url: string, scenario: Scenario): Promise<void> {
  for (const requestPath of scenario.paths) {
    const response = await fetch(new URL(requestPath, url))
    if (!response.ok) throw new Error(`${scenario.name}: ${requestPath} answers ${response.status}`)
    if (scenario.target === 'cms' && !scenario.files) {
      const body = (await response.json()) as { docs?: unknown[]; id?: unknown }
      if (!(body.docs?.length || body.id)) throw new Error(`${scenario.name}: ${requestPath} returns no content`)
    }
  }
}

async function main() {
  const cms = await startTestPayload()
  await seed(cms.payload)
  const server = await startCmsServer(cms.testEnv.env)
  const workDir = mkdtempSync(path.join(tmpdir(), 'verband-load-'))
  const outDir = path.join(workDir, 'site')
  const port = await freePort()
  const siteUrl = `http://127.0.0.1:${port}`
  const staticServer = await startStaticServerProcess({ root: outDir, port })
  try {
    console.log('Building the website from the seeded CMS …')
    const build = await buildSite({ outDir, cmsUrl: server.url, siteUrl })
    const siteScenario: Scenario = { name: `Website: ${sitePaths().length} pages in ${localeCodes.length} locales (Brotli)`, target: 'site', paths: sitePaths(), headers: { 'accept-encoding': 'br, gzip' } }
    const cmsReads = [...cmsScenarios, ...(await mediaScenarios(cms.payload))]
    for (const scenario of cmsReads) await checkAnswers(server.url, scenario)
    await checkAnswers(siteUrl, siteScenario)

    const idleMiB = Math.round(treeRssMiB(server.pid))
    // How busy the machine was already (other builds and tests share it): a hint at the noise.
    const loadAverage = Math.round(os.loadavg()[0]! * 10) / 10
    const measured: Measured[] = []
    for (const scenario of cmsReads) measured.push(await measure(server.url, scenario, server.pid))
    measured.push(await measure(siteUrl, siteScenario, server.pid))

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage },
      setup: {
        connections,
        durationSeconds,
        warmupSeconds,
        client: 'autocannon, in the benchmark process on the same machine',
        cms: 'next start (production build), SQLite, seeded',
        site: `static server (site/server), ${build.pages} pages built`,
      },
      cmsMemoryIdleMiB: idleMiB,
      scenarios: measured,
    }
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(path.join(resultsDir, 'load.json'), `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(path.join(resultsDir, 'load.md'), markdown(results))
    console.log(markdown(results))
    const failed = measured.filter((scenario) => scenario.non2xx + scenario.errors + scenario.timeouts > 0)
    if (failed.length > 0) {
      console.error(`Errors under load: ${failed.map((scenario) => scenario.name).join('; ')}`)
      process.exitCode = 1
    }
  } finally {
    staticServer.stop()
    await server.stop()
    await cms.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}

function markdown(results: {
  date: string
  machine: { cpus: number; memoryGiB: number; node: string; loadAverage: number }
  setup: { connections: number; durationSeconds: number; warmupSeconds: number }
  cmsMemoryIdleMiB: number
  scenarios: Measured[]
}): string {
  const { machine, setup } = results
  return [
    '# Load benchmark',
    '',
    `${results.date}, ${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Produced by \`npm run bench:load\`.`,
    `${setup.connections} concurrent connections per scenario, ${setup.durationSeconds} s each after ${setup.warmupSeconds} s of warm-up. The load generator, the CMS and the static server share the same ${machine.cpus} cores, and other builds and tests may be running (load average ${machine.loadAverage} before the run): read the figures as an order of magnitude.`,
    '',
    '| scenario | requests/s | p50 ms | p95 ms | p99 ms | errors | CMS RSS peak (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.scenarios.map(
      (s) => `| ${s.name} | ${s.requestsPerSecond} | ${s.latencyMs.p50} | ${s.latencyMs.p95} | ${s.latencyMs.p99} | ${s.non2xx + s.errors + s.timeouts} | ${s.cmsMemoryMiB.peak} |`,
    ),
    '',
    `CMS resident memory (the \`next start\` process tree) before the load: ${results.cmsMemoryIdleMiB} MiB.`,
    '',
  ].join('\n')
}

await main()
process.exit()

/**
 * `npm run bench:site`: how fast the website builds and how light and good its pages are.
 *
 * - full builds of the seeded site (cold and with a warm image cache) and of a synthetic site
 *   of about 10,000 pages: time, pages per second, time per step and the peak memory of all
 *   the build's processes;
 * - compressed weight per page type (Brotli, as a phone loads it), held against budgets;
 * - Lighthouse scores (mobile) for home, a story and a press release in German and Arabic.
 *
 * Everything runs on localhost against a throwaway CMS. Results: bench/results/site.json and
 * bench/results/site.md at the repository root.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants } from 'node:zlib'

import { freePort, startCmsServer, startTestPayload } from '@verband/cms/testing'
import { examplePressReleases, exampleStories, seed } from '@verband/seed'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import type { BuildPhases } from '../build/buildSite.ts'
import { createStaticServer } from '../server/staticServer.ts'
import { pagePath, type Page } from '../src/lib/routes.ts'
import { chromiumFlags, chromiumPath, launchBrowser } from '../test/support/browser.ts'
import { runBuildProcess } from './support.ts'
import { addSyntheticStories } from './synthetic.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = path.resolve(siteDir, '..')
const resultsDir = path.join(repoRoot, 'bench/results')
const syntheticStories = 1100 // × 9 locales ≈ 10,000 pages

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other'
type Weight = { type: string; path: string; kb: Record<Kind, number>; totalKb: number; budgetKb: number; jsBudgetKb: number; withinBudget: boolean }

/** Budgets in KB after Brotli, for a phone (390 px wide) loading the page once. */
const pageTypes: Array<{ type: string; page: Page; budgetKb: number; jsBudgetKb: number }> = [
  { type: 'home', page: { kind: 'home' }, budgetKb: 220, jsBudgetKb: 0 },
  { type: 'leitbild', page: { kind: 'leitbild' }, budgetKb: 120, jsBudgetKb: 0 },
  // The only page with a React island (the filter): React's runtime is most of its weight.
  { type: 'stories index', page: { kind: 'stories' }, budgetKb: 320, jsBudgetKb: 110 },
  { type: 'story', page: { kind: 'story', slug: exampleStories[0]!.slug }, budgetKb: 180, jsBudgetKb: 0 },
  // The press list form names every language in its own script (the Arabic font comes along)
  // and, like every form, times its filling in with a small script (spam protection).
  { type: 'press index', page: { kind: 'press' }, budgetKb: 160, jsBudgetKb: 1 },
  { type: 'press release', page: { kind: 'pressRelease', slug: examplePressReleases[0]!.slug }, budgetKb: 200, jsBudgetKb: 1 },
  { type: 'partners', page: { kind: 'partners' }, budgetKb: 120, jsBudgetKb: 0 },
  { type: 'contact', page: { kind: 'contact' }, budgetKb: 120, jsBudgetKb: 1 },
  { type: 'search', page: { kind: 'search' }, budgetKb: 200, jsBudgetKb: 120 },
]

function kindOf(contentType: string): Kind {
  if (contentType.includes('html')) return 'html'
  if (contentType.includes('css')) return 'css'
  if (contentType.includes('javascript') || contentType.includes('wasm')) return 'js'
  if (contentType.includes('font')) return 'font'
  if (contentType.startsWith('image/')) return 'image'
  return 'other'
}

const compressible = (kind: Kind) => kind === 'html' || kind === 'css' || kind === 'js'

async function measureWeights(siteUrl: string): Promise<Weight[]> {
  const browser = await launchBrowser()
  const weights: Weight[] = []
  for (const entry of pageTypes) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
    const page = await context.newPage()
    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 }
    const pending: Promise<void>[] = []
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0))
          const kind = kindOf(response.headers()['content-type'] ?? '')
          const size = compressible(kind) ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : body.length
          bytes[kind] += size
        })(),
      )
    })
    const urlPath = pagePath('de', entry.page)
    await page.goto(new URL(urlPath, siteUrl).href, { waitUntil: 'networkidle' })
    await Promise.all(pending)
    await context.close()
    const kb = Object.fromEntries(Object.entries(bytes).map(([kind, value]) => [kind, Math.round((value / 1024) * 10) / 10])) as Record<Kind, number>
    const totalKb = Math.round(Object.values(kb).reduce((sum, value) => sum + value, 0) * 10) / 10
    weights.push({ type: entry.type, path: urlPath, kb, totalKb, budgetKb: entry.budgetKb, jsBudgetKb: entry.jsBudgetKb, withinBudget: totalKb <= entry.budgetKb && kb.js <= entry.jsBudgetKb })
  }
  await browser.close()
  return weights
}

type Scores = { page: string; locale: string; path: string; performance: number; accessibility: number; bestPractices: number; seo: number }

async function measureLighthouse(siteUrl: string): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: await chromiumPath(), chromeFlags: chromiumFlags })
  const scores: Scores[] = []
  try {
    for (const locale of ['de', 'ar'] as const) {
      for (const [name, page] of [
        ['home', { kind: 'home' }],
        ['story', { kind: 'story', slug: exampleStories[0]!.slug }],
        ['press release', { kind: 'pressRelease', slug: examplePressReleases[0]!.slug }],
      ] as Array<[string, Page]>) {
        const urlPath = pagePath(locale, page)
        const result = await lighthouse(new URL(urlPath, siteUrl).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        const categories = result?.lhr.categories ?? {}
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
        const failed = Object.values(result?.lhr.audits ?? {})
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
          .map((audit) => audit.id)
        if (failed.length > 0) console.log(`  ${locale} ${name}: audits below 1: ${failed.join(', ')}`)
        scores.push({ page: name, locale, path: urlPath, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') })
      }
    }
  } finally {
    chrome.kill()
  }
  return scores
}

type Build = { pages: number; seconds: number; pagesPerSecond: number; stepsSeconds: Record<keyof BuildPhases, number>; peakMemoryMiB: number }

async function timedBuild(outDir: string, cmsUrl: string, siteUrl: string): Promise<Build> {
  rmSync(outDir, { recursive: true, force: true })
  const result = await runBuildProcess({ outDir, cmsUrl, siteUrl })
  const seconds = (ms: number) => Math.round(ms / 100) / 10
  return {
    pages: result.pages,
    seconds: seconds(result.durationMs),
    pagesPerSecond: Math.round(result.pages / (result.durationMs / 1000)),
    stepsSeconds: { astro: seconds(result.phases.astro), search: seconds(result.phases.search), check: seconds(result.phases.check), compress: seconds(result.phases.compress) },
    peakMemoryMiB: result.peakMemoryMiB,
  }
}

async function main() {
  const cms = await startTestPayload()
  await seed(cms.payload)
  const server = await startCmsServer(cms.testEnv.env)
  const workDir = mkdtempSync(path.join(tmpdir(), 'verband-bench-'))
  const outDir = path.join(workDir, 'site')
  const port = await freePort()
  const siteUrl = `http://127.0.0.1:${port}`
  const staticServer: Server = createStaticServer({ root: () => outDir })
  await new Promise<void>((resolve) => staticServer.listen(port, '127.0.0.1', resolve))

  try {
    console.log('Seeded site: first build (empty image cache) …')
    rmSync(path.join(siteDir, '.cache'), { recursive: true, force: true })
    const seededFirst = await timedBuild(outDir, server.url, siteUrl)
    console.log('Seeded site: second build (warm image cache) …')
    const seededWarm = await timedBuild(outDir, server.url, siteUrl)
    console.log('Page weights …')
    const weights = await measureWeights(siteUrl)
    console.log('Lighthouse …')
    const lighthouseScores = await measureLighthouse(siteUrl)

    console.log(`Synthetic site: adding ${syntheticStories} stories …`)
    await addSyntheticStories(cms.payload, syntheticStories)
    console.log('Synthetic site: build …')
    const synthetic = await timedBuild(outDir, server.url, siteUrl)

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      builds: { seededFirst, seededWarm, synthetic },
      weights,
      lighthouse: lighthouseScores,
    }
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(path.join(resultsDir, 'site.json'), `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(path.join(resultsDir, 'site.md'), markdown(results))
    console.log(markdown(results))
    const overBudget = weights.filter((weight) => !weight.withinBudget)
    if (overBudget.length > 0) {
      console.error(`Over budget: ${overBudget.map((weight) => weight.type).join(', ')}`)
      process.exitCode = 1
    }
  } finally {
    await new Promise((resolve) => staticServer.close(resolve))
    await server.stop()
    await cms.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}

function markdown(results: {
  date: string
  machine: { cpus: number; memoryGiB: number; node: string }
  builds: Record<string, Build>
  weights: Weight[]
  lighthouse: Scores[]
}): string {
  const lines = [
    `# Website benchmark`,
    '',
    `${results.date}, ${results.machine.cpus} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}. Produced by \`npm run bench:site\`.`,
    '',
    '## Full builds (astro build, Pagefind, checks, compression)',
    '',
    'Each build in a process of its own, as the CMS runs it. Steps in seconds: Astro, the Pagefind index and the',
    'compression run partly at the same time, so they add up to more than the whole. Memory: the peak of all the',
    'build\'s processes together (resident, sampled every 100 ms).',
    '',
    '| build | pages | seconds | pages/s | astro | search | check | compress | peak memory (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(results.builds).map(
      ([name, build]) =>
        `| ${name} | ${build.pages} | ${build.seconds} | ${build.pagesPerSecond} | ${build.stepsSeconds.astro} | ${build.stepsSeconds.search} | ${build.stepsSeconds.check} | ${build.stepsSeconds.compress} | ${build.peakMemoryMiB} |`,
    ),
    '',
    '## Weight per page type (German, phone, Brotli for text; KB)',
    '',
    '| page type | HTML | CSS | JS | fonts | images | total | budget | within |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.weights.map(
      (w) => `| ${w.type} | ${w.kb.html} | ${w.kb.css} | ${w.kb.js} | ${w.kb.font} | ${w.kb.image} | ${w.totalKb} | ${w.budgetKb} (JS ${w.jsBudgetKb}) | ${w.withinBudget ? 'yes' : '**no**'} |`,
    ),
    '',
    '## Lighthouse (mobile)',
    '',
    '| page | locale | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...results.lighthouse.map((s) => `| ${s.page} | ${s.locale} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`),
    '',
  ]
  return lines.join('\n')
}

await main()
process.exit()

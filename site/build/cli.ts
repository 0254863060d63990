/**
 * `npm run build:static -w @verband/site`: builds the site from the CMS at CMS_URL into
 * SITE_OUT_DIR (default dist/), incrementally unless SITE_INCREMENTAL=off, with Astro's
 * cache in SITE_CACHE_DIR (default .cache/). `-- --force` renders every page all the same.
 *
 * Its last line sums the build up: pages, time per step and the peak memory of the whole
 * build (this process, Astro's and Pagefind's), which the CMS keeps with the build's record
 * and the benchmarks read.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { siteEnv } from '../src/env.ts'
import { buildSite } from './buildSite.ts'
import { formatBuildSummary } from './buildSummary.ts'
import { sampleMemory } from './processMemory.ts'

const env = siteEnv()
const outDir = path.resolve(env.outDir)
const { values: args } = parseArgs({ options: { force: { type: 'boolean', default: false } } })
// Every 100 ms: Astro's and Pagefind's processes come and go within the build.
const memory = sampleMemory(process.pid, 100)
try {
  const result = await buildSite({
    outDir,
    cmsUrl: env.cmsUrl,
    siteUrl: env.siteUrl,
    cacheDir: env.cacheDir,
    incremental: env.incremental,
    force: args.force,
    log: (line) => console.log(line),
  })
  console.log(formatBuildSummary(result, outDir, memory.stop().peakMiB))
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

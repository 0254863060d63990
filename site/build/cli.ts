/**
 * `npm run build:static -w @verband/site`: builds the site from the CMS at CMS_URL into
 * SITE_OUT_DIR (default dist/), incrementally unless SITE_INCREMENTAL=off, with Astro's
 * cache in SITE_CACHE_DIR (default .cache/). `-- --force` renders every page all the same.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { siteEnv } from '../src/env.ts'
import { buildSite } from './buildSite.ts'

const env = siteEnv()
const outDir = path.resolve(env.outDir)
const { values: args } = parseArgs({ options: { force: { type: 'boolean', default: false } } })
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
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
  const { astro, search, check, compress } = result.phases
  console.log(
    `Built ${result.pages} pages (${result.rendered} rendered, ${result.reused} reused) into ${outDir} in ${seconds(result.durationMs)}: ` +
      `astro ${seconds(astro)}, search index ${seconds(search)} (${result.search.indexed} of ${result.search.shards} shards indexed), ` +
      `check ${seconds(check)}, compression ${seconds(compress)}.`,
  )
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

/** `npm run build:static -w @verband/site`: builds the site from the CMS at CMS_URL into SITE_OUT_DIR (default dist/). */
import path from 'node:path'

import { siteEnv } from '../src/env.ts'
import { buildSite } from './buildSite.ts'

const env = siteEnv()
const outDir = path.resolve(env.outDir)
try {
  const result = await buildSite({ outDir, cmsUrl: env.cmsUrl, siteUrl: env.siteUrl, log: (line) => console.log(line) })
  console.log(`Built ${result.pages} pages into ${outDir} in ${(result.durationMs / 1000).toFixed(1)} s.`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

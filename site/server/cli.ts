/** Serves the built site (SITE_OUT_DIR, default dist/) on PORT (default 4321). */
import path from 'node:path'

import { siteEnv } from '../src/env.ts'
import { createStaticServer } from './staticServer.ts'

const root = path.resolve(siteEnv().outDir)
const port = Number(process.env.SITE_PORT ?? 4321)
createStaticServer({ root: () => root }).listen(port, () => console.log(`Website on http://localhost:${port} (serving ${root})`))

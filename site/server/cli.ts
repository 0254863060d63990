/**
 * Serves the website on SITE_PORT (default 4321) from SITE_ROOT: the `live` symlink the CMS's
 * publish pipeline swaps (`npm start` sets it), or a folder built by hand (default dist/).
 * The root is resolved on every request, so each new build is served without a restart.
 */
import path from 'node:path'

import { createStaticServer } from './staticServer.ts'

const root = path.resolve(process.env.SITE_ROOT ?? 'dist')
const port = Number(process.env.SITE_PORT ?? 4321)
createStaticServer({ root: () => root }).listen(port, () => console.log(`Website on http://localhost:${port} (serving ${root})`))

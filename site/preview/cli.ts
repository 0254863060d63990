/**
 * Serves the draft preview on PREVIEW_PORT (default 4322) from the preview build in
 * PREVIEW_OUT_DIR (default preview/dist: `npm run build:preview`), reading the CMS at CMS_URL.
 */
import path from 'node:path'

import { createPreviewServer, previewBase } from './server.ts'

const port = Number(process.env.PREVIEW_PORT || 4322)
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Invalid preview configuration: PREVIEW_PORT must be a port number, got "${process.env.PREVIEW_PORT}"`)
const distDir = path.resolve(process.env.PREVIEW_OUT_DIR || 'preview/dist')
const server = await createPreviewServer({ distDir })
server.listen(port, () => console.log(`Draft preview on http://localhost:${port}${previewBase} (logged-in editors only)`))

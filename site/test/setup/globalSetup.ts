import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, startCmsServer, startTestPayload } from '@verband/cms/testing'
import { seed } from '@verband/seed'
import type { TestProject } from 'vitest/node'

import { buildSite } from '../../build/buildSite.ts'
import { createStaticServer } from '../../server/staticServer.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    outDir: string
    /** The throwaway CMS's environment (database, media folder), for tests that open it themselves. */
    cmsEnv: Record<string, string>
    /** Where the CMS's preview button leads: test/preview.test.ts starts the draft preview there. */
    previewUrl: string
  }
}

/**
 * Once for the whole site suite: a throwaway CMS database seeded by the real seed, the real
 * CMS server, a real `astro build` (with Pagefind) from it, and the static server on it.
 */
export default async function setup(project: TestProject) {
  const cms = await startTestPayload()
  await seed(cms.payload)
  const outDir = mkdtempSync(path.join(tmpdir(), 'verband-site-'))
  const port = await freePort()
  const siteUrl = `http://127.0.0.1:${port}`
  // The admin's preview button leads there (test/preview.test.ts starts the preview server).
  const previewUrl = `http://127.0.0.1:${await freePort()}`
  // The CMS takes form posts from the website's origin only.
  const server = await startCmsServer({ ...cms.testEnv.env, SITE_URL: siteUrl, PREVIEW_URL: previewUrl })
  await buildSite({ outDir, cmsUrl: server.url, siteUrl })
  const staticServer: Server = createStaticServer({ root: () => outDir })
  await new Promise<void>((resolve) => staticServer.listen(port, '127.0.0.1', resolve))

  project.provide('siteUrl', siteUrl)
  project.provide('cmsUrl', server.url)
  project.provide('outDir', outDir)
  project.provide('cmsEnv', cms.testEnv.env)
  project.provide('previewUrl', previewUrl)

  return async () => {
    await new Promise((resolve) => staticServer.close(resolve))
    await server.stop()
    await cms.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}

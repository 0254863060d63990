import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

import { checkSite } from './checkSite.ts'
import { precompress } from './precompress.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const astroBin = path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')

export type BuildOptions = { outDir: string; cmsUrl: string; siteUrl: string; log?: (line: string) => void }
export type BuildResult = { pages: number; durationMs: number; log: string }

export class SiteBuildError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'SiteBuildError'
  }
}

function runAstroBuild(options: BuildOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: siteDir,
      env: {
        ...process.env,
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      for (const line of chunk.toString().split('\n')) if (line.trim()) options.log?.(line)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new SiteBuildError(`astro build failed (exit ${code}): ${lastLines(output)}`, output)),
    )
  })
}

function lastLines(text: string, count = 15): string {
  return text.trim().split('\n').slice(-count).join('\n')
}

/** Indexes the built pages for search: Pagefind writes one index per page language. */
async function indexForSearch(outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: outDir })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await pagefind.close()
}

/**
 * Builds the website from the CMS's published content into `outDir`, indexes it for search,
 * checks it and precompresses it. Throws (with the build log) on any failure; the folder is then unusable and
 * must not be published.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = Date.now()
  const log = await runAstroBuild(options)
  await indexForSearch(options.outDir)
  const check = await checkSite(options.outDir)
  if (check.pages === 0) throw new SiteBuildError('The build produced no pages', log)
  if (check.brokenLinks.length > 0) {
    const sample = check.brokenLinks.slice(0, 10).map((link) => `${link.page} → ${link.href}`).join('\n')
    throw new SiteBuildError(`The build has ${check.brokenLinks.length} broken internal links:\n${sample}`, log)
  }
  await precompress(options.outDir)
  return { pages: check.pages, durationMs: Date.now() - started, log }
}

import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { brokenLinks, scanSite } from './checkSite.ts'
import { pruneCompressedCache } from './compressedCache.ts'
import { precompress } from './precompress.ts'
import { indexForSearch, type SearchIndexResult } from './searchIndex.ts'
import { writeSecurityHeaders } from './securityHeaders.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const astroBin = path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')

export type BuildOptions = {
  outDir: string
  cmsUrl: string
  siteUrl: string
  /**
   * Astro's cache folder (default `site/.cache`): encoded images, compressed files and, for
   * incremental builds, the pages of the previous build. Builds that share it must not run
   * at the same time.
   */
  cacheDir?: string
  /** Reuse the pages of the previous build (in `cacheDir`) whose cache key and code are unchanged. */
  incremental?: boolean
  /** With `incremental`: render every page all the same, and keep them for the next build. */
  force?: boolean
  /** About how many searchable pages go into one search index shard (tests use small shards). */
  searchPagesPerShard?: number
  log?: (line: string) => void
}

/** How long each step took, in milliseconds. */
export type BuildPhases = { astro: number; search: number; check: number; compress: number }

export type BuildResult = {
  pages: number
  /** Pages Astro rendered, and pages it reused from the previous build (incremental builds). */
  rendered: number
  reused: number
  /** Search index shards, how many were indexed anew, and the searchable pages. */
  search: SearchIndexResult
  durationMs: number
  phases: BuildPhases
  log: string
}

export class SiteBuildError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'SiteBuildError'
  }
}

function runAstroBuild(options: BuildOptions & { cacheDir: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, [astroBin, 'build', ...(options.force ? ['--force'] : [])], {
      cwd: siteDir,
      env: {
        ...process.env,
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        SITE_INCREMENTAL: options.incremental ? 'on' : 'off',
        // Pages are compressed into this cache while Astro renders them (src/middleware.ts).
        SITE_COMPRESS_CACHE: options.cacheDir,
        SITE_COMPRESS_WORKER: path.join(siteDir, 'build/compressWorker.ts'),
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

export function lastLines(text: string, count = 15): string {
  return text.trim().split('\n').slice(-count).join('\n')
}

/** Astro logs each page with its render time, or `(cached)`/`(restored)` when it reused it. */
function pageCounts(log: string): { rendered: number; reused: number } {
  return {
    // Image lines end with a counter, `(+12ms) (3/105)`: not pages.
    rendered: log.match(/\(\+\d+(?:\.\d+)?m?s\)(?! \(\d+\/\d+\))/g)?.length ?? 0,
    reused: log.match(/\((?:cached|restored)\)/g)?.length ?? 0,
  }
}

/**
 * Astro writes each rendered page into its cache folder as it goes and the list of cached
 * pages with their keys at the end. A build that stopped in between (crash, kill, failed
 * render) leaves pages that the list does not describe: the next build must not trust the
 * list. This marker is there while Astro may be writing; if it is found at the start, the
 * list is deleted and every page is rendered again.
 */
function incrementalGuard(cacheDir: string) {
  const marker = path.join(cacheDir, 'incremental-build.pending')
  const manifest = path.join(cacheDir, 'incremental-build.json')
  return {
    /** Whether the previous build left a trustworthy cache. */
    begin(): boolean {
      mkdirSync(cacheDir, { recursive: true })
      const trusted = !existsSync(marker)
      if (!trusted) rmSync(manifest, { force: true })
      writeFileSync(marker, `${process.pid} ${new Date().toISOString()}\n`)
      return trusted
    },
    done(): void {
      rmSync(marker, { force: true })
    },
  }
}

/**
 * Renames a finished build to its own folder (copies it, if that is on another file system).
 * What was in that folder goes, as `astro build` empties its output folder (a hand-made
 * build into dist/ again; the CMS always builds into a new folder).
 */
function moveFolder(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true })
  rmSync(to, { recursive: true, force: true })
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}

const timed = async <T>(run: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now()
  const result = await run()
  return [result, Math.round(performance.now() - started)]
}

/**
 * Builds the website from the CMS's published content into `outDir`, indexes it for search,
 * checks it and precompresses it. Throws (with the build log) on any failure; the folder is
 * then unusable and must not be published.
 *
 * Incremental builds render only the pages whose cache key (src/lib/cacheKeys.ts) or code
 * changed and copy the others from the previous build kept in `cacheDir`; the output is a
 * complete site all the same, in a folder of its own.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = Date.now()
  const cacheDir = path.resolve(siteDir, options.cacheDir ?? '.cache')
  const guard = options.incremental ? incrementalGuard(cacheDir) : undefined
  const trusted = guard?.begin() ?? false
  // Astro bakes its output folder into the code of every page (astro:assets), so a page is
  // only reused by a build into the same folder: incremental builds are made in one staging
  // folder and then moved to their own.
  const astroOutDir = guard ? path.join(cacheDir, 'build') : options.outDir
  const [log, astro] = await timed(() =>
    runAstroBuild({ ...options, outDir: astroOutDir, cacheDir, force: options.force || (guard !== undefined && !trusted) }),
  )
  guard?.done()
  if (astroOutDir !== options.outDir) moveFolder(astroOutDir, options.outDir)

  // One read of every page (links, content hashes); then Pagefind indexes the shards whose
  // pages changed, in its own process, while this one gives every text file its compressed
  // forms from the cache (most were compressed while Astro rendered them, see
  // src/middleware.ts). Pagefind's own files are compressed after it.
  const reuse = options.incremental === true
  const [scan, scanned] = await timed(() => scanSite(options.outDir))
  const searchIndex = timed(() => indexForSearch(options.outDir, scan.pages, { cacheDir, reuse, pagesPerShard: options.searchPagesPerShard }))
  const [, compressed] = await timed(() => precompress(options.outDir, { cacheDir, files: scan.textFiles }))
  const [searched, search] = await searchIndex
  const [, pagefindCompressed] = await timed(() => precompress(options.outDir, { cacheDir, under: 'pagefind' }))

  if (scan.pages.length === 0) throw new SiteBuildError('The build produced no pages', log)
  const [broken, checked] = await timed(() => brokenLinks(options.outDir, scan))
  if (broken.length > 0) {
    const sample = broken.slice(0, 10).map((link) => `${link.page} → ${link.href}`).join('\n')
    throw new SiteBuildError(`The build has ${broken.length} broken internal links:\n${sample}`, log)
  }
  pruneCompressedCache(cacheDir)
  // The headers (Content-Security-Policy with the inline code's hashes) for this very build.
  try {
    writeSecurityHeaders(options.outDir)
  } catch (error) {
    throw new SiteBuildError((error as Error).message, log)
  }
  const phases = { astro, search, check: scanned + checked, compress: compressed + pagefindCompressed }
  return { pages: scan.pages.length, ...pageCounts(log), search: searched, durationMs: Date.now() - started, phases, log }
}

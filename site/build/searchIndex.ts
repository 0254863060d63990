import { createHash, randomBytes } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import * as pagefind from 'pagefind'

import type { ScannedPage } from './checkSite.ts'

/**
 * The search index, in shards that are indexed again only when one of their pages changed.
 *
 * Pagefind cannot update an index: it indexes every page it is given, which takes seconds
 * for a few thousand pages (5 to 10 s for 10,000 on two cores). So the searchable pages are
 * split into shards by document (all languages of a story in the same shard); each shard is
 * a Pagefind bundle of its own, kept in the cache under the hash of its pages' contents and
 * reused while they are unchanged. A publish that changes one story indexes one shard.
 * The search page merges the shards (Pagefind's `mergeIndex`, listed in `shards.json`):
 * results are ranked across all of them as if they were one index.
 *
 * Shard 0 is the primary bundle at `/pagefind/` (with Pagefind's UI); the others are at
 * `/pagefind/shard-N/`. Small sites have one shard: the layout Pagefind writes by itself.
 */

/**
 * At most about this many searchable pages per shard (~0.2 s to index on two cores). The
 * search page loads a few small files per shard, so shards are not made smaller still.
 */
const pagesPerShard = 300
const maxShards = 32
/** Pagefind's version (its package.json is not exported, so it is found where Node looks for the package). */
function pagefindVersion(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const manifest = path.join(dir, 'pagefind', 'package.json')
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
  }
  throw new Error('Cannot find the version of Pagefind')
}
/** Part of each shard's key: bump when the way shards are made changes. */
const shardFormat = `1 pagefind ${pagefindVersion()}`

/** Shards in steps of powers of two, so the count (and every shard) changes rarely as a site grows. */
export function shardCount(searchablePages: number, perShard = pagesPerShard): number {
  let count = 1
  while (count < maxShards && searchablePages > count * perShard) count *= 2
  return count
}

/** The document a page shows, the same in every locale: `de/stories/x/index.html` → `stories/x/index.html`. */
function documentOf(page: string): string {
  return page.split('/').slice(1).join('/') || page
}

function shardOf(page: string, count: number): number {
  return createHash('sha256').update(documentOf(page)).digest().readUInt32BE(0) % count
}

export const shardsFile = 'shards.json'

function bundlePath(shard: number): string {
  return shard === 0 ? 'pagefind' : `pagefind/shard-${shard}`
}

/** Hard-links every file of a cached bundle into the build: no one writes into either. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else linkSync(source, target)
  }
}

async function indexShard(outDir: string, pages: ScannedPage[], into: string, workDir: string): Promise<void> {
  // Pagefind reads the pages itself from a folder that holds only this shard's pages (links).
  const source = path.join(workDir, `pages-${randomBytes(4).toString('hex')}`)
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(source, page.path)), { recursive: true })
    linkSync(path.join(outDir, page.path), path.join(source, page.path))
  }
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: source })
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: into })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    await index.deleteIndex()
  } finally {
    rmSync(source, { recursive: true, force: true })
  }
}

export type SearchIndexResult = { shards: number; indexed: number; pages: number }

/**
 * Writes the search index of the build in `outDir` from its scanned pages. With `reuse`,
 * every shard is kept in `cacheDir/search/` and one whose pages are unchanged since an
 * earlier build is taken from there; without, every shard is indexed into the build.
 */
export async function indexForSearch(
  outDir: string,
  pages: ScannedPage[],
  options: { cacheDir: string; reuse: boolean; pagesPerShard?: number },
): Promise<SearchIndexResult> {
  const searchable = pages.filter((page) => page.searchable)
  const count = shardCount(searchable.length, options.pagesPerShard)
  const shards = Array.from({ length: count }, () => [] as ScannedPage[])
  for (const page of searchable) shards[shardOf(page.path, count)]!.push(page)

  const cache = path.join(options.cacheDir, 'search')
  mkdirSync(cache, { recursive: true })
  const used = new Set<string>()
  let indexed = 0
  try {
    // One at a time: Pagefind already uses every core for one index.
    for (const [shard, members] of shards.entries()) {
      if (shard > 0 && members.length === 0) continue
      const target = path.join(outDir, bundlePath(shard))
      if (!options.reuse) {
        await indexShard(outDir, members, target, cache)
        indexed++
        continue
      }
      const key = createHash('sha256').update(shardFormat)
      for (const page of [...members].sort((a, b) => a.path.localeCompare(b.path))) key.update(`\n${page.path} ${page.hash}`)
      const name = key.digest('hex').slice(0, 32)
      const cached = path.join(cache, name)
      used.add(name)
      if (existsSync(cached)) {
        const now = new Date()
        utimesSync(cached, now, now) // in use: not pruned by a build sharing this cache
      } else {
        const temporary = `${cached}.${randomBytes(4).toString('hex')}.tmp`
        await indexShard(outDir, members, temporary, cache)
        try {
          renameSync(temporary, cached)
        } catch (error) {
          // Another build sharing the cache made the same shard meanwhile: theirs will do.
          if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
          rmSync(temporary, { recursive: true, force: true })
        }
        indexed++
      }
      linkTree(cached, target)
    }
  } finally {
    await pagefind.close()
  }
  const merged = shards.flatMap((members, shard) => (shard > 0 && members.length > 0 ? [`/${bundlePath(shard)}/`] : []))
  writeFileSync(path.join(outDir, 'pagefind', shardsFile), `${JSON.stringify({ mergeIndex: merged })}\n`)
  if (options.reuse) pruneSearchCache(cache, used)
  return { shards: count, indexed, pages: searchable.length }
}

/** An unused bundle older than this belongs to no build still running. */
const unusedAfterMs = 15 * 60_000

function pruneSearchCache(cache: string, used: Set<string>): void {
  const before = Date.now() - unusedAfterMs
  for (const name of readdirSync(cache)) {
    if (used.has(name)) continue
    const entry = path.join(cache, name)
    const stats = statSync(entry, { throwIfNoEntry: false })
    if (stats && stats.mtimeMs < before) rmSync(entry, { recursive: true, force: true })
  }
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startCmsServer, startTestPayload, type CmsServer } from '@verband/cms/testing'
import { locales } from '@verband/content-types/locales'
import { seed } from '@verband/seed'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, type BuildResult } from '../build/buildSite.ts'
import { listFilesSync } from '../build/checkSite.ts'

/**
 * Incremental builds against full builds: after each kind of change, an incremental build
 * (which reuses the pages whose cache key did not change) must produce exactly the pages a
 * full build produces from the same content. A cache key that misses something the page
 * shows fails here as a stale page. Its own CMS, since these tests change content.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
const work = mkdtempSync(path.join(tmpdir(), 'verband-incremental-'))
const cacheDir = path.join(work, 'cache')
const siteUrl = 'http://127.0.0.1:4321'
let builds = 0

type Build = BuildResult & { html: Map<string, string>; searchFiles: string[] }

async function build(incremental: boolean): Promise<Build> {
  const outDir = path.join(work, `build-${++builds}`)
  // Small search shards, so that reused and re-indexed shards are both compared.
  const result = await buildSite({ outDir, cmsUrl: server.url, siteUrl, cacheDir, incremental, searchPagesPerShard: 40 })
  const html = new Map(listFilesSync(outDir, '.html').map((file) => [path.relative(outDir, file), readFileSync(file, 'utf8')]))
  // Pagefind names its index files after their contents: the same names, the same index.
  const searchFiles = listFilesSync(path.join(outDir, 'pagefind'))
    .filter((file) => !/\.(br|gz)$/.test(file))
    .map((file) => path.relative(outDir, file))
    .sort()
  rmSync(outDir, { recursive: true, force: true })
  return { ...result, html, searchFiles }
}

/** Pages whose content differs between two builds. */
function changed(before: Build, after: Build): string[] {
  return [...after.html.keys()].filter((page) => before.html.get(page) !== after.html.get(page)).sort()
}

/** Builds incrementally and fully from the same content; the pages must be the same. */
async function incrementalMatchesFull(): Promise<Build> {
  const incremental = await build(true)
  const full = await build(false)
  expect([...incremental.html.keys()].sort()).toEqual([...full.html.keys()].sort())
  expect(changed(full, incremental), 'stale pages in the incremental build').toEqual([])
  expect(incremental.searchFiles, 'a stale search index in the incremental build').toEqual(full.searchFiles)
  return incremental
}

let previous: Build
/** Pages Astro renders on every build: those without a cache key (feeds, sitemap, press pages, …). */
let unkeyed = 0

beforeAll(async () => {
  const cms = await startTestPayload()
  ;({ payload, close } = cms)
  await seed(payload)
  server = await startCmsServer(cms.testEnv.env)
  const first = await build(true)
  expect(first.reused).toBe(0)
  previous = first
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await close?.()
  rmSync(work, { recursive: true, force: true })
})

describe('incremental builds', () => {
  it('reuse every keyed page when nothing changed, and produce the same site', async () => {
    const again = await incrementalMatchesFull()
    expect(again.reused).toBeGreaterThan(again.pages * 0.7)
    expect(again.search.shards).toBeGreaterThan(4)
    expect(again.search.indexed).toBe(0)
    // Encoded images come from the cache, without asking the CMS (versioned, immutable addresses).
    expect(again.log).not.toMatch(/\(before: \d+kB|revalidated cache entry/)
    expect(changed(previous, again)).toEqual([])
    unkeyed = again.rendered
    previous = again
  })

  it('render every page again when the association’s name changes', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'de' })
    await payload.updateGlobal({ slug: 'site-settings', locale: 'de', data: { name: `${settings.name} (umbenannt)` } })
    const renamed = await incrementalMatchesFull()
    expect(renamed.reused).toBe(0)
    // Every German page shows the new name (other locales show their translation of it), and changed.
    const german = [...renamed.html.keys()].filter((page) => page.startsWith('de/'))
    expect(german.filter((page) => !renamed.html.get(page)!.includes('(umbenannt)'))).toEqual([])
    expect(changed(previous, renamed)).toEqual(expect.arrayContaining(german))
    previous = renamed
  })

  it('render a retitled story, the lists showing it and its members’ pages, and reuse the rest', async () => {
    // The newest story that names member organisations; on the home page if it is one of the three newest.
    const { docs } = await payload.find({ collection: 'stories', sort: '-publishedAt', limit: 20, depth: 1 })
    const position = docs.findIndex((candidate) => (candidate.members ?? []).length > 0)
    const story = docs[position]!
    await payload.update({ collection: 'stories', id: story.id, locale: 'de', data: { title: 'Neu betitelte Geschichte', _status: 'published' } })
    const retitled = await incrementalMatchesFull()
    const members = (story.members ?? []).flatMap((member) => (typeof member === 'object' ? [`de/members/${member.slug}/index.html`] : []))
    const home = position < 3 ? ['de/index.html'] : []
    expect(changed(previous, retitled)).toEqual(
      expect.arrayContaining([`de/stories/${story.slug}/index.html`, 'de/stories/index.html', ...home, ...members]),
    )
    expect(retitled.rendered - unkeyed).toBeLessThan(retitled.pages / 4)
    previous = retitled
  })

  it('render a story when it gains a sign-language video, with its captions and poster', async () => {
    const { docs: clips } = await payload.find({ collection: 'media', where: { mimeType: { equals: 'video/mp4' } }, limit: 1 })
    const { docs } = await payload.find({ collection: 'stories', sort: 'slug', limit: 1 })
    const story = docs[0]!
    await payload.update({ collection: 'stories', id: story.id, data: { signLanguageVideo: clips[0]!.id, _status: 'published' } })
    const withVideo = await incrementalMatchesFull()
    const page = `de/stories/${story.slug}/index.html`
    expect(changed(previous, withVideo)).toContain(page)
    expect(withVideo.html.get(page)).toMatch(/<video[^>]* preload="none"[\s\S]*<track kind="captions"/)
    previous = withVideo
  })

  it('render only the partners pages when a partner is renamed', async () => {
    const { docs } = await payload.find({ collection: 'partners', limit: 1, sort: 'name' })
    await payload.update({ collection: 'partners', id: docs[0]!.id, data: { name: `${docs[0]!.name} (neu)`, _status: 'published' } })
    const renamed = await incrementalMatchesFull()
    // One partners page per locale, besides the pages rendered on every build; one search shard.
    expect(renamed.rendered - unkeyed).toBe(locales.length)
    expect(renamed.search.indexed).toBe(1)
    expect(changed(previous, renamed).filter((page) => !page.includes('/partners/'))).toEqual([])
    previous = renamed
  })
})

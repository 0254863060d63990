import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import AxeBuilder from '@axe-core/playwright'
import { freePort, startCmsServer, startTestPayload, type CmsServer } from '@verband/cms/testing'
import { exampleStories, paragraphsToLexical, seed } from '@verband/seed'
import { XMLParser } from 'fast-xml-parser'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../build/buildSite.ts'
import { createStaticServer } from '../server/staticServer.ts'
import { feedItemCount } from '../src/lib/feeds.ts'
import { pagePath } from '../src/lib/routes.ts'
import { storiesShownAsCards } from '../src/lib/stories.ts'
import { launchBrowser } from './support/browser.ts'

/**
 * A site with more stories than the index shows as cards and more than a feed carries: the
 * newest as cards, the earlier ones as a compact list that the filter covers too, and
 * feeds of the newest only. Its own CMS and build, since it needs many stories.
 */

const added = 50
const total = exampleStories.length + added
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots')
const outDir = mkdtempSync(path.join(tmpdir(), 'verband-long-lists-'))
let close: () => Promise<void>
let server: CmsServer
let staticServer: Server
let siteUrl = ''
let browser: Browser
let context: BrowserContext

const html = (urlPath: string) => readFileSync(path.join(outDir, urlPath, 'index.html'), 'utf8')

beforeAll(async () => {
  const cms = await startTestPayload()
  close = cms.close
  await seed(cms.payload)
  const template = exampleStories[0]!
  // Older than every example story, alternating between two regions.
  for (let i = 1; i <= added; i++) {
    await cms.payload.create({
      collection: 'stories',
      data: {
        title: `Archivgeschichte ${i}`,
        slug: `archivgeschichte-${i}`,
        summary: template.de.summary,
        body: paragraphsToLexical(template.de.body),
        publishedAt: new Date(Date.UTC(2019, 0, i)).toISOString(),
        regions: [i % 2 === 0 ? 'goerlitz' : 'leipzig-stadt'],
        _status: 'published',
      },
      context: { disableRebuild: true },
    })
  }
  const port = await freePort()
  siteUrl = `http://127.0.0.1:${port}`
  server = await startCmsServer({ ...cms.testEnv.env, SITE_URL: siteUrl })
  await buildSite({ outDir, cmsUrl: server.url, siteUrl })
  staticServer = createStaticServer({ root: () => outDir })
  await new Promise<void>((resolve) => staticServer.listen(port, '127.0.0.1', resolve))
  browser = await launchBrowser()
  // axe opens pages of its own: a context, not the browser's default one.
  context = await browser.newContext()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  if (staticServer) await new Promise((resolve) => staticServer.close(resolve))
  await server?.stop()
  await close?.()
  rmSync(outDir, { recursive: true, force: true })
})

describe('a long list of stories', () => {
  it('shows the newest stories as cards and every earlier one as a line with title and date', () => {
    const page = html(pagePath('de', { kind: 'stories' }))
    const cards = [...page.matchAll(/<li class="card"[^>]*data-filter-item="([^"]+)"/g)].map((match) => match[1])
    const lines = [...page.matchAll(/<li(?: class="[^"]*")?[^>]*data-filter-item="([^"]+)"/g)].map((match) => match[1]).filter((slug) => !cards.includes(slug))
    expect(cards).toHaveLength(storiesShownAsCards)
    expect(lines).toHaveLength(total - storiesShownAsCards)
    // Newest first, each story once; the oldest is last.
    expect(new Set([...cards, ...lines]).size).toBe(total)
    expect(lines.at(-1)).toBe('archivgeschichte-1')
    expect(page).toContain('Frühere Erfolgsgeschichten')
    // The compact lines carry no images: one image per card at most.
    expect(page.match(/<img /g)?.length ?? 0).toBeLessThanOrEqual(storiesShownAsCards + 2)
  })

  it('carries the newest stories only in the feed', () => {
    const feed = new XMLParser().parse(readFileSync(path.join(outDir, 'de', 'rss.xml'), 'utf8'))
    const items = [feed.rss.channel.item].flat() as { title: string }[]
    expect(items).toHaveLength(feedItemCount)
    expect(items.map((item) => item.title)).not.toContain('Archivgeschichte 1')
  })

  it('filters cards and earlier stories alike, in the browser', async () => {
    const page = await context.newPage()
    try {
      await page.goto(new URL(pagePath('de', { kind: 'stories' }), siteUrl).href, { waitUntil: 'networkidle' })
      expect(await page.locator('[data-filter-item]:visible').count()).toBe(total)
      await page.locator('select[data-filter="region"]').selectOption('goerlitz')
      const inGoerlitz = exampleStories.filter((story) => story.regions.includes('goerlitz')).length + added / 2
      await expect.poll(() => page.locator('[data-filter-item]:visible').count()).toBe(inGoerlitz)
      expect(await page.locator('.filters [role="status"]').innerText()).toContain(String(inGoerlitz))
      mkdirSync(screenshotDir, { recursive: true })
      await page.screenshot({ path: path.join(screenshotDir, 'stories-long-list-de.png'), fullPage: true })
    } finally {
      await page.close()
    }
  })

  it.each(['de', 'ar'] as const)('has no accessibility violations in %s (axe, WCAG 2.1 AA)', async (locale) => {
    const page = await context.newPage()
    try {
      await page.goto(new URL(pagePath(locale, { kind: 'stories' }), siteUrl).href, { waitUntil: 'networkidle' })
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
      if (locale === 'ar') await page.screenshot({ path: path.join(screenshotDir, 'stories-long-list-ar.png'), fullPage: true })
    } finally {
      await page.close()
    }
  })
})

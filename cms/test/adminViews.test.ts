import { exampleSignLanguageVideoFilename, labelCatalogues } from '@verband/content-types'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logInToAdmin } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { minimalSiteContent, richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'
import { sampleCaptions, sampleVideo } from './support/videos.ts'
import { adminTexts } from '../src/components/text/index.ts'

/**
 * Every admin view as an editor sees it, in Chromium, in German, Arabic and Vietnamese: the
 * dashboard, the translation overview, every collection's list, create and edit views, every
 * global, the account. None may show a value the code failed to fill in ("undefined", "NaN",
 * "null", "[object Object]") or a raw translation key; in Arabic and Vietnamese the page has
 * that `lang` and `dir`, no wider than the window (right to left included), and none of our
 * own texts shows in German or English; axe finds nothing wrong with our own components.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let browser: Browser
const password = 'a-long-test-password'
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots')
const views: string[] = ['/admin', '/admin/translations', '/admin/account']

/** What a reader must never see: placeholders of missing values, and keys like `general:save`. */
const unfilled = /\b(?:undefined|NaN|null)\b|\[object Object\]|\b[a-z]+:[a-z]+[A-Z][A-Za-z]+\b/

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await payload.create({ collection: 'users', data: { email: 'editor@views.test', password, name: 'Redaktion', role: 'editor' } })
  await minimalSiteContent(payload)
  const photo = await payload.create({ collection: 'media', data: { alt: 'Foto', credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg('ansicht.jpg') })
  await payload.create({ collection: 'stories', data: { title: 'Geschichte', slug: 'geschichte', summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z', heroImage: photo.id, _status: 'published' } })
  // The seed's example clip, still chosen for the home page: the settings warn about it.
  const clip = await payload.create({
    collection: 'media',
    data: { alt: 'Beispielvideo', credit: 'Test', licence: 'cc0-1.0', transcript: 'Text.', video: { captions: sampleCaptions } } as never,
    file: await sampleVideo({ name: exampleSignLanguageVideoFilename }),
  })
  await payload.updateGlobal({ slug: 'site-settings', data: { homeSignLanguageVideo: clip.id } })
  await payload.create({ collection: 'press-releases', data: { title: 'Mitteilung', slug: 'mitteilung', place: 'Dresden', body: richText('Text.'), releaseDate: '2026-01-01T00:00:00.000Z', attachments: [photo.id], _status: 'published' } })
  const admin = payload.config.routes.admin
  for (const collection of payload.config.collections) {
    if (collection.admin.hidden === true || collection.slug.startsWith('payload-')) continue
    views.push(`${admin}/collections/${collection.slug}`)
    const { docs } = await payload.find({ collection: collection.slug as 'stories', limit: 1, depth: 0 })
    if (docs[0]) views.push(`${admin}/collections/${collection.slug}/${docs[0].id}`)
  }
  for (const collection of ['stories', 'press-releases', 'members', 'media', 'values']) views.push(`${admin}/collections/${collection}/create`)
  // Payload's own (the jobs queue's schedule statistics) are hidden from the admin.
  for (const global of payload.config.globals) if (!global.slug.startsWith('payload-')) views.push(`${admin}/globals/${global.slug}`)

  server = await startCmsServer(started.testEnv.env)
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await close?.()
})

/** An editor's browser with the interface in `language` (Payload's language cookie), logged in. */
async function editorIn(language: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
  const page = await context.newPage()
  await logInToAdmin(page, server.url, 'editor@views.test', password)
  return page
}

/**
 * Our own texts in German and English, as they would show if a translation were missing: every
 * string of the custom screens long enough to be a phrase, unless the target language writes
 * it the same (names, codes).
 */
function untranslatedTexts(language: keyof typeof adminTexts): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []
  const own = new Set(strings(adminTexts[language]))
  return [...strings(adminTexts.de), ...strings(adminTexts.en)].filter((text) => text.length >= 12 && !own.has(text))
}

describe('the admin in German', () => {
  it('has views to check (every collection and global)', () => {
    expect(views.length).toBeGreaterThan(20)
  })

  it('shows no unfilled value or raw translation key in any view, right after it opens and once it has settled', async () => {
    const page = await editorIn('de')
    expect(await crawl(page, () => [])).toEqual([])
  }, 240_000)
})

describe.each([
  ['ar', 'rtl'],
  ['vi', 'ltr'],
] as const)('the admin in %s', (language, dir) => {
  let page: Page
  beforeAll(async () => {
    page = await editorIn(language)
  })

  it(`has lang="${language}" dir="${dir}", fits the window, and shows no unfilled value, raw key or German or English text of ours in any view`, async () => {
    const foreign = untranslatedTexts(language)
    const found = await crawl(page, async (view, text) => {
      const problems: string[] = []
      const html = page.locator('html')
      if ((await html.getAttribute('lang')) !== language || (await html.getAttribute('dir')) !== dir) problems.push(`${view}: <html lang="${await html.getAttribute('lang')}" dir="${await html.getAttribute('dir')}">`)
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
      if (width[0]! > width[1]! + 1) problems.push(`${view}: ${width[0]} px wide in a ${width[1]} px window`)
      for (const phrase of foreign) if (text.includes(phrase)) problems.push(`${view}: "${phrase}"`)
      return problems
    })
    expect(found).toEqual([])
  }, 300_000)

  it('warns on the site settings’ sign-language tab while the example clip is still chosen', async () => {
    await page.goto(`${server.url}/admin/globals/site-settings`)
    await page.getByRole('button', { name: labelCatalogues[language]['Gebärdensprache'], exact: true }).click()
    const notice = page.locator('.sign-language-example-notice')
    await expect.poll(() => notice.textContent()).toContain(adminTexts[language].signLanguageExample.heading)
  })

  it('saves screenshots of the dashboard and a release being edited, for a person to look at', async () => {
    const release = views.find((view) => /\/collections\/press-releases\/\d+$/.test(view))!
    mkdirSync(screenshotDir, { recursive: true })
    for (const [name, view] of [['dashboard', '/admin'], ['release', release]] as const) {
      await page.goto(`${server.url}${view}`)
      await page.waitForLoadState('networkidle')
      const file = path.join(screenshotDir, `admin-${name}-${language}.png`)
      await page.screenshot({ path: file, fullPage: true })
      // A page wider than its window (as right-to-left edit views once were) makes a wide picture.
      expect((await sharp(file).metadata()).width).toBe(1280)
    }
  })

  if (language === 'ar') {
    it('axe finds no violations in our own components, right to left', async () => {
      const ours = ['.site-status', '.review-queue', '.translation-tools', '.translation-state', '.press-mailing', '.media-visibility', '.leichte-sprache-hints', '.publish-action', '.login-language']
      const release = views.find((view) => /\/collections\/press-releases\/\d+$/.test(view))!
      const media = views.find((view) => /\/collections\/media\/\d+$/.test(view))!
      const violations: string[] = []
      for (const view of ['/admin', '/admin/translations', release, media]) {
        await page.goto(`${server.url}${view}`)
        await page.waitForLoadState('networkidle')
        const present = []
        for (const selector of ours) if ((await page.locator(selector).count()) > 0) present.push(selector)
        if (present.length === 0) continue
        const results = await new AxeBuilder({ page }).include(present).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        violations.push(...results.violations.map((violation) => `${view}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`))
      }
      expect(violations).toEqual([])
    }, 120_000)
  }
})

/**
 * Opens every view; right after the page arrives (the moment the locale selector once said
 * "undefined") and once settled, looks for unfilled values and raw keys, and asks `check` for
 * more. Returns every problem found.
 */
async function crawl(page: Page, check: (view: string, text: string) => string[] | Promise<string[]>): Promise<string[]> {
  const found: string[] = []
  for (const view of views) {
    const response = await page.goto(`${server.url}${view}`)
    if ((response?.status() ?? 500) >= 400) found.push(`${view}: HTTP ${response?.status()}`)
    for (const moment of ['opened', 'settled']) {
      if (moment === 'settled') await page.waitForLoadState('networkidle')
      const text = await page.locator('body').innerText()
      const match = text.match(unfilled)
      if (match) found.push(`${view} (${moment}): …${text.slice(Math.max(0, match.index! - 40), match.index! + 40).replace(/\s+/g, ' ')}…`)
      if (moment === 'settled') found.push(...(await check(view, text)))
    }
  }
  return found
}

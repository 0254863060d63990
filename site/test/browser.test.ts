import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import AxeBuilder from '@axe-core/playwright'
import type { LocaleCode } from '@verband/content-types/locales'
import { exampleMembers, exampleStories, signLanguageExampleTexts } from '@verband/seed'
import type { Browser, BrowserContext, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pagePath, pressKitDownloadPath, releaseDownloadPath, type Page } from '../src/lib/routes.ts'
import { launchBrowser, watchPolicyViolations } from './support/browser.ts'
import { releasedExamplePressReleases, siteUrl } from './support/site.ts'

/** The website as readers meet it: a real Chromium against the built site on localhost. */

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots')
const translatedStory = exampleStories.find((story) => story.translations?.ar)!
const releaseWithImage = releasedExamplePressReleases.find((release) => release.image)!

let browser: Browser
let context: BrowserContext
const foreignRequests: string[] = []
/** Content-Security-Policy violations on any page visited: the site runs under its generated policy. */
let policyViolations: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext()
  policyViolations = await watchPolicyViolations(context)
  // Every request any page makes, for the "nothing leaves localhost" check.
  context.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url())
    if (protocol === 'data:' || protocol === 'blob:') return
    if (!['127.0.0.1', 'localhost'].includes(hostname)) foreignRequests.push(request.url())
  })
})

afterAll(async () => {
  await browser?.close()
})

async function open(urlPath: string): Promise<BrowserPage> {
  const page = await context.newPage()
  const response = await page.goto(new URL(urlPath, siteUrl()).href, { waitUntil: 'networkidle' })
  expect(response?.status(), urlPath).toBeLessThan(400)
  return page
}

const pageTypes: Array<[string, Page]> = [
  ['home', { kind: 'home' }],
  ['Leitbild', { kind: 'leitbild' }],
  ['stories index', { kind: 'stories' }],
  ['story', { kind: 'story', slug: translatedStory.slug }],
  ['press index', { kind: 'press' }],
  ['press release', { kind: 'pressRelease', slug: releaseWithImage.slug }],
  ['press kit', { kind: 'pressKit' }],
  ['partners', { kind: 'partners' }],
  ['members directory with map', { kind: 'members' }],
  ['member', { kind: 'member', slug: exampleMembers[0]!.slug }],
  ['district', { kind: 'district', region: 'dresden' }],
  ['contact', { kind: 'contact' }],
  ['accessibility statement', { kind: 'accessibility' }],
  ['search', { kind: 'search' }],
]
const axeLocales: LocaleCode[] = ['de', 'ar', 'de-x-ls']

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  const cases = axeLocales.flatMap((locale) => pageTypes.map(([name, page]) => [`${name} in ${locale}`, pagePath(locale, page)] as const))

  it.each([...cases, ['language chooser', '/'], ['404 page', '/no-such-page/']] as const)('%s has no violations', async (_name, urlPath) => {
    const page = await context.newPage()
    await page.goto(new URL(urlPath, siteUrl()).href, { waitUntil: 'networkidle' })
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
    await page.close()
    expect(violations).toEqual([])
  })
})

describe('reading', () => {
  it('keeps the reader on the same story when switching language', async () => {
    const page = await open(pagePath('de', { kind: 'story', slug: translatedStory.slug }))
    await page.locator('.lang-switcher summary').click()
    await page.locator('.lang-switcher a[hreflang="ar"]').click()
    await page.waitForURL(`**${pagePath('ar', { kind: 'story', slug: translatedStory.slug })}`)
    expect(await page.locator('h1').textContent()).toBe(translatedStory.translations!.ar!.title)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await page.close()
  })

  it('filters stories by region in the browser and keeps the filter in the URL', async () => {
    const page = await open(pagePath('de', { kind: 'stories' }))
    const all = await page.locator('[data-filter-item]').count()
    expect(all).toBe(exampleStories.length)
    await page.locator('select[data-filter="region"]').selectOption('goerlitz')
    const expected = exampleStories.filter((story) => story.regions.includes('goerlitz')).length
    await expect.poll(() => page.locator('[data-filter-item]:visible').count()).toBe(expected)
    expect(new URL(page.url()).searchParams.get('region')).toBe('goerlitz')
    await page.close()
  })

  it('filters members by district, field and language, and keeps the filter in the URL', async () => {
    const page = await open(pagePath('ar', { kind: 'members' }))
    const visibleMembers = async () => new Set(await page.locator('[data-filter-item]:visible').evaluateAll((items) => items.map((item) => item.getAttribute('data-filter-item'))))
    expect((await visibleMembers()).size).toBe(exampleMembers.length)
    await page.locator('select[data-filter="district"]').selectOption('dresden')
    const inDresden = exampleMembers.filter((member) => member.districts.includes('dresden')).map((member) => member.slug)
    await expect.poll(async () => [...(await visibleMembers())].sort()).toEqual(inDresden.sort())
    await page.locator('select[data-filter="language"]').selectOption('uk')
    const ukrainianInDresden = exampleMembers.filter((m) => m.districts.includes('dresden') && m.languages.includes('uk')).map((m) => m.slug)
    await expect.poll(async () => [...(await visibleMembers())].sort()).toEqual(ukrainianInDresden.sort())
    const params = new URL(page.url()).searchParams
    expect([params.get('district'), params.get('language')]).toEqual(['dresden', 'uk'])
    // Groups without a visible member disappear with their heading.
    expect(await page.locator('[data-filter-group]:visible').count()).toBe(1)
    await page.close()
  })

  it('lets a keyboard user reach a district from the map', async () => {
    const page = await open(pagePath('de', { kind: 'members' }))
    const link = page.locator(`svg a[href="${pagePath('de', { kind: 'district', region: 'goerlitz' })}"]`)
    await link.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${pagePath('de', { kind: 'district', region: 'goerlitz' })}`)
    expect(await page.locator('h1').textContent()).toContain('Görlitz')
    await page.close()
  })

  it.each([
    ['a release PDF', pagePath('de', { kind: 'pressRelease', slug: releaseWithImage.slug }), releaseDownloadPath('de', releaseWithImage.slug, 'pdf')],
    ['an Arabic release ZIP', pagePath('ar', { kind: 'pressRelease', slug: releaseWithImage.slug }), releaseDownloadPath('ar', releaseWithImage.slug, 'zip')],
    ['the press kit ZIP', pagePath('en', { kind: 'pressKit' }), pressKitDownloadPath('en', 'zip')],
  ])('starts the download of %s from its link', async (_what, from, file) => {
    const page = await open(from)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="${file}"]`).first().click()])
    expect(download.suggestedFilename()).toBe(file.split('/').pop())
    expect(download.url()).toBe(new URL(file, siteUrl()).href)
    expect(await download.failure()).toBeNull()
    await page.close()
  })

  it.each([
    ['de', 'Elterncafé', translatedStory.de.title],
    ['ar', 'غرونآو', translatedStory.translations!.ar!.title],
  ] as const)('search in %s finds a seeded story', async (locale, query, title) => {
    const page = await open(`${pagePath(locale, { kind: 'search' })}?q=${encodeURIComponent(query)}`)
    const result = page.locator('.pagefind-ui__result-link').first()
    await expect.poll(async () => (await result.count()) > 0 && (await result.textContent()), { timeout: 20_000 }).toContain(title)
    await page.close()
  })

  it.each([
    ['a press release', { kind: 'pressRelease', slug: releaseWithImage.slug }],
    ['the Leitbild', { kind: 'leitbild' }],
    ['the press kit', { kind: 'pressKit' }],
    ['a member with a website', { kind: 'member', slug: exampleMembers[0]!.slug }],
  ] as Array<[string, Page]>)('prints %s without navigation, with outside links written out and no heading alone at a page end', async (_what, target) => {
    const page = await open(pagePath('de', target))
    await page.emulateMedia({ media: 'print' })
    const shown = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.some((element) => getComputedStyle(element).display !== 'none'))
    for (const selector of ['.site-nav', '.lang-switcher', '.skip-link']) expect(await shown(selector), selector).toBe(false)
    expect(await shown('main h1')).toBe(true)
    expect(await page.locator('main h1, main h2').evaluateAll((headings) => headings.map((heading) => getComputedStyle(heading).breakAfter))).not.toContain('auto')
    // Every outside web address is written out after its link; only the footer's address stays.
    const outside = await page.locator('main a[href^="http"]').evaluateAll((links) => links.map((link) => [getComputedStyle(link, '::after').content, link.getAttribute('href')]))
    if (target.kind === 'member') expect(outside.length).toBeGreaterThan(0)
    for (const [written, href] of outside) expect(written).toContain(href)
    expect(await shown('.site-footer section:first-child address')).toBe(true)
    expect(await shown('.site-footer section:last-child')).toBe(false)
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: path.join(screenshotDir, `print-${target.kind}.png`), fullPage: true })
    await page.close()
  })

  it('plays the sign-language video from the keyboard, with the captions of the page language, and loads none of it before', async () => {
    const videoRequests: string[] = []
    const page = await context.newPage()
    page.on('request', (request) => {
      if (/\.(mp4|webm)$/.test(new URL(request.url()).pathname)) videoRequests.push(request.url())
    })
    await page.goto(new URL(pagePath('ar', { kind: 'home' }), siteUrl()).href, { waitUntil: 'networkidle' })
    expect(videoRequests).toEqual([])
    // The video is the first thing after the skip link and the header's links: Tab until it has the focus.
    const video = page.locator('main video')
    for (let step = 0; step < 60 && !(await video.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab')
    expect(await video.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('Space')
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => !element.paused && element.currentTime > 0.5), { timeout: 20_000 }).toBe(true)
    expect(videoRequests.length).toBeGreaterThan(0)
    const captions = await video.evaluate((element: HTMLVideoElement) =>
      [...element.textTracks].filter((track) => track.mode === 'showing').map((track) => ({ language: track.language, cue: (track.activeCues?.[0] as VTTCue | undefined)?.text })),
    )
    expect(captions).toEqual([{ language: 'ar', cue: signLanguageExampleTexts.ar.captions[0] }])
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: path.join(screenshotDir, 'home-ar-video-playing.png') })
    await page.close()
  })

  it('saves screenshots of the home page in German and Arabic, phone and desktop', async () => {
    mkdirSync(screenshotDir, { recursive: true })
    for (const locale of ['de', 'ar'] as const) {
      for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1366, height: 900 }]] as const) {
        const page = await context.newPage()
        await page.setViewportSize(viewport)
        await page.goto(new URL(pagePath(locale, { kind: 'home' }), siteUrl()).href, { waitUntil: 'networkidle' })
        const file = path.join(screenshotDir, `home-${locale}-${device}.png`)
        await page.screenshot({ path: file, fullPage: true })
        await page.close()
      }
    }
    expect(foreignRequests).toEqual([])
  })

  it('makes no request to any host but localhost on any page visited', () => {
    expect(foreignRequests).toEqual([])
  })
})

describe('Content-Security-Policy', () => {
  it('serves pages under the policy generated from the build: no inline code without its hash', async () => {
    const response = await fetch(new URL(pagePath('de', { kind: 'search' }), siteUrl()))
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain("'unsafe-inline'")
    expect(policy).not.toContain("'unsafe-eval'")
  })

  // Last: it covers every page the tests above visited (every page type, axe, filters, search, downloads).
  it('is violated on no page visited', () => {
    expect(policyViolations).toEqual([])
  })
})

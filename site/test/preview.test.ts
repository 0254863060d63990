import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildPreview } from '../preview/build.ts'
import { createPreviewServer, previewBase } from '../preview/server.ts'
import { pagePath, type Page } from '../src/lib/routes.ts'
import { launchBrowser, logInToAdmin } from './support/browser.ts'

/**
 * The draft preview: the preview build and server against this run's CMS. Anonymous requests
 * are refused; a logged-in editor sees the drafts, rendered by the website's own pages, in
 * every locale and direction; no response may be cached by others or indexed. In Chromium, an
 * editor goes from the real admin's preview button to the preview.
 */

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Inside the workspace: the preview's server bundle imports its packages from node_modules.
const distDir = path.join(siteDir, 'test-results', `preview-${randomUUID()}`)
const password = 'a-long-test-password'
const editorEmail = `editor-${randomUUID()}@preview.test`
const slug = 'vorschau-geschichte'

let payload: Payload
let server: Server
let previewOrigin: string
let token: string
let storyId: number | string

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', direction: 'ltr' as const, format: '' as const, indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

beforeAll(async () => {
  const cmsUrl = inject('cmsUrl')
  // The CMS's database through its Local API, and CMS_URL for the preview server (as its pages read it).
  Object.assign(process.env, inject('cmsEnv'), { CMS_URL: cmsUrl, PREVIEW_URL: inject('previewUrl') })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@verband/cms/config')
  payload = await getPayload({ config })
  await payload.create({ collection: 'users', data: { email: editorEmail, password, name: 'Vorschau-Redakteurin', role: 'editor' } })
  const login = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: editorEmail, password }) })
  expect(login.status).toBe(200)
  token = String(((await login.json()) as { token: string }).token)

  const story = await payload.create({
    collection: 'stories',
    locale: 'de',
    data: { slug, publishedAt: '2026-03-01T09:00:00.000Z', regions: ['leipzig-stadt'], title: 'Veröffentlichter Titel', summary: 'Veröffentlicht.', body: paragraph('Veröffentlichter Text.'), _status: 'published' },
  })
  storyId = story.id
  await payload.update({ collection: 'stories', id: storyId, locale: 'ar', data: { title: 'العنوان المنشور', summary: 'منشور.', body: paragraph('نص منشور.'), _status: 'published' } })
  // Drafts saved over the published story, in German and in Arabic.
  await payload.update({ collection: 'stories', id: storyId, locale: 'de', draft: true, data: { title: 'Entwurf: neuer deutscher Titel', body: paragraph('Entwurfstext auf Deutsch.') } })
  await payload.update({ collection: 'stories', id: storyId, locale: 'ar', draft: true, data: { title: 'مسودة: عنوان عربي جديد' } })

  mkdirSync(path.dirname(distDir), { recursive: true })
  await buildPreview({ outDir: distDir, cmsUrl, siteUrl: inject('siteUrl') })
  server = await createPreviewServer({ distDir })
  const { hostname, port } = new URL(inject('previewUrl'))
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve))
  previewOrigin = inject('previewUrl')
}, 180_000)

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve))
  rmSync(distDir, { recursive: true, force: true })
})

const previewPath = (locale: Parameters<typeof pagePath>[0], page: Page) => `${previewBase.slice(0, -1)}${pagePath(locale, page)}`

async function preview(urlPath: string, headers: Record<string, string> = { Cookie: `payload-token=${token}` }) {
  const response = await fetch(new URL(urlPath, previewOrigin), { headers, redirect: 'manual' })
  return { response, html: await response.text() }
}

function expectPrivateAndUnindexed(response: Response, what: string) {
  expect(response.headers.get('cache-control'), what).toBe('private, no-store')
  expect(response.headers.get('x-robots-tag'), what).toBe('noindex, nofollow')
}

describe('draft preview over HTTP', () => {
  it('refuses anonymous requests and forged logins, without a trace of the draft', async () => {
    const storyPath = previewPath('de', { kind: 'story', slug })
    for (const headers of [{}, { Cookie: 'payload-token=forged.token.value' }, { Authorization: 'JWT forged.token.value' }] as Record<string, string>[]) {
      const { response, html } = await preview(storyPath, headers)
      expect(response.status, JSON.stringify(headers)).toBe(401)
      expect(html).not.toContain('Entwurf')
      expectPrivateAndUnindexed(response, '401')
    }
  })

  it('shows a logged-in editor the German and the Arabic draft, which the public does not get', async () => {
    const german = await preview(previewPath('de', { kind: 'story', slug }))
    expect(german.response.status).toBe(200)
    expect(german.html).toContain('Entwurf: neuer deutscher Titel')
    expect(german.html).toContain('Entwurfstext auf Deutsch.')
    expect(german.html).toMatch(/<html lang="de" dir="ltr">/)

    const arabic = await preview(previewPath('ar', { kind: 'story', slug }))
    expect(arabic.response.status).toBe(200)
    expect(arabic.html).toContain('مسودة: عنوان عربي جديد')
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/)

    // The same login as a header (clients other than browsers).
    expect((await preview(previewPath('de', { kind: 'story', slug }), { Authorization: `JWT ${token}` })).html).toContain('Entwurf: neuer deutscher Titel')

    for (const locale of ['de', 'ar']) {
      const published = (await (await fetch(`${inject('cmsUrl')}/api/stories/${storyId}?locale=${locale}&draft=true`)).json()) as { title: string }
      expect(published.title).toBe(locale === 'de' ? 'Veröffentlichter Titel' : 'العنوان المنشور')
    }
  })

  it('reads anew for every request: a newer draft shows at once', async () => {
    await payload.update({ collection: 'stories', id: storyId, locale: 'de', draft: true, data: { title: 'Entwurf: noch einmal geändert' } })
    const { html } = await preview(previewPath('de', { kind: 'story', slug }))
    expect(html).toContain('Entwurf: noch einmal geändert')
    await payload.update({ collection: 'stories', id: storyId, locale: 'de', draft: true, data: { title: 'Entwurf: neuer deutscher Titel' } })
  })

  it('previews drafts of the Leitbild and of a press release', async () => {
    const leitbild = await payload.findGlobal({ slug: 'leitbild', locale: 'de' })
    await payload.updateGlobal({ slug: 'leitbild', locale: 'de', draft: true, data: { visionLead: 'Entwurf einer neuen Vision für Sachsen.' } })
    try {
      const { response, html } = await preview(previewPath('de', { kind: 'leitbild' }))
      expect(response.status).toBe(200)
      expect(html).toContain('Entwurf einer neuen Vision für Sachsen.')
    } finally {
      await payload.updateGlobal({ slug: 'leitbild', locale: 'de', draft: true, data: { visionLead: leitbild.visionLead } })
    }

    const release = (await payload.find({ collection: 'press-releases', locale: 'de', limit: 1, sort: 'releaseDate' })).docs[0]!
    await payload.update({ collection: 'press-releases', id: release.id, locale: 'fa', draft: true, data: { title: 'پیش‌نویس اطلاعیه مطبوعاتی' } })
    const { response, html } = await preview(previewPath('fa', { kind: 'pressRelease', slug: release.slug }))
    expect(response.status).toBe(200)
    expect(html).toContain('پیش‌نویس اطلاعیه مطبوعاتی')
    expect(html).toMatch(/<html lang="fa" dir="rtl">/)
  })

  it('forbids caching and indexing on every response: pages, images, files and refusals', async () => {
    const { response, html } = await preview(previewPath('ar', { kind: 'story', slug }))
    expectPrivateAndUnindexed(response, 'page')
    expect(html).toMatch(/<meta name="robots" content="noindex[^"]*">/)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')

    // Images are encoded on request by Astro's image endpoint: a seeded story has a hero image.
    const seededStory = (await payload.find({ collection: 'stories', where: { heroImage: { exists: true } }, limit: 1 })).docs[0]!
    const withImage = await preview(previewPath('de', { kind: 'story', slug: seededStory.slug }))
    const imageUrl = withImage.html.match(/<img[^>]+src="([^"]+_image[^"]+)"/)?.[1]?.replaceAll('&amp;', '&')
    expect(imageUrl).toBeDefined()
    // Astro's image endpoint says "public, max-age=31536000"; the preview server overrides it
    // (on its redirect to the trailing-slash address, too).
    let imageResponse = (await preview(imageUrl!)).response
    for (let hops = 0; imageResponse.status >= 300 && imageResponse.status < 400 && hops < 3; hops++) {
      expectPrivateAndUnindexed(imageResponse, `image redirect ${imageResponse.headers.get('location')}`)
      imageResponse = (await preview(imageResponse.headers.get('location')!)).response
    }
    expect(imageResponse.status).toBe(200)
    expect(imageResponse.headers.get('content-type')).toMatch(/^image\//)
    expectPrivateAndUnindexed(imageResponse, 'image')

    const stylesheetOrFont = html.match(/href="(\/preview\/_astro\/[^"]+)"/)?.[1]
    const asset = (await preview(stylesheetOrFont!)).response
    expect(asset.status).toBe(200)
    expectPrivateAndUnindexed(asset, 'asset')

    const missing = await preview(`${previewBase}de/stories/gibt-es-nicht/`)
    expect(missing.response.status).toBe(404)
    expectPrivateAndUnindexed(missing.response, '404')
  })

  it('leads the website links of a preview page back into the preview', async () => {
    const { response } = await preview(pagePath('de', { kind: 'leitbild' }))
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(previewPath('de', { kind: 'leitbild' }))
  })
})

describe('draft preview in the admin', () => {
  it('an editor switches a story to Arabic, edits right to left, saves a draft and sees it in the preview', async () => {
    const cmsUrl = inject('cmsUrl')
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
      const admin = await context.newPage()
      await logInToAdmin(admin, cmsUrl, editorEmail, password)

      await admin.goto(`${cmsUrl}/admin/collections/stories/${storyId}?locale=ar`)
      const title = admin.locator('#field-title')
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('مسودة: عنوان عربي جديد')
      expect(await title.evaluate((input) => getComputedStyle(input).direction)).toBe('rtl')

      const draftTitle = 'مسودة من المحرر: عنوان للمعاينة'
      await title.fill(draftTitle)
      await admin.locator('#action-save-draft').click()
      await expect.poll(async () => (await payload.findByID({ collection: 'stories', id: storyId, locale: 'ar', draft: true })).title, { timeout: 30_000 }).toBe(draftTitle)
      await expect.poll(() => title.isEditable(), { timeout: 30_000 }).toBe(true)
      await admin.screenshot({ path: path.join(siteDir, 'test-results', 'screenshots', 'preview-admin-ar.png') })

      const [previewPage] = await Promise.all([context.waitForEvent('page'), admin.locator('#preview-button').click()])
      await previewPage.waitForLoadState('load')
      expect(new URL(previewPage.url()).pathname).toBe(previewPath('ar', { kind: 'story', slug }))
      expect(await previewPage.locator('h1').innerText()).toBe(draftTitle)
      expect(await previewPage.locator('html').getAttribute('dir')).toBe('rtl')
      expect(await previewPage.locator('html').getAttribute('lang')).toBe('ar')
      await previewPage.screenshot({ path: path.join(siteDir, 'test-results', 'screenshots', 'preview-ar.png') })

      // Still a draft: the public reads the published Arabic title.
      const published = (await (await fetch(`${cmsUrl}/api/stories/${storyId}?locale=ar`)).json()) as { title: string }
      expect(published.title).toBe('العنوان المنشور')
    } finally {
      await browser.close()
    }
  })
})

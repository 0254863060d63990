import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logInToAdmin } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { minimalSiteContent, richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * Every admin view as an editor sees it, in Chromium: the dashboard, the translation overview,
 * every collection's list, create and edit views, every global. None may show a value the code
 * failed to fill in ("undefined", "NaN", "null", "[object Object]") or a raw translation key.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let browser: Browser
let page: Page
const password = 'a-long-test-password'
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
  await payload.create({ collection: 'press-releases', data: { title: 'Mitteilung', slug: 'mitteilung', place: 'Dresden', body: richText('Text.'), releaseDate: '2026-01-01T00:00:00.000Z', attachments: [photo.id], _status: 'published' } })
  const admin = payload.config.routes.admin
  for (const collection of payload.config.collections) {
    if (collection.admin.hidden === true || collection.slug.startsWith('payload-')) continue
    views.push(`${admin}/collections/${collection.slug}`)
    const { docs } = await payload.find({ collection: collection.slug as 'stories', limit: 1, depth: 0 })
    if (docs[0]) views.push(`${admin}/collections/${collection.slug}/${docs[0].id}`)
  }
  for (const collection of ['stories', 'press-releases', 'members', 'media', 'values']) views.push(`${admin}/collections/${collection}/create`)
  for (const global of payload.config.globals) views.push(`${admin}/globals/${global.slug}`)

  server = await startCmsServer(started.testEnv.env)
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage()
  await logInToAdmin(page, server.url, 'editor@views.test', password)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await close?.()
})

describe('the admin in German', () => {
  it('has views to check (every collection and global)', () => {
    expect(views.length).toBeGreaterThan(20)
  })

  it('shows no unfilled value or raw translation key in any view, right after it opens and once it has settled', async () => {
    const found: string[] = []
    for (const view of views) {
      const response = await page.goto(`${server.url}${view}`)
      expect(response?.status(), view).toBeLessThan(400)
      // Right after the page arrives (the moment the locale selector once said "undefined"), and settled.
      for (const moment of ['opened', 'settled']) {
        if (moment === 'settled') await page.waitForLoadState('networkidle')
        const text = await page.locator('body').innerText()
        const match = text.match(unfilled)
        if (match) found.push(`${view} (${moment}): …${text.slice(Math.max(0, match.index! - 40), match.index! + 40).replace(/\s+/g, ' ')}…`)
      }
    }
    expect(found).toEqual([])
  }, 240_000)
})

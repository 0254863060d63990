import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { allDocumentRows } from '../src/translation/documentLocaleStates.ts'
import { launchBrowser, logInToAdmin } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { richText } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The Leichte Sprache check in the admin: hints under each translated field in the Leichte
 * Sprache variant only, updated as the editor types, never blocking a save; and the count of
 * what is left in the translation overview.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let storyId: number | string
const password = 'a-long-test-password'
// Passive voice, and a genitive: two hints in one short sentence.
const hardSummary = 'Das Fest des Vereins wird von allen gefeiert.'

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await payload.create({ collection: 'users', data: { email: 'editor@ls.test', password, name: 'Redaktion', role: 'editor' } })
  const story = await payload.create({
    collection: 'stories',
    data: { title: 'Ein Fest', slug: 'ein-fest', summary: 'Das Fest des Vereins wurde von allen gefeiert.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
  })
  storyId = story.id
  await payload.update({ collection: 'stories', id: storyId, locale: 'de-x-ls', data: { title: 'Ein Fest', summary: hardSummary, body: richText('Wir feiern. Alle kommen.') } })
  server = await startCmsServer(started.testEnv.env)
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

describe('the translation overview', () => {
  it('counts the hints left in the Leichte Sprache text, not in the German it falls back to', async () => {
    const rows = await allDocumentRows(payload)
    const story = rows.find((row) => row.entity === 'stories' && row.id === storyId)!
    expect(story.leichteSpracheHints).toBe(2)
    const leitbild = rows.find((row) => row.entity === 'leitbild')
    expect(leitbild?.leichteSpracheHints ?? 0).toBe(0)
  })
})

describe('in the admin', () => {
  it('shows the hints under the field in Leichte Sprache only, as the editor types, and the overview counts them', async () => {
    const browser = await launchBrowser()
    try {
      const page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage()
      await logInToAdmin(page, server.url, 'editor@ls.test', password)

      await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=de`)
      await expect.poll(() => page.locator('#field-summary').inputValue(), { timeout: 30_000 }).toContain('wurde von allen')
      expect(await page.locator('.leichte-sprache-hints').count(), 'German is not checked').toBe(0)

      await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=de-x-ls`)
      const summary = page.locator('#field-summary')
      await expect.poll(() => summary.inputValue(), { timeout: 30_000 }).toBe(hardSummary)
      const hints = page.locator('.field-type.textarea', { has: summary }).locator('.leichte-sprache-hints')
      await expect.poll(() => hints.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule'))), { timeout: 10_000 }).toEqual(['passive', 'genitive'])
      await page.screenshot({ path: 'test-results/screenshots/leichte-sprache-hints.png' })

      await summary.fill('Der Verein feiert ein Fest. Alle feiern mit.')
      await expect.poll(() => hints.count(), { timeout: 10_000 }).toBe(0)

      await page.goto(`${server.url}/admin/translations?language=de-x-ls`)
      const cell = page.locator(`tr[data-entity="stories"] td[data-locale="de-x-ls"] .leichte-sprache-count`)
      expect(await cell.getAttribute('data-hints')).toBe('2')
      expect(await cell.innerText()).toContain('2 Hinweise zur Leichten Sprache')
    } finally {
      await browser.close()
    }
  }, 120_000)
})

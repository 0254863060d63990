import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logInToAdmin } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The interface language of each person: from Payload's language cookie or the browser's
 * Accept-Language, with `lang` and `dir` on the admin's <html>; chosen on the login page,
 * stored on the account, and back after logging in on another browser.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let browser: Browser
const password = 'a-long-test-password'

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await payload.create({ collection: 'users', data: { email: 'redaktion@sprache.test', password, name: 'Redaktion', role: 'editor' } })
  await payload.create({ collection: 'users', data: { email: 'neu@sprache.test', password, name: 'Neu', role: 'author' } })
  server = await startCmsServer(started.testEnv.env)
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await close?.()
})

const loginPage = async (headers: Record<string, string>) => (await fetch(`${server.url}/admin/login`, { headers })).text()
const htmlAttribute = (html: string, name: string) => html.match(new RegExp(`<html[^>]*\\s${name}="([^"]*)"`))?.[1]

describe('the admin’s <html> speaks the interface language', () => {
  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ru', 'ltr'],
    ['uk', 'ltr'],
    ['vi', 'ltr'],
    ['tr', 'ltr'],
  ])('with the language cookie set to %s: dir="%s"', async (language, dir) => {
    const html = await loginPage({ Cookie: `payload-lng=${language}` })
    expect(htmlAttribute(html, 'lang')).toBe(language)
    expect(htmlAttribute(html, 'dir')).toBe(dir)
  })

  it('without the cookie follows Accept-Language among the eight, else German', async () => {
    expect(htmlAttribute(await loginPage({ 'Accept-Language': 'fa-IR,fa;q=0.9,en;q=0.5' }), 'lang')).toBe('fa')
    expect(htmlAttribute(await loginPage({ 'Accept-Language': 'tr-TR,tr;q=0.9' }), 'dir')).toBe('ltr')
    expect(htmlAttribute(await loginPage({ 'Accept-Language': 'sw-KE,sw;q=0.9' }), 'lang')).toBe('de')
  })
})

describe('a person’s language stays with them', () => {
  /** The logged-in person as `GET /api/users/me` returns them, asked with the browser's own session (from the admin's origin, as Payload's CSRF rule wants for a cookie). */
  const me = async (page: Page) =>
    ((await (await page.request.get(`${server.url}/api/users/me`, { headers: { Origin: server.url } })).json()) as { user: { adminLanguage?: string | null } | null }).user

  it('a new account takes the browser’s language', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await logInToAdmin(page, server.url, 'neu@sprache.test', password)
    await page.waitForSelector('html[lang="vi"][dir="ltr"]')
    await expect.poll(async () => (await me(page))?.adminLanguage, { timeout: 15_000 }).toBe('vi')
    await context.close()
  })

  it('is chosen on the login page, stored on the account and back after logging in on another browser', async () => {
    const first = await browser.newContext({ locale: 'de-DE' })
    const page = await first.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#login-language').selectOption('ar')
    await page.waitForSelector('html[lang="ar"][dir="rtl"]')
    await logInToAdmin(page, server.url, 'redaktion@sprache.test', password)
    await expect.poll(async () => (await me(page))?.adminLanguage, { timeout: 15_000 }).toBe('ar')
    // The account view offers the choice too (Payload's own selector).
    await page.goto(`${server.url}/admin/account`)
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl')
    await first.close()

    // Another browser, German by its settings: after login the admin turns Arabic.
    const second = await browser.newContext({ locale: 'de-DE' })
    const other = await second.newPage()
    await logInToAdmin(other, server.url, 'redaktion@sprache.test', password)
    await other.waitForSelector('html[lang="ar"][dir="rtl"]')
    expect((await me(other))?.adminLanguage).toBe('ar')
    await second.close()
  })
})

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, watchPolicyViolations } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { richText } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The CMS's security headers and its GraphQL switch, on the real built server over HTTP:
 * once as on localhost (http, GraphQL off, the default) and once configured for a public
 * https origin with GRAPHQL=on. The admin is driven in Chromium to show that its policy
 * lets it work: no Content-Security-Policy violation while logging in and editing.
 */

let payload: Payload
let close: () => Promise<void>
let env: Record<string, string>
let storyId: number | string
let svgUrl: string
const login = { email: 'admin@security.test', password: 'a-long-test-password' }

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  env = started.testEnv.env
  await payload.create({ collection: 'users', data: { ...login, name: 'Admin', role: 'admin' } })
  await payload.create({ collection: 'values', data: { title: 'Solidarität', text: 'Text.', order: 1, _status: 'published' } })
  const story = await payload.create({
    collection: 'stories',
    data: { title: 'Sicherheitsgeschichte', slug: 'sicherheit', summary: 'S', body: richText('Ein Absatz.'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
  })
  storyId = story.id
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" style="fill:#0b5563"/></svg>')
  const media = await payload.create({
    collection: 'media',
    // A logo: public by an editor's mark, with no document using it.
    data: { alt: 'Logo', credit: 'Verband', licence: 'cc0-1.0', alwaysPublic: true },
    file: { data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length },
  })
  svgUrl = new URL(String(media.url)).pathname
})

afterAll(async () => {
  await close?.()
})

/** A directive's sources, from a policy string. */
function directive(policy: string | null, name: string): string[] | undefined {
  const found = policy?.split(';').map((part) => part.trim().split(/\s+/)).find(([directiveName]) => directiveName === name)
  return found?.slice(1)
}

const commonHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
}

describe('on http (localhost), GraphQL off', () => {
  let server: CmsServer
  let browser: Browser | undefined

  beforeAll(async () => {
    server = await startCmsServer(env)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it.each([
    ['the admin login page', '/admin/login'],
    ['a REST read', '/api/values'],
    ['a refused unknown locale', '/api/values?locale=xx'],
    ['an uploaded SVG', 'svg'],
  ])('sends nosniff, a referrer policy, a permissions policy and no HSTS with %s', async (_what, pathOrSvg) => {
    const response = await fetch(`${server.url}${pathOrSvg === 'svg' ? svgUrl : pathOrSvg}`)
    expect(response.status).toBeLessThan(500)
    for (const [name, value] of Object.entries(commonHeaders)) expect(response.headers.get(name), name).toBe(value)
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
    // HSTS over plain http would pin nothing and only mislead.
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('gives the admin a policy with a fresh nonce per response that every script of the page carries', async () => {
    const first = await fetch(`${server.url}/admin/login`)
    const second = await fetch(`${server.url}/admin/login`)
    const policy = first.headers.get('content-security-policy')
    const nonce = directive(policy, 'script-src')?.find((source) => source.startsWith("'nonce-"))?.slice(7, -1)
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    expect(directive(policy, 'script-src')).toContain("'strict-dynamic'")
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'")
    // Only `next dev` needs eval (React's development build); the production server never allows it.
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-eval'")
    expect(directive(policy, 'frame-ancestors')).toEqual(["'self'"])
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
    expect(directive(policy, 'upgrade-insecure-requests')).toBeUndefined()
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('serves API answers with a policy that loads nothing and cannot be framed', async () => {
    const response = await fetch(`${server.url}/api/values`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it('serves uploaded files sandboxed, so an SVG opened directly can run nothing', async () => {
    const response = await fetch(`${server.url}${svgUrl}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers POST /api/graphql with 404: GraphQL is off unless GRAPHQL=on', async () => {
    const response = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ Values { docs { title } } }' }) })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Solidarität')
  })

  it('lets an admin log in and edit a story in Chromium without a single policy violation', async () => {
    browser = await launchBrowser()
    const context = await browser.newContext()
    const violations = await watchPolicyViolations(context)
    const page = await context.newPage()
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`))

    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.locator('#field-email').fill(login.email)
    await page.locator('#field-password').fill(login.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.locator('nav').first().waitFor()

    await page.goto(`${server.url}/admin/collections/stories/${storyId}`, { waitUntil: 'networkidle' })
    const title = page.locator('#field-title')
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Sicherheitsgeschichte')
    // The rich text editor is Payload's most script-heavy part: it must have come up.
    await expect.poll(() => page.locator('[data-lexical-editor="true"]').first().textContent(), { timeout: 30_000 }).toContain('Ein Absatz.')
    await title.fill('Sicherheitsgeschichte, bearbeitet')
    await page.keyboard.press('ControlOrMeta+s')
    await expect.poll(async () => (await payload.findByID({ collection: 'stories', id: storyId, draft: true })).title, { timeout: 30_000 }).toBe('Sicherheitsgeschichte, bearbeitet')
    await page.close()
    expect(violations).toEqual([])
  })
})

describe('configured for https (behind a TLS proxy), GraphQL on', () => {
  let server: CmsServer

  beforeAll(async () => {
    server = await startCmsServer({ ...env, GRAPHQL: 'on' }, { publicUrl: 'https://cms.example.org' })
  })

  afterAll(async () => {
    await server?.stop()
  })

  it.each([
    ['the admin', '/admin/login'],
    ['the REST API', '/api/values'],
  ])('sends HSTS with %s', async (_what, path) => {
    const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  it("upgrades the admin's insecure requests", async () => {
    const response = await fetch(`${server.url}/admin/login`, { redirect: 'manual' })
    expect(directive(response.headers.get('content-security-policy'), 'upgrade-insecure-requests')).toEqual([])
  })

  async function graphql(query: string) {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    })
    return { status: response.status, body: (await response.json()) as { data?: Record<string, { docs: Record<string, unknown>[] }>; errors?: { message: string }[] } }
  }

  it('answers a reasonable query', async () => {
    const { status, body } = await graphql('{ Values { docs { title } } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Values?.docs).toEqual([{ title: 'Solidarität' }])
  })

  it('answers the deepest read a client needs (depth 8)', async () => {
    const { status, body } = await graphql('{ PressReleases { docs { relatedStories { members { logo { sizes { thumbnail { url } } } } } } } }')
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
  })

  it('refuses a query nested deeper than 8 with a 400 that says so, before running it', async () => {
    const { status, body } = await graphql('query Deep { versionsPressReleases { docs { version { relatedStories { members { logo { sizes { thumbnail { url } } } } } } } } }')
    expect(status).toBe(400)
    expect(body.data).toBeUndefined()
    expect(body.errors?.map((error) => error.message)).toEqual(['"Deep" is nested too deep: depth 9, at most 8 allowed.'])
  })

  it('refuses a query that asks for too much at once (aliases) with a 400 naming the limit', async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `s${i}: Stories(limit: 100) { docs { title heroImage { url } members { name } } }`).join(' ')
    const { status, body } = await graphql(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/maximum complexity of 500/)
  })

  it('refuses introspection in production', async () => {
    const { status, body } = await graphql('{ __schema { types { name } } }')
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/)
  })
})

import { forgetUnconfirmedSubscribersTask, localeCodes } from '@verband/content-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { de } from '../src/pressList/text/de.ts'
import { pressListTexts } from '../src/pressList/text/index.ts'
import { signPressListToken } from '../src/pressList/tokens.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { startMailServer, type MailServer } from './support/mailServer.ts'
import { startTestPayload } from './support/testPayload.ts'
import { until } from './support/until.ts'

/**
 * The press list's double opt-in against the real CMS server over HTTP, with a real SMTP
 * server on localhost: subscribe, the confirmation mail in the subscriber's language, the
 * page its link opens, confirmation by POST; and every way that must not work.
 */

const site = 'http://site.presslist.test'
const password = 'a-long-test-password'
let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let smtp: MailServer
let secret: string

// Behind one trusted proxy: each test posts from an address of its own, so rate limits stay apart.
let addressCounter = 0
const newAddress = () => `198.51.100.${++addressCounter}`

type Subscription = Record<string, string | string[]>
const subscription = (email: string, extra: Subscription = {}): Subscription => ({
  email,
  name: 'Lina Petrenko',
  outlet: 'Sächsische Zeitung',
  languages: ['uk', 'de'],
  topics: ['all'],
  consent: 'yes',
  locale: 'uk',
  ...extra,
})

async function subscribe(body: Subscription, { origin = site, address = newAddress() }: { origin?: string; address?: string } = {}) {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(body)) for (const item of [value].flat()) params.append(name, item)
  const response = await fetch(`${server.url}/api/press-list/subscribe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, 'X-Forwarded-For': address },
    body: params,
  })
  return { status: response.status, body: (await response.json()) as { message?: string; errors?: Array<{ message: string; data?: { errors: Array<{ path: string }> } }> } }
}

const mailsTo = (email: string) => smtp.mailsTo(email)
const subscriberOf = async (email: string) => (await payload.find({ collection: 'press-subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]

/** The link in the newest confirmation mail to `email`, once it has arrived. */
async function confirmationLink(email: string, count = 1): Promise<string> {
  const mail = await until(`confirmation mail ${count} to ${email}`, () => mailsTo(email)[count - 1])
  return mail.text!.match(/https?:\/\/\S+/)![0]
}

async function openPage(url: string) {
  const response = await fetch(url)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

async function postConfirm(fields: Record<string, string>) {
  const response = await fetch(`${server.url}/api/press-list/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) })
  return { status: response.status, html: await response.text() }
}

/** The hidden fields of the page's confirmation form, as a browser would post them. */
function formFields(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [match[1]!, match[2]!.replace(/&amp;/g, '&')]))
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  secret = started.testEnv.env.PAYLOAD_SECRET!
  await payload.create({ collection: 'users', data: { email: 'author@presslist.test', password, name: 'Autorin', role: 'author' } })
  smtp = await startMailServer()
  server = await startCmsServer({
    ...started.testEnv.env,
    SITE_URL: site,
    SMTP_URL: smtp.url,
    SMTP_FROM: 'Verband Presse <presse@presslist.test>',
    TRUSTED_PROXIES: '1',
  })
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.close()
  await close?.()
})

describe('subscribing to the press list', () => {
  it('stores a pending entry with its consent and mails a link in the subscriber’s language; the link’s page confirms only by POST', async () => {
    const answer = await subscribe(subscription('Lina@Example.org'))
    expect(answer.status).toBe(202)
    const stored = await subscriberOf('lina@example.org')
    expect(stored).toMatchObject({ status: 'pending', name: 'Lina Petrenko', languages: ['uk', 'de'], topics: ['all'], accredited: false, consent: { textVersion: expect.any(String), source: expect.stringContaining('uk') } })

    const link = await confirmationLink('lina@example.org')
    const mail = mailsTo('lina@example.org')[0]!
    expect(mail.subject).toBe(pressListTexts.uk.mail.subject)
    expect(mail.text).toContain(pressListTexts.uk.mail.greeting('Lina Petrenko'))
    expect(link.startsWith(`${server.url}/api/press-list/confirm?token=`)).toBe(true)

    // Opening the link (as a mail scanner does) confirms nothing: it shows a page with a button.
    const page = await openPage(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.html).toContain('<html lang="uk" dir="ltr">')
    expect(page.html).toContain('<meta name="robots" content="noindex">')
    expect(page.html).toMatch(/<form method="post" action="[^"]+\/api\/press-list\/confirm">/)
    expect(page.html).toContain(pressListTexts.uk.page.confirmButton)
    expect((await subscriberOf('lina@example.org'))!.status).toBe('pending')

    const confirmed = await postConfirm(formFields(page.html))
    expect(confirmed.status).toBe(200)
    expect(confirmed.html).toContain(pressListTexts.uk.page.confirmedTitle)
    expect(await subscriberOf('lina@example.org')).toMatchObject({ status: 'confirmed', consent: { confirmedAt: expect.any(String) } })
    // A second click on the same button says the same and changes nothing.
    expect((await postConfirm(formFields(page.html))).html).toContain(pressListTexts.uk.page.confirmedTitle)
  })

  it('changes nothing and sends nothing for an address already confirmed, whatever its case, and answers the same', async () => {
    await subscribe(subscription('mira@example.org', { locale: 'ar', languages: ['ar'] }))
    const page = await openPage(await confirmationLink('mira@example.org'))
    expect(page.html).toContain('<html lang="ar" dir="rtl">')
    await postConfirm(formFields(page.html))
    const before = await subscriberOf('mira@example.org')

    const again = await subscribe(subscription('MIRA@example.org', { name: 'Jemand anderes', languages: ['de'] }))
    expect(again.status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailsTo('mira@example.org')).toHaveLength(1)
    expect(await subscriberOf('mira@example.org')).toEqual(before)
    expect((await payload.count({ collection: 'press-subscribers', where: { email: { like: 'mira@' } } })).totalDocs).toBe(1)
  })

  it('refuses forged, altered and expired links with a page that says so, and confirms nobody', async () => {
    await subscribe(subscription('olek@example.org'))
    const link = new URL(await confirmationLink('olek@example.org'))
    const token = link.searchParams.get('token')!
    const [body, signature] = token.split('.')
    const altered = `${body!.slice(0, -2)}AA.${signature}`
    for (const bad of [altered, 'x.y', '', `${body}.${'A'.repeat(signature!.length)}`]) {
      const page = await openPage(`${server.url}/api/press-list/confirm?token=${encodeURIComponent(bad)}&locale=de`)
      expect(page.status).toBe(400)
      expect(page.html).toContain(de.page.invalidTitle)
      expect((await postConfirm({ token: bad, locale: 'de' })).status).toBe(400)
    }
    const subscriber = (await subscriberOf('olek@example.org'))!
    const expired = signPressListToken(secret, { purpose: 'confirm', subscriber: subscriber.id, binding: subscriber.consent!.givenAt!, expiresAt: Date.now() - 1000 })
    const expiredPage = await postConfirm({ token: expired, locale: 'de' })
    expect(expiredPage.status).toBe(410)
    expect(expiredPage.html).toContain(de.page.expiredTitle)
    expect((await subscriberOf('olek@example.org'))!.status).toBe('pending')

    // A new subscription of the same address makes the first link useless.
    await subscribe(subscription('olek@example.org'))
    await confirmationLink('olek@example.org', 2)
    expect((await openPage(link.href)).status).toBe(400)
  })

  it('sends a browser’s form post to the website’s page for the outcome, in the page’s language', async () => {
    const post = async (body: Subscription) => {
      const params = new URLSearchParams()
      for (const [name, value] of Object.entries(body)) for (const item of [value].flat()) params.append(name, item)
      const response = await fetch(`${server.url}/api/press-list/subscribe`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', Origin: site, 'X-Forwarded-For': newAddress() },
        body: params,
      })
      return { status: response.status, location: response.headers.get('location') }
    }
    expect(await post(subscription('browser@example.org', { locale: 'fa' }))).toEqual({ status: 303, location: `${site}/fa/press-list/sent/` })
    expect(await post(subscription('browser2@example.org', { locale: 'de-x-ls', consent: '' }))).toEqual({ status: 303, location: `${site}/leichte-sprache/press-list/check/` })
    expect(await post(subscription('browser3@example.org', { locale: 'de', elapsed: '800' }))).toEqual({ status: 303, location: `${site}/de/press-list/too-fast/` })
    expect(await subscriberOf('browser2@example.org')).toBeUndefined()
  })

  it('refuses bad input with the field named, stores nothing and sends nothing', async () => {
    const count = async () => (await payload.count({ collection: 'press-subscribers' })).totalDocs
    const before = await count()
    const cases: Array<[Subscription, string]> = [
      [subscription('not-an-address'), 'email'],
      [subscription('a@example.org', { name: 'Eva\r\nBcc: viele@example.org' }), 'name'],
      [subscription('b@example.org', { outlet: 'x'.repeat(161) }), 'outlet'],
      [subscription('c@example.org', { languages: ['xx'] }), 'languages'],
      [subscription('d@example.org', { topics: [] }), 'topics'],
      [subscription('e@example.org', { consent: 'no' }), 'consent'],
    ]
    for (const [body, field] of cases) {
      const answer = await subscribe(body)
      expect(answer.status, field).toBe(400)
      expect(answer.body.errors![0]!.data!.errors.map((error) => error.path)).toContain(field)
    }
    expect((await subscribe(subscription('f@example.org'), { origin: 'https://elsewhere.example' })).status).toBe(403)
    expect(await count()).toBe(before)
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org', 'e@example.org', 'f@example.org']) expect(mailsTo(email), email).toEqual([])
  })

  it('sends one address at most three confirmation mails a day, from whichever client', async () => {
    for (let attempt = 1; attempt <= 3; attempt += 1) expect((await subscribe(subscription('viel@example.org'))).status).toBe(202)
    expect((await subscribe(subscription('viel@example.org'))).status).toBe(429)
    await confirmationLink('viel@example.org', 3)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailsTo('viel@example.org')).toHaveLength(3)
  })

  it('takes goals of the Leitbild as topics, keeping only goals that are published', async () => {
    const goal = await payload.create({ collection: 'goals', data: { title: 'Teilhabe', text: 'Teilhabe.', order: 1, _status: 'published' } as never })
    const draft = await payload.create({ collection: 'goals', draft: true, data: { title: 'Entwurf', text: 'Entwurf.', order: 2, _status: 'draft' } as never })
    const answer = await subscribe(subscription('ziele@example.org', { topics: [], goals: [String(goal.id), String(draft.id), '987654'] }))
    expect(answer.status).toBe(202)
    expect(await subscriberOf('ziele@example.org')).toMatchObject({ topics: [], goals: [goal.id] })
    // Neither a topic nor a goal: nothing to send, so nothing stored.
    const none = await subscribe(subscription('nichts@example.org', { topics: [] }))
    expect(none.status).toBe(400)
    expect(none.body.errors![0]!.data!.errors.map((error) => error.path)).toEqual(['topics'])
    const garbage = await subscribe(subscription('kaputt@example.org', { goals: ['1; DROP TABLE'] }))
    expect(garbage.status).toBe(400)
    expect(await subscriberOf('nichts@example.org')).toBeUndefined()
    expect(await subscriberOf('kaputt@example.org')).toBeUndefined()
  })

  it('forgets an unconfirmed address once its link has run out, by a job booked every ten minutes', async () => {
    const booked = await until('the scheduled job to be booked', async () => (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: forgetUnconfirmedSubscribersTask } }, depth: 0 })).docs[0])
    expect(new Date(booked.waitUntil!).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000)

    await subscribe(subscription('spaet@example.org'))
    await subscribe(subscription('frisch@example.org'))
    const subscriber = (await subscriberOf('spaet@example.org'))!
    await payload.update({ collection: 'press-subscribers', id: subscriber.id, data: { consent: { ...subscriber.consent, givenAt: new Date(Date.now() - 49 * 3600_000).toISOString() } } })
    // Its time come: the CMS server runs it.
    await payload.update({ collection: 'payload-jobs', id: booked.id, data: { waitUntil: new Date().toISOString() } })
    await until('the expired entry to be gone', async () => !(await subscriberOf('spaet@example.org')))
    expect((await subscriberOf('frisch@example.org'))!.status).toBe('pending')
  })
})

describe('the press list', () => {
  it('is read by editors only: never by authors or the public', async () => {
    const anonymous = await fetch(`${server.url}/api/press-subscribers`)
    expect(anonymous.status).toBe(403)
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'author@presslist.test', password }) })
    const { token } = (await login.json()) as { token: string }
    expect((await fetch(`${server.url}/api/press-subscribers`, { headers: { Authorization: `JWT ${token}` } })).status).toBe(403)
  })

  it('has its words in every language of the website', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shape(item)])) : typeof value
    for (const locale of localeCodes) expect(shape(pressListTexts[locale]), locale).toEqual(shape(de))
  })
})

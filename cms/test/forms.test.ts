import type { FormSubmission } from '@verband/content-types'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The website's forms against the real CMS server over HTTP, with a real SMTP server on
 * localhost receiving the editors' notifications.
 */

const site = 'http://site.forms.test'
const postsPerHour = 3
const password = 'a-long-test-password'
let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let smtp: SMTPServer
const mails: ParsedMail[] = []
const tokens: Record<'author' | 'editor', string> = { author: '', editor: '' }

// One trusted proxy in front (TRUSTED_PROXIES=1): each test posts from addresses of its own,
// so the rate limit of one does not spill into another.
let addressCounter = 0
const newAddress = () => `203.0.113.${++addressCounter}`

type Post = { as?: 'browser' | 'json'; origin?: string | null; address?: string; body?: string; contentType?: string }

async function post(form: string, fields: Record<string, string>, options: Post = {}) {
  const { as = 'json', origin = site, address = newAddress() } = options
  const headers = new Headers({ 'X-Forwarded-For': address })
  if (origin) headers.set('Origin', origin)
  if (as === 'browser') {
    headers.set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
    headers.set('Content-Type', options.contentType ?? 'application/x-www-form-urlencoded')
  } else {
    headers.set('Accept', 'application/json')
    headers.set('Content-Type', options.contentType ?? 'application/json')
  }
  const body = options.body ?? (as === 'browser' ? new URLSearchParams(fields).toString() : JSON.stringify(fields))
  const response = await fetch(`${server.url}/api/forms/${form}`, { method: 'POST', headers, body, redirect: 'manual' })
  const text = await response.text()
  let json: { message?: string; errors?: { message: string; data?: { errors: { path: string; message: string }[] } }[] } = {}
  try {
    json = JSON.parse(text)
  } catch {
    // a redirect has no body
  }
  return { status: response.status, location: response.headers.get('location'), retryAfter: response.headers.get('retry-after'), json }
}

async function api(pathAndQuery: string, init: RequestInit & { as?: keyof typeof tokens } = {}) {
  const headers = new Headers(init.headers)
  if (init.body) headers.set('Content-Type', 'application/json')
  if (init.as) headers.set('Authorization', `JWT ${tokens[init.as]}`)
  const response = await fetch(`${server.url}/api${pathAndQuery}`, { ...init, headers })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { docs?: FormSubmission[] } }
}

const contact = (message: string, extra: Record<string, string> = {}) => ({ name: 'Amal Haddad', email: 'amal@example.org', message, locale: 'de', elapsed: '8000', ...extra })

async function stored(message: string): Promise<FormSubmission[]> {
  const { docs } = await payload.find({ collection: 'form-submissions', where: { message: { equals: message } }, limit: 10 })
  return docs
}

async function mailContaining(text: string): Promise<ParsedMail> {
  await expect.poll(() => mails.some((mail) => mail.text?.includes(text)), { timeout: 15_000 }).toBe(true)
  return mails.find((mail) => mail.text?.includes(text))!
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  for (const role of ['editor', 'author'] as const) {
    await payload.create({ collection: 'users', data: { email: `${role}@forms.test`, password, name: role, role } })
  }
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail)
        callback()
      }, callback)
    },
  })
  const smtpPort = await freePort()
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))
  server = await startCmsServer({
    ...started.testEnv.env,
    SITE_URL: site,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_FROM: 'Verband CMS <cms@forms.test>',
    FORMS_NOTIFY_TO: 'redaktion@forms.test',
    FORMS_RATE_LIMIT: String(postsPerHour),
    TRUSTED_PROXIES: '1',
  })
  for (const role of ['editor', 'author'] as const) {
    const login = await api('/users/login', { method: 'POST', body: JSON.stringify({ email: `${role}@forms.test`, password }) })
    expect(login.status).toBe(200)
    tokens[role] = String(login.body.token)
  }
})

afterAll(async () => {
  await server?.stop()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  await close?.()
})

describe('a visitor sends a form', () => {
  it('stores a plain HTML form post and sends the browser to the thank-you page in its language', async () => {
    const message = 'Wir möchten Mitglied werden. Wie geht das?'
    const response = await post('contact', contact(message), { as: 'browser' })
    expect(response.status).toBe(303)
    expect(response.location).toBe(`${site}/de/contact/sent/`)
    const [submission] = await stored(message)
    expect(submission).toMatchObject({ form: 'contact', status: 'new', name: 'Amal Haddad', email: 'amal@example.org', locale: 'de', subject: message })
  })

  it('accepts JSON too, and anonymous accessibility feedback with the page it is about', async () => {
    const message = 'صورة بدون نص بديل'
    const response = await post('accessibility-feedback', { message, pageUrl: `${site}/ar/stories/x/`, locale: 'ar' })
    expect(response.status).toBe(201)
    expect(response.json.message).toMatch(/arrived/)
    expect(await stored(message)).toMatchObject([{ form: 'accessibility-feedback', locale: 'ar', pageUrl: `${site}/ar/stories/x/` }])
    const browser = await post('accessibility-feedback', { message: `${message} 2`, locale: 'ar' }, { as: 'browser' })
    expect(browser.location).toBe(`${site}/ar/barrierefreiheit/sent/`)
  })

  it('accepts a post without a fill time (no JavaScript) and one sent after the minimum time', async () => {
    const withoutScript = 'Gesendet ohne JavaScript'
    expect((await post('contact', { ...contact(withoutScript), elapsed: '' })).status).toBe(201)
    expect(await stored(withoutScript)).toHaveLength(1)
  })
})

describe('spam protection', () => {
  it('answers a filled honeypot like a success and stores nothing', async () => {
    const message = 'Cheap watches, buy now'
    const response = await post('contact', contact(message, { topic: 'http://spam.example' }), { as: 'browser' })
    expect(response.status).toBe(303)
    expect(response.location).toBe(`${site}/de/contact/sent/`)
    expect((await post('contact', contact(`${message} (json)`, { topic: 'x' }))).status).toBe(201)
    expect(await stored(message)).toEqual([])
    expect(await stored(`${message} (json)`)).toEqual([])
  })

  it('refuses a form sent faster than a person can, with a message, and stores nothing', async () => {
    const message = 'Zu schnell ausgefüllt'
    const response = await post('contact', contact(message, { elapsed: '900' }))
    expect(response.status).toBe(400)
    expect(response.json.errors?.[0]?.message).toMatch(/sent too quickly/)
    const browser = await post('contact', contact(message, { elapsed: '900', locale: 'uk' }), { as: 'browser' })
    expect(browser.location).toBe(`${site}/uk/contact/too-fast/`)
    expect(await stored(message)).toEqual([])
  })

  it(`limits one address to ${postsPerHour} posts an hour (429), and a client cannot dodge it with its own X-Forwarded-For`, async () => {
    const address = newAddress()
    for (let n = 1; n <= postsPerHour; n += 1) {
      expect((await post('contact', contact(`Nachricht ${n} von einer Adresse`), { address })).status).toBe(201)
    }
    const refused = await post('contact', contact('Eine zu viel'), { address })
    expect(refused.status).toBe(429)
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect(refused.json.errors?.[0]?.message).toMatch(/too many posts/)
    // The trusted proxy appends the real address; whatever the client wrote before it is ignored.
    const dodging = await post('contact', contact('Mit falscher Adresse'), { address: `198.51.100.99, ${address}`, as: 'browser' })
    expect(dodging.location).toBe(`${site}/de/contact/too-many/`)
    expect(await stored('Eine zu viel')).toEqual([])
    expect(await stored('Mit falscher Adresse')).toEqual([])
    // Another address is not affected.
    expect((await post('contact', contact('Von nebenan'))).status).toBe(201)
  })
})

describe('bad input is refused with a 4xx that says why, and nothing is stored', () => {
  it('names each invalid field', async () => {
    const message = 'x'.repeat(5001)
    const response = await post('contact', { name: '', email: 'not-an-address', message, locale: 'de', elapsed: '8000' })
    expect(response.status).toBe(400)
    expect(response.json.errors?.[0]?.data?.errors.map((error) => error.path)).toEqual(['name', 'email', 'message'])
    expect(JSON.stringify(response.json)).toMatch(/at most 5000 characters/)
    expect(await stored(message)).toEqual([])
    const browser = await post('contact', { name: 'A', email: 'nope', message: 'Hallo', locale: 'fa', elapsed: '8000' }, { as: 'browser' })
    expect(browser.location).toBe(`${site}/fa/contact/check/`)
    expect(await stored('Hallo')).toEqual([])
  })

  it('refuses an oversized body (413), other content types (415) and malformed JSON (400)', async () => {
    const huge = 'y'.repeat(70 * 1024)
    const oversized = await post('contact', contact(huge))
    expect(oversized.status).toBe(413)
    expect(oversized.json.errors?.[0]?.message).toMatch(/too large/)
    expect(await stored(huge)).toEqual([])
    const multipart = await post('contact', {}, { body: '--x\r\n', contentType: 'multipart/form-data; boundary=x' })
    expect(multipart.status).toBe(415)
    const malformed = await post('contact', {}, { body: '{"message": ' })
    expect(malformed.status).toBe(400)
    expect(malformed.json.errors?.[0]?.message).toMatch(/not valid JSON/)
  })

  it('refuses posts from another origin or without one (403), and unknown forms (404)', async () => {
    const foreign = await post('contact', contact('Von fremder Seite'), { origin: 'http://evil.example', as: 'browser' })
    expect(foreign.status).toBe(403)
    expect(foreign.json.errors?.[0]?.message).toMatch(/accepted from the website/)
    expect((await post('contact', contact('Ohne Herkunft'), { origin: null })).status).toBe(403)
    expect(await stored('Von fremder Seite')).toEqual([])
    expect(await stored('Ohne Herkunft')).toEqual([])
    expect((await post('newsletter', contact('Unbekannt'))).status).toBe(404)
  })

  it('lets the website (and only it) call the endpoint from a script: CORS', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/forms/contact`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } })
    expect((await preflight(site)).headers.get('access-control-allow-origin')).toBe(site)
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('who may read submissions', () => {
  let id: number

  beforeAll(async () => {
    const message = 'Nur für die Redaktion'
    expect((await post('contact', contact(message))).status).toBe(201)
    id = (await stored(message))[0]!.id
  })

  it('refuses the public every REST access: list, read, update, delete and create', async () => {
    expect((await api('/form-submissions')).status).toBe(403)
    expect((await api(`/form-submissions/${id}`)).status).toBe(403)
    expect((await api(`/form-submissions/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'done' }) })).status).toBe(403)
    expect((await api(`/form-submissions/${id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await api('/form-submissions', { method: 'POST', body: JSON.stringify({ form: 'contact', message: 'Direkt über REST' }) })).status).toBe(403)
    expect(await stored('Direkt über REST')).toEqual([])
  })

  it('refuses authors', async () => {
    expect((await api('/form-submissions', { as: 'author' })).status).toBe(403)
    expect((await api(`/form-submissions/${id}`, { as: 'author' })).status).toBe(403)
  })

  it('lets editors read them and set the status, but not rewrite what the visitor sent, nor create one', async () => {
    const list = await api('/form-submissions?limit=100', { as: 'editor' })
    expect(list.status).toBe(200)
    expect(list.body.docs?.some((doc) => doc.id === id)).toBe(true)
    const updated = await api(`/form-submissions/${id}`, { as: 'editor', method: 'PATCH', body: JSON.stringify({ status: 'done', message: 'Umgeschrieben' }) })
    expect(updated.status).toBe(200)
    const reread = await payload.findByID({ collection: 'form-submissions', id })
    expect(reread).toMatchObject({ status: 'done', message: 'Nur für die Redaktion' })
    expect((await api('/form-submissions', { as: 'editor', method: 'POST', body: JSON.stringify({ form: 'contact', message: 'Von der Redaktion' }) })).status).toBe(403)
  })
})

describe('email to the editors', () => {
  it('replaces Payload\u2019s "no email adapter" warning by its own line about where email goes', () => {
    expect(server.output()).toMatch(/Email: SMTP via 127\.0\.0\.1, sender cms@forms\.test; form submissions are sent to redaktion@forms\.test\./)
    expect(server.output()).not.toMatch(/No email adapter provided/)
  })

  it('sends each submission with its message, a reply address and a link to it in the admin', async () => {
    const message = 'Bitte rufen Sie mich an – Ümlaute und العربية bleiben heil.'
    expect((await post('contact', contact(message, { email: 'reply-to-me@example.org' }))).status).toBe(201)
    const mail = await mailContaining(message)
    const [submission] = await stored(message)
    expect(mail.from?.value[0]?.address).toBe('cms@forms.test')
    expect([mail.to].flat().flatMap((to) => to?.value.map((v) => v.address))).toEqual(['redaktion@forms.test'])
    expect(mail.replyTo?.value[0]?.address).toBe('reply-to-me@example.org')
    expect(mail.subject).toMatch(/^Website – Kontakt: Bitte rufen Sie mich an/)
    expect(mail.text).toContain('Name: Amal Haddad')
    expect(mail.text).toContain(`${server.url}/admin/collections/form-submissions/${submission!.id}`)
    expect(mail.html).toBe(false)
  })

  it('tells which page a barrier is on, and never mails a spam submission', async () => {
    const spam = 'Honeypot spam that must never be mailed'
    await post('accessibility-feedback', { message: spam, topic: 'filled', locale: 'de' })
    const message = 'Das Menü ist mit der Tastatur nicht erreichbar.'
    await post('accessibility-feedback', { message, pageUrl: `${site}/de/partners/`, locale: 'de', elapsed: '12000' })
    const mail = await mailContaining(message)
    expect(mail.text).toContain(`Seite: ${site}/de/partners/`)
    expect(mail.replyTo).toBeUndefined()
    expect(mails.some((m) => m.text?.includes(spam))).toBe(false)
  })
})

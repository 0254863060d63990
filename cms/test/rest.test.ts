import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { richText } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/** The real CMS server over HTTP, as the website and API clients meet it. */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
const tokens: Record<'author' | 'editor', string> = { author: '', editor: '' }
const password = 'a-long-test-password'

async function api(pathAndQuery: string, init: RequestInit & { as?: keyof typeof tokens } = {}) {
  const headers = new Headers(init.headers)
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  if (init.as) headers.set('Authorization', `JWT ${tokens[init.as]}`)
  const response = await fetch(`${server.url}/api${pathAndQuery}`, { ...init, headers })
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = text
  }
  return { status: response.status, body: body as Record<string, unknown> & { docs?: Record<string, unknown>[]; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } }
}

function errorText(body: { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }): string {
  return JSON.stringify(body.errors ?? body)
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  for (const role of ['editor', 'author'] as const) {
    await payload.create({ collection: 'users', data: { email: `${role}@rest.test`, password, name: role, role } })
  }
  await payload.create({ collection: 'values', data: { title: 'Solidarität', text: 'Text.', order: 1, _status: 'published' } })
  await payload.create({
    collection: 'stories',
    data: { title: 'Nur ein Entwurf', slug: 'nur-entwurf', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'draft' },
    draft: true,
  })
  const published = await payload.create({
    collection: 'stories',
    data: { title: 'Veröffentlicht', slug: 'veroeffentlicht', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
  })
  await payload.update({ collection: 'stories', id: published.id, data: { title: 'Unveröffentlichte Änderung' }, draft: true })

  server = await startCmsServer(started.testEnv.env)
  for (const role of ['editor', 'author'] as const) {
    const login = await api('/users/login', { method: 'POST', body: JSON.stringify({ email: `${role}@rest.test`, password }) })
    expect(login.status).toBe(200)
    tokens[role] = String(login.body.token)
  }
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

describe('public reads', () => {
  it('refuses anonymous reads of users', async () => {
    const { status } = await api('/users')
    expect(status).toBe(403)
  })

  it('hides draft-only stories from anonymous readers, in lists and by slug', async () => {
    const list = await api('/stories?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs?.map((d) => d.slug)).toEqual(['veroeffentlicht'])
    for (const query of ['/stories?where[slug][equals]=nur-entwurf', '/stories?where[slug][equals]=nur-entwurf&draft=true']) {
      expect((await api(query)).body.docs).toEqual([])
    }
  })

  it('shows anonymous readers the published version and never a newer draft, even when asking for drafts', async () => {
    const { body } = await api('/stories?where[slug][equals]=veroeffentlicht')
    expect(body.docs?.[0]?.title).toBe('Veröffentlicht')
    const askingForDrafts = await api('/stories?draft=true&limit=100')
    expect(JSON.stringify(askingForDrafts.body)).not.toMatch(/Unveröffentlichte Änderung|Nur ein Entwurf/)
    const asEditor = await api('/stories?where[slug][equals]=veroeffentlicht&draft=true', { as: 'editor' })
    expect(asEditor.body.docs?.[0]?.title).toBe('Unveröffentlichte Änderung')
  })

  it('falls back to German for a locale without translation', async () => {
    const { status, body } = await api('/values?locale=ar')
    expect(status).toBe(200)
    expect(body.docs?.[0]?.title).toBe('Solidarität')
  })
})

describe('member organisations decide which details are public', () => {
  let memberId: number | string

  beforeAll(async () => {
    const member = await payload.create({
      collection: 'members',
      data: {
        name: 'Verein mit Zustimmung nur für den Ort',
        slug: 'verein-ort',
        districts: ['leipzig-stadt'],
        city: 'Leipzig',
        email: 'nicht-oeffentlich@example.org',
        phone: '+49 341 000 999',
        website: 'https://example.org/geheim',
        description: 'Nicht freigegebene Beschreibung.',
        consent: { city: true },
        _status: 'published',
      },
    })
    memberId = member.id
  })

  it('serves the public only the fields with consent', async () => {
    const { status, body } = await api(`/members/${memberId}`)
    expect(status).toBe(200)
    expect(body.city).toBe('Leipzig')
    expect(body.name).toBe('Verein mit Zustimmung nur für den Ort')
    for (const hidden of ['email', 'phone', 'website', 'description']) expect(body, hidden).not.toHaveProperty(hidden)
    expect(JSON.stringify((await api('/members?limit=100')).body)).not.toMatch(/nicht-oeffentlich|000 999|geheim|Nicht freigegebene/)
  })

  it('does not let the public probe a hidden field through a query', async () => {
    const probe = await api('/members?where[email][equals]=nicht-oeffentlich@example.org')
    expect(probe.status === 200 ? probe.body.docs : []).toEqual([])
    if (probe.status !== 200) expect(probe.status).toBeLessThan(500)
  })

  it('shows staff every field', async () => {
    const { body } = await api(`/members/${memberId}`, { as: 'editor' })
    expect(body.email).toBe('nicht-oeffentlich@example.org')
    expect(body.phone).toBe('+49 341 000 999')
  })
})

describe('authors and publishing', () => {
  const story = (slug: string, status: 'draft' | 'published') =>
    JSON.stringify({ title: 'Von der Autorin', slug, summary: 'S', body: richText('B'), publishedAt: '2026-02-01T00:00:00.000Z', _status: status })

  it('lets an author save a draft but not publish it; an editor publishes it', async () => {
    const refused = await api('/stories', { method: 'POST', as: 'author', body: story('autorin-direkt', 'published') })
    expect(refused.status).toBe(403)
    expect(errorText(refused.body)).toMatch(/nur Entwürfe/)
    expect(await payload.count({ collection: 'stories', where: { slug: { equals: 'autorin-direkt' } } })).toMatchObject({ totalDocs: 0 })

    const draft = await api('/stories?draft=true', { method: 'POST', as: 'author', body: story('autorin-entwurf', 'draft') })
    expect(draft.status).toBe(201)
    const id = (draft.body.doc as { id: number }).id

    const publishAttempt = await api(`/stories/${id}`, { method: 'PATCH', as: 'author', body: JSON.stringify({ _status: 'published' }) })
    expect(publishAttempt.status).toBe(403)
    expect((await api('/stories?where[slug][equals]=autorin-entwurf')).body.docs).toEqual([])

    const published = await api(`/stories/${id}`, { method: 'PATCH', as: 'editor', body: JSON.stringify({ _status: 'published' }) })
    expect(published.status).toBe(200)
    expect((await api('/stories?where[slug][equals]=autorin-entwurf')).body.docs).toHaveLength(1)
  })
})

describe('bad input gets a clear 4xx and changes nothing', () => {
  async function valueTitles() {
    const { docs } = await payload.find({ collection: 'values', locale: 'de', draft: true, pagination: false })
    return docs.map((d) => `${d.order}:${d.title}`)
  }

  it('names a missing required field', async () => {
    const before = await valueTitles()
    const { status, body } = await api('/values', { method: 'POST', as: 'editor', body: JSON.stringify({ text: 'Ohne Titel', order: 7, _status: 'published' }) })
    expect(status).toBe(400)
    expect(errorText(body)).toMatch(/title/)
    expect(await valueTitles()).toEqual(before)
  })

  it('refuses an unknown locale and lists the known ones', async () => {
    const read = await api('/values?locale=xx')
    expect(read.status).toBe(400)
    expect(read.body.errors?.[0]?.message).toMatch(/Unknown locale "xx".*de, de-x-ls, en, ar, fa/)
    const write = await api('/values/1?locale=klingon', { method: 'PATCH', as: 'editor', body: JSON.stringify({ title: 'Q' }) })
    expect(write.status).toBe(400)
    expect(await valueTitles()).toEqual(['1:Solidarität'])
  })

  it('refuses wrong types', async () => {
    const before = await valueTitles()
    const { status, body } = await api('/values', { method: 'POST', as: 'editor', body: JSON.stringify({ title: 'T', text: 'X', order: 'erste', _status: 'published' }) })
    expect(status).toBe(400)
    expect(errorText(body)).toMatch(/order/)
    expect(await valueTitles()).toEqual(before)
  })

  it('refuses over-long strings with the limit in the message', async () => {
    const { status, body } = await api('/values/1', { method: 'PATCH', as: 'editor', body: JSON.stringify({ title: 'x'.repeat(121) }) })
    expect(status).toBe(400)
    expect(errorText(body)).toMatch(/120/)
    expect(await valueTitles()).toEqual(['1:Solidarität'])
  })

  it('refuses a malformed slug and keeps the old one', async () => {
    const { docs } = await payload.find({ collection: 'stories', where: { slug: { equals: 'veroeffentlicht' } } })
    const { status, body } = await api(`/stories/${docs[0]?.id}`, { method: 'PATCH', as: 'editor', body: JSON.stringify({ slug: '../../etc/passwd' }) })
    expect(status).toBe(400)
    expect(errorText(body)).toMatch(/slug/)
    expect((await payload.findByID({ collection: 'stories', id: docs[0]!.id })).slug).toBe('veroeffentlicht')
  })

  it('answers a body that is not JSON with a 4xx, not a server error', async () => {
    const response = await fetch(`${server.url}/api/values`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` },
      body: '{"title": "unterbrochen',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('translation endpoints', () => {
  const post = (path: string, body: unknown, as?: keyof typeof tokens) => api(path, { method: 'POST', body: JSON.stringify(body), as })

  it('refuse anyone without a staff login', async () => {
    expect((await post('/translation/machine', { collection: 'stories', id: 1, locale: 'ar' })).status).toBe(401)
    expect((await api('/translation/xliff?locale=fa')).status).toBe(401)
    expect((await api('/translation/xliff?locale=fa', { method: 'POST', body: '<xliff/>' })).status).toBe(401)
    expect((await post('/translation/segments', { collection: 'stories', id: 1, locale: 'fa', segments: [{ key: 'title', source: 'x', text: 'y' }] })).status).toBe(401)
    expect((await api('/translation/provider')).status).toBe(401)
    expect((await api('/glossary-terms')).status).toBe(403)
  })

  it('say how to switch machine translation on when no provider is configured', async () => {
    const story = (await api('/stories?where[slug][equals]=veroeffentlicht', { as: 'author' })).body.docs![0]!
    const { status, body } = await post('/translation/machine', { collection: 'stories', id: story.id, locale: 'ar' }, 'author')
    expect(status).toBe(503)
    expect(errorText(body)).toMatch(/TRANSLATION_PROVIDER=deepl/)
    const provider = await api('/translation/provider', { as: 'author' })
    expect(provider.body).toMatchObject({ state: 'off' })
  })

  it('answer bad requests with a clear 4xx', async () => {
    const leichteSprache = await post('/translation/machine', { collection: 'stories', id: 1, locale: 'de-x-ls' }, 'author')
    expect(leichteSprache.status).toBe(400)
    expect(errorText(leichteSprache.body)).toMatch(/Leichte Sprache wird nicht maschinell übersetzt/)
    expect((await post('/translation/machine', { collection: 'nope', id: 1, locale: 'ar' }, 'author')).status).toBe(404)
    expect((await post('/translation/machine', { locale: 'ar' }, 'author')).status).toBe(400)
    expect((await post('/translation/machine', { collection: 'stories', id: 1, locale: 'xx' }, 'author')).status).toBe(400)
    const notJson = await api('/translation/machine', { method: 'POST', body: '{', as: 'author' })
    expect(notJson.status).toBe(400)
    expect((await api('/translation/xliff?locale=de-x-ls', { as: 'author' })).status).toBe(400)
  })

  it('export XLIFF for chosen documents and import a file as its body, naming each bad unit', async () => {
    const story = (await api('/stories?where[slug][equals]=veroeffentlicht', { as: 'author' })).body.docs![0]!
    const exported = await fetch(`${server.url}/api/translation/xliff?locale=fa&collection=stories&ids=${story.id}`, { headers: { Authorization: `JWT ${tokens.author}` } })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toMatch(/^application\/xliff\+xml/)
    const xliff = await exported.text()
    expect(xliff).toContain('source-language="de" target-language="fa"')
    expect(xliff).toContain(`original="stories/${story.id}"`)

    const asXliff = { 'Content-Type': 'application/xliff+xml' }
    const unchanged = await api('/translation/xliff?locale=fa', { method: 'POST', body: xliff, headers: asXliff, as: 'author' })
    expect(unchanged.status).toBe(200)
    expect(unchanged.body).toMatchObject({ locale: 'fa' })

    const unknownUnit = xliff.replace('</body>', '<trans-unit id="no-such-field"><source xml:lang="de">Alt</source><target xml:lang="fa">قدیمی</target></trans-unit></body>')
    const refused = await api('/translation/xliff?locale=fa', { method: 'POST', body: unknownUnit, headers: asXliff, as: 'author' })
    expect(refused.status).toBe(422)
    expect(errorText(refused.body)).toContain(`stories/${story.id}:no-such-field`)
  })

  it('save segments edited in place into the draft, refusing a German that changed meanwhile, broken tags or bad input', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { title: 'Im Satz bearbeitet', slug: 'im-satz-bearbeitet', summary: 'Kurz & gut', body: richText('Ein Absatz.'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
    })
    const target = { collection: 'stories', id: story.id, locale: 'fa' }
    const saved = await post('/translation/segments', { ...target, segments: [{ key: 'summary', source: 'Kurz &amp; gut', text: 'کوتاه & خوب' }] }, 'author')
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ locale: 'fa', units: 1, documents: [{ document: `stories/${story.id}`, changed: true }] })
    const draft = await payload.findByID({ collection: 'stories', id: story.id, locale: 'fa', draft: true, depth: 0 })
    // Typed "&" is text; only the draft changes.
    expect(draft.summary).toBe('کوتاه & خوب')
    expect((await payload.findByID({ collection: 'stories', id: story.id, locale: 'fa', depth: 0, fallbackLocale: false })).summary ?? null).toBeNull()

    const conflict = await post('/translation/segments', { ...target, segments: [{ key: 'body#0', source: 'Ein alter Absatz.', text: 'یک پاراگراف.' }] }, 'author')
    expect(conflict.status).toBe(422)
    expect(conflict.body.problems).toEqual([{ unit: `stories/${story.id}:body#0`, message: expect.stringMatching(/^Konflikt/) }])
    const tags = await post('/translation/segments', { ...target, segments: [{ key: 'body#0', source: 'Ein Absatz.', text: '<g id="1">یک</g> پاراگراف.' }] }, 'author')
    expect(tags.status).toBe(422)
    expect(errorText(tags.body)).toContain('die Auszeichnung 1 gibt es im deutschen Text nicht')
    expect((await post('/translation/segments', { ...target, segments: [] }, 'author')).status).toBe(400)
    expect((await post('/translation/segments', { ...target, segments: [{ key: 'title' }] }, 'author')).status).toBe(400)
    expect((await post('/translation/segments', { ...target, locale: 'de-x-ls', segments: [{ key: 'title', source: 'x', text: 'y' }] }, 'author')).status).toBe(400)
    expect((await payload.findByID({ collection: 'stories', id: story.id, locale: 'fa', draft: true, depth: 0 })).summary).toBe('کوتاه & خوب')
  })

  it('never show the public the translation memory, which can hold German drafts', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { title: 'Mit Übersetzung', slug: 'mit-uebersetzung', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
    })
    await payload.update({ collection: 'stories', id: story.id, locale: 'ar', data: { title: 'مع ترجمة', summary: 'ملخص', body: richText('نص'), _status: 'published' } })
    const anonymous = await api(`/stories/${story.id}?locale=all`)
    expect(anonymous.status).toBe(200)
    const memory = (anonymous.body.translation as Record<string, { segments?: unknown }>).ar
    expect(memory).toBeDefined()
    expect(memory!.segments).toBeUndefined()
    const staff = await api(`/stories/${story.id}?locale=all`, { as: 'author' })
    expect((staff.body.translation as Record<string, { segments?: unknown }>).ar!.segments).toMatchObject({ title: 'Mit Übersetzung' })
  })
})

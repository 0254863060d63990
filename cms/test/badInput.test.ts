import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findRepoRoot } from '../src/env.ts'
import { launchBrowser } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * Hostile and malformed input against the real CMS server over HTTP, as a catalogue: each row
 * is a request and what the CMS must answer. Never a 5xx; a 4xx with a message that names the
 * problem, or a 2xx where answering is right (the row's name says why); and nothing lost:
 * after every row every document is exactly as before (compared through the Local API).
 * Then markup in every text field the website renders, through a real website build.
 */

type Role = 'admin' | 'editor' | 'author'
type Row = {
  name: string
  path: string
  method?: string
  body?: string | (() => string)
  headers?: Record<string, string>
  as?: Role
  status: number
  /** Must appear in the response body (the message). */
  says?: RegExp
  /** More to check in the parsed answer. */
  then?: (body: Answer) => void
  /** Send the body as a stream of unknown length (chunked). */
  stream?: boolean
  /** A multipart form (as the admin sends documents) instead of a JSON body. */
  form?: Record<string, string>
}
type Answer = { errors?: { message: string }[]; docs?: Record<string, unknown>[]; [key: string]: unknown }

const site = 'http://127.0.0.1:4321'
const password = 'a-long-test-password'
let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let mediaDir: string
const tokens: Record<Role, string> = { admin: '', editor: '', author: '' }
const ids = { value: 0 as number | string, story: 0 as number | string, draft: 0 as number | string, member: 0 as number | string, author: 0 as number | string, media: '' }

const lexical = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, detail: 0, format, mode: 'normal', style: '' })
const json = (value: unknown) => JSON.stringify(value)
/** A start tag with its attributes (quoted values may hold `>`), as the website's header scan reads them. */
const startTag = /<[a-z][a-z0-9-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi

/** Everything a bad request could damage, in every locale, drafts included; logins' sessions aside. */
async function snapshot() {
  const collections = ['values', 'stories', 'members', 'media', 'users', 'form-submissions'] as const
  const state: Record<string, unknown> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, locale: 'all', draft: true, depth: 0, pagination: false, overrideAccess: true, sort: 'id' })
    // A user's own save (an author trying to change their role) touches only updatedAt.
    state[collection] = docs.map((doc) => (collection === 'users' ? { ...doc, sessions: undefined, loginAttempts: undefined, lockUntil: undefined, updatedAt: undefined } : doc))
  }
  state.files = readdirSync(mediaDir).sort()
  return state
}

/** Rows name documents as {story}, {member}, {value}, {author} and the editor's login as {token}: known only once the server runs. */
function fill(template: string): string {
  return template.replace(/\{(story|member|value|author|token)\}/g, (_, name: string) => (name === 'token' ? tokens.editor : String(ids[name as keyof typeof ids])))
}

async function send(row: Row): Promise<{ status: number; body: Answer; raw: string }> {
  const headers = new Headers(Object.entries(row.headers ?? {}).map(([name, value]): [string, string] => [name, fill(value)]))
  const text = typeof row.body === 'function' ? row.body() : row.body
  if (text !== undefined && !headers.has('content-type')) headers.set('Content-Type', 'application/json')
  if (row.as) headers.set('Authorization', `JWT ${tokens[row.as]}`)
  const content = text === undefined ? undefined : fill(text)
  const form = row.form && new FormData()
  for (const [name, value] of Object.entries(row.form ?? {})) form!.append(name, value)
  const body = form || (row.stream && content !== undefined ? new Blob([content]).stream() : content)
  const response = await fetch(`${server.url}${fill(row.path)}`, { method: row.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual', ...(row.stream ? { duplex: 'half' } : {}) } as RequestInit)
  const raw = await response.text()
  let parsed: Answer = {}
  try {
    parsed = JSON.parse(raw) as Answer
  } catch {
    // not JSON (e.g. 431 from Node's HTTP parser): the status is checked, the text shown
  }
  return { status: response.status, body: parsed, raw }
}

/** The messages of an answer, each field's problem with its path: what a client shows. */
function said(body: Answer, raw: string): string {
  if (!body.errors) return raw
  return body.errors
    .map((error) => [error.message, ...((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)].join(' | '))
    .join(' | ')
}

function catalogue(rows: Row[]) {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const before = await snapshot()
    const { status, body, raw } = await send(row)
    expect(status, raw.slice(0, 300)).toBeLessThan(500)
    expect(status, raw.slice(0, 300)).toBe(row.status)
    if (row.says) expect(said(body, raw)).toMatch(row.says)
    row.then?.(body)
    expect(await snapshot()).toEqual(before)
  })
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  mediaDir = started.testEnv.env.MEDIA_DIR!
  for (const role of ['admin', 'editor', 'author'] as const) {
    const user = await payload.create({ collection: 'users', data: { email: `${role}@bad.test`, password, name: role, role } })
    if (role === 'author') ids.author = user.id
  }
  ids.value = (await payload.create({ collection: 'values', data: { title: 'Solidarität', text: 'Text.', order: 1, _status: 'published' } })).id
  ids.member = (
    await payload.create({
      collection: 'members',
      data: { name: 'Verein', slug: 'verein', districts: ['leipzig-stadt'], city: 'Leipzig', email: 'geheim@example.org', consent: { city: true }, _status: 'published' },
    })
  ).id
  ids.story = (
    await payload.create({
      collection: 'stories',
      data: { title: 'Veröffentlicht', slug: 'veroeffentlicht', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', members: [ids.member as number], _status: 'published' },
    })
  ).id
  ids.draft = (
    await payload.create({ collection: 'stories', data: { title: 'Entwurf', slug: 'entwurf', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'draft' }, draft: true })
  ).id
  const photo = await sampleJpeg('foto.jpg')
  ids.media = String((await payload.create({ collection: 'media', data: { alt: 'Foto', credit: 'Test', licence: 'cc0-1.0' }, file: photo })).filename)
  server = await startCmsServer({ ...started.testEnv.env, SITE_URL: site, FORMS_RATE_LIMIT: '1000' })
  for (const role of ['admin', 'editor', 'author'] as const) {
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json({ email: `${role}@bad.test`, password }) })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

const notQueryable = /cannot be queried/
const noDocs = (body: Answer) => expect(body.docs).toEqual([])
const nesting = (levels: number) => {
  let value = '"x"'
  for (let i = 0; i < levels; i++) value = `{"a":${value}}`
  return value
}

describe('queries', () => {
  catalogue([
    { name: "SQL in a filter value is only a value: nothing matches (200, empty)", path: "/api/values?where[title][equals]=' OR 1=1 --", status: 200, then: noDocs },
    { name: 'SQL in a like filter is only a value (200, empty)', path: "/api/values?where[title][like]=%25' OR '1'='1", status: 200, then: noDocs },
    { name: 'a like filter matching everything shows the public only published stories (200)', path: '/api/stories?where[slug][like]=%25', status: 200, then: (body) => expect(body.docs?.map((d) => d.slug)).toEqual(['veroeffentlicht']) },
    { name: 'Mongo $where is not a field (400)', path: '/api/values?where[$where]=sleep(1000)', status: 400, says: notQueryable },
    { name: 'Mongo $regex is not an operator (400)', path: '/api/values?where[title][$regex]=.*', status: 400, says: notQueryable },
    { name: 'Mongo $ne is not an operator (400)', path: '/api/values?where[title][$ne]=x', status: 400, says: notQueryable },
    { name: 'an unknown operator is refused (400)', path: '/api/values?where[title][frobnicate]=x', status: 400, says: /title\.frobnicate/ },
    { name: 'a filter on an unknown field is refused (400)', path: '/api/values?where[nonexistent][equals]=x', status: 400, says: /nonexistent/ },
    { name: 'and/or nested 200 deep is refused (400)', path: `/api/values?where${'[and][0]'.repeat(200)}[title][equals]=x`, status: 400, says: notQueryable },
    { name: 'a thousand or-branches overflow the request line: refused by the HTTP server (431)', path: `/api/values?${Array.from({ length: 1000 }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')}`, status: 431 },
    { name: 'a bare where= is not a query (400)', path: '/api/values?where=abc', status: 400, says: /where\[field\]\[operator\]/ },
    { name: 'sorting by an unknown field keeps the default order (200: nothing to leak)', path: '/api/values?sort=nonexistent', status: 200 },
    { name: "sorting members by an e-mail without consent is refused: the order would leak it (400)", path: '/api/members?sort=email', status: 400, says: notQueryable },
    { name: 'filtering members by an e-mail without consent is refused (400)', path: '/api/members?where[email][like]=geheim', status: 400, says: notQueryable },
    { name: 'counting members by a hidden field is refused (400)', path: '/api/members/count?where[email][exists]=true', status: 400, says: notQueryable },
    { name: 'filtering stories through their member by its hidden e-mail is refused (400)', path: '/api/stories?where[members.email][equals]=geheim@example.org', status: 400, says: notQueryable },
    { name: 'selecting a hidden field yields nothing of it (200, ids only)', path: '/api/members?select[email]=true', status: 200, then: (body) => expect(JSON.stringify(body)).not.toContain('geheim') },
    { name: 'a draft filter shows the public no drafts, even with draft=true (200, empty)', path: '/api/stories?draft=true&where[_status][equals]=draft', status: 200, then: noDocs },
    { name: 'filtering users by their password hash is refused, even for editors (400)', path: '/api/users?where[hash][exists]=true', as: 'editor', status: 400, says: notQueryable },
    { name: 'sorting users by their salt is refused (400)', path: '/api/users?sort=salt', as: 'editor', status: 400, says: notQueryable },
    { name: 'filtering users by password is refused (400)', path: `/api/users?where[password][equals]=${password}`, as: 'editor', status: 400, says: notQueryable },
    { name: 'selecting hash and salt returns neither (200)', path: '/api/users?select[hash]=true&select[salt]=true', as: 'editor', status: 200, then: (body) => expect(JSON.stringify(body)).not.toMatch(/"hash"|"salt"/) },
    { name: 'the public cannot search users at all (403)', path: '/api/users?where[email][like]=admin', status: 403 },
    { name: 'a negative limit is refused (400)', path: '/api/values?limit=-1', status: 400, says: /"limit" must be a whole number/ },
    { name: 'a limit that is no number is refused (400)', path: '/api/values?limit=abc', status: 400, says: /"limit"/ },
    { name: 'a limit given twice is refused (400)', path: '/api/values?limit[]=1&limit[]=2', status: 400, says: /"limit" is given once/ },
    { name: 'a huge limit is fine: there are only so many documents (200)', path: '/api/values?limit=99999999999', status: 200 },
    { name: 'page 0 is refused (400)', path: '/api/values?page=0', status: 400, says: /"page" must be a whole number from 1/ },
    { name: 'a page far beyond the end is empty (200)', path: '/api/values?page=1000000000000', status: 200, then: noDocs },
    { name: 'a negative depth is refused (400)', path: '/api/stories?depth=-1', status: 400, says: /"depth" must be a whole number from 0 to 10/ },
    { name: 'a depth beyond 10 is refused (400)', path: '/api/stories?depth=1000', status: 400, says: /"depth"/ },
    { name: 'a depth given as an operator is refused (400)', path: '/api/stories?depth[$gt]=1', status: 400, says: /"depth" is given once/ },
    { name: 'a path traversal as locale is an unknown locale (400)', path: '/api/values?locale=../../etc', status: 400, says: /Unknown locale/ },
    { name: 'a locale with a NUL byte is unknown (400)', path: '/api/values?locale=de%00', status: 400, says: /Unknown locale/ },
    { name: 'an id that is no id is not found (404)', path: '/api/values/abc', status: 404 },
    { name: 'an id with SQL is not found (404)', path: '/api/values/1%20OR%201=1', status: 404 },
    { name: 'an unknown collection is not found (404)', path: '/api/nonexistent', status: 404 },
    { name: 'a media file name climbing out of the media folder is forbidden (403)', path: '/api/media/file/..%2F..%2Fetc%2Fpasswd', status: 403 },
    { name: 'the database next to the media folder cannot be fetched (403)', path: '/api/media/file/..%2Fcms.db', status: 403 },
    { name: 'a double-encoded climb is a missing file (404), not the database', path: '/api/media/file/%252e%252e%252fcms.db', as: 'editor', status: 404, says: /No file/ },
    { name: 'a missing media file is not found (404)', path: '/api/media/file/nope.jpg', as: 'editor', status: 404, says: /No file "nope.jpg"/ },
    // The public cannot tell a missing file from a private one (a draft's photo): both are 403.
    { name: 'a missing media file is forbidden to the public (403)', path: '/api/media/file/nope.jpg', status: 403 },
    { name: 'a file no published document uses is forbidden to the public (403)', path: '/api/media/file/foto.jpg', status: 403 },
    { name: 'an existing media file is served (200)', path: '/api/media/file/foto.jpg', as: 'editor', status: 200 },
    { name: 'a 100 KB query string is refused by the HTTP server (431)', path: `/api/values?x=${'a'.repeat(100_000)}`, status: 431 },
  ])
})

describe('bodies', () => {
  const story = (data: Record<string, unknown>) => json({ title: 'Neu', slug: 'neu', summary: 'S', body: lexical([paragraph([text('x')])]), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published', ...data })
  catalogue([
    { name: 'a title that is an object is refused, also as a draft (400)', path: '/api/values', as: 'editor', body: json({ title: { $ne: 1 }, text: 't', order: 5 }), status: 400, says: /title: Must be text, not an object/ },
    { name: 'a title that is a list is refused (400)', path: '/api/values', as: 'editor', body: json({ title: ['a', 'b'], text: 't', order: 5, _status: 'published' }), status: 400, says: /Must be text, not a list/ },
    { name: 'a title that is a number is refused (400)', path: '/api/values', as: 'editor', body: json({ title: 5, text: 't', order: 5 }), status: 400, says: /Must be text, not number/ },
    { name: 'an infinite order (1e309) is refused (400)', path: '/api/values', as: 'editor', body: '{"title":"t","text":"t","order":1e309,"_status":"published"}', status: 400, says: /order/ },
    { name: 'an order that is a word is refused, also as a draft (400)', path: '/api/values', as: 'editor', body: json({ title: 't', text: 't', order: 'erste' }), status: 400, says: /Must be a number/ },
    { name: 'a date that is no date is refused, also as a draft (400)', path: '/api/stories?draft=true', as: 'editor', body: story({ slug: 'datum', publishedAt: 'not a date', _status: 'draft' }), status: 400, says: /publishedAt: Must be a date/ },
    { name: 'a district that does not exist is refused (400)', path: '/api/members/{member}', method: 'PATCH', as: 'editor', body: json({ districts: ['atlantis'] }), status: 400, says: /districts/ },
    { name: 'a relationship to a document that does not exist is refused (400)', path: '/api/stories/{story}', method: 'PATCH', as: 'editor', body: json({ members: [999999] }), status: 400, says: /No members with the id 999999/ },
    { name: 'a relationship to an id that is no id is refused (400)', path: '/api/stories/{story}', method: 'PATCH', as: 'editor', body: json({ members: ['abc'] }), status: 400, says: /members/ },
    { name: 'a relationship given as an operator is refused (400)', path: '/api/stories/{story}', method: 'PATCH', as: 'editor', body: json({ members: [{ $gt: 0 }] }), status: 400, says: /members/ },
    { name: 'a body that is a JSON string is refused (400)', path: '/api/values', as: 'editor', body: '"hello"', status: 400, says: /must be a JSON object of fields, not string/ },
    { name: 'a body that is null is refused (400)', path: '/api/values', as: 'editor', body: 'null', status: 400, says: /not null/ },
    { name: 'a body that is a list is refused (400)', path: '/api/values', as: 'editor', body: '[1,2,3]', status: 400, says: /not a list/ },
    { name: 'a body cut off mid-string is refused with the parser\u2019s reason (400)', path: '/api/values', as: 'editor', body: '{"title": "unterbrochen', status: 400, says: /not valid JSON/ },
    { name: 'a body as text/plain is refused (415)', path: '/api/values', as: 'editor', headers: { 'Content-Type': 'text/plain' }, body: '{"title":"t"}', status: 415, says: /application\/json/ },
    { name: 'a body nested 100,000 deep is refused (400)', path: '/api/values', as: 'editor', body: () => `{"title":${nesting(100_000)}}`, status: 400, says: /nests deeper than 64/ },
    { name: 'a 60 MB body is refused before it is read (413)', path: '/api/values', as: 'editor', body: () => json({ title: 'x'.repeat(60_000_000) }), status: 413, says: /at most 4 MB/ },
    { name: 'a body streamed without a length is refused (411)', path: '/api/values', as: 'editor', stream: true, body: json({ title: 't' }), status: 411 },
    { name: '__proto__ in a body is refused (400)', path: '/api/values', as: 'editor', body: '{"__proto__":{"title":"POLLUTED"},"text":"P","order":77}', status: 400, says: /"__proto__" is not allowed/ },
    { name: 'a form whose _payload is cut off is refused with the reason (400)', path: '/api/values', as: 'editor', form: { _payload: '{"title": ' }, status: 400, says: /"_payload" field is not valid JSON/ },
    { name: 'a form whose _payload nests 100,000 deep is refused (400)', path: '/api/values', as: 'editor', form: { _payload: `{"title":${nesting(100_000)}}` }, status: 400, says: /nests deeper than 64/ },
    { name: '__proto__ in a form\u2019s _payload is refused (400)', path: '/api/values', as: 'editor', form: { _payload: '{"__proto__":{"title":"P"},"text":"t"}' }, status: 400, says: /"__proto__" is not allowed/ },
    { name: 'constructor.prototype in a body is refused (400)', path: '/api/values', as: 'editor', body: '{"constructor":{"prototype":{"title":"POLLUTED"}},"text":"x"}', status: 400, says: /"constructor" is not allowed/ },
    { name: 'after those, a body without a title still lacks one: nothing was polluted (400)', path: '/api/values', as: 'editor', body: json({ text: 't', order: 78, _status: 'published' }), status: 400, says: /title/ },
    { name: 'a duplicate slug is refused (400)', path: '/api/stories', as: 'editor', body: story({ slug: 'veroeffentlicht' }), status: 400, says: /slug/ },
    { name: 'the slug of a draft is taken as well (400)', path: '/api/stories?draft=true', as: 'editor', body: story({ slug: 'entwurf', _status: 'draft' }), status: 400, says: /slug/ },
    { name: 'a slug of 300 characters is refused with the limit (400)', path: '/api/stories', as: 'editor', body: story({ slug: 'a'.repeat(300) }), status: 400, says: /80/ },
    { name: 'an id in a new document does not overwrite another (400 for the missing title, nothing replaced)', path: '/api/values', as: 'editor', body: json({ id: '{value}', text: 't', order: 5, _status: 'published' }), status: 400, says: /title/ },
    { name: 'an unknown locale on a write is refused (400)', path: '/api/values/{value}?locale=klingon', method: 'PATCH', as: 'editor', body: json({ title: 'Q' }), status: 400, says: /Unknown locale "klingon"/ },
    { name: 'an author cannot make themself an admin: the role is not theirs to set (200, still author)', path: '/api/users/{author}', method: 'PATCH', as: 'author', body: json({ role: 'admin' }), status: 200, then: (body) => expect((body.doc as { role: string }).role).toBe('author') },
    { name: 'an author cannot delete every value at once (403)', path: '/api/values?where[id][exists]=true', method: 'DELETE', as: 'author', status: 403 },
    { name: 'the public cannot delete every story at once (403)', path: '/api/stories?where[id][exists]=true', method: 'DELETE', status: 403 },
    { name: 'the public cannot rename every story at once (403)', path: '/api/stories?where[id][exists]=true', method: 'PATCH', body: json({ title: 'x' }), status: 403 },
    { name: 'a login cookie sent from another site does not count (403)', path: '/api/values', headers: { Origin: 'https://evil.example', Cookie: `payload-token={token}` }, body: json({ title: 'csrf', text: 't', order: 4, _status: 'published' }), status: 403 },
  ])
})

describe('rich text', () => {
  const patch = (body: unknown): Row => ({ name: '', path: '/api/stories/{story}', method: 'PATCH', as: 'editor', body: json({ body }), status: 400 })
  catalogue([
    { ...patch({ notroot: 1 }), name: 'rich text without a root is refused (400)', says: /body/ },
    { ...patch('plain string'), name: 'rich text as a string is refused (400)', says: /body/ },
    { ...patch({ root: null }), name: 'rich text with a null root is refused (400)', says: /body/ },
    { ...patch(lexical([{ type: 'script', version: 1, text: 'alert(1)' }])), name: 'an unknown node type is refused: the website could not render it (400)', says: /Unknown rich text node type "script"/ },
    { ...patch(lexical([{ type: 'heading', tag: 'script', version: 1, children: [text('x')] }])), name: 'a heading with a script tag is refused (400)', says: /h2, h3, h4/ },
    { ...patch(lexical([paragraph([{ type: 'link', version: 3, fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [text('klick')] }])])), name: 'a javascript: link is refused (400)', says: /may not run a script/ },
    { ...patch(lexical([paragraph([{ type: 'link', version: 3, fields: { linkType: 'custom', url: ' java\tscript:alert(1)' }, children: [text('klick')] }])])), name: 'a javascript: link hidden by spaces and tabs is refused (400)', says: /may not run a script/ },
    { ...patch(lexical([paragraph([text('x'.repeat(5_000_000))])])), name: 'a 5 MB text node is refused by the body limit (413)', status: 413 },
    { ...patch(lexical([paragraph([{ not: 'a node' }])])), name: 'a node without a type is refused (400)', says: /Unknown rich text node type/ },
  ])
})

describe('logins and tokens', () => {
  const fakeJwt = `${Buffer.from(json({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(json({ id: 1, collection: 'users', email: 'admin@bad.test', role: 'admin' })).toString('base64url')}.`
  catalogue([
    { name: 'a garbage JWT is anonymous (403 on users)', path: '/api/users', headers: { Authorization: 'JWT abc' }, status: 403 },
    { name: 'a garbage Bearer token is anonymous (403)', path: '/api/users', headers: { Authorization: 'Bearer abc.def.ghi' }, status: 403 },
    { name: 'an unsigned ("alg": "none") token claiming admin is anonymous (403)', path: '/api/users', headers: { Authorization: `JWT ${fakeJwt}` }, status: 403 },
    { name: 'a 15 KB token is anonymous (403)', path: '/api/users', headers: { Authorization: `JWT ${'a'.repeat(15_000)}` }, status: 403 },
    { name: 'a garbage login cookie is anonymous (403)', path: '/api/users', headers: { Cookie: 'payload-token=garbage' }, status: 403 },
    { name: '"who am I" with a garbage token is nobody (200, user null)', path: '/api/users/me', headers: { Authorization: 'JWT abc' }, status: 200, then: (body) => expect(body.user).toBeNull() },
    { name: 'a login with Mongo operators for e-mail and password is refused (400)', path: '/api/users/login', body: json({ email: { $ne: null }, password: { $ne: null } }), status: 400, says: /email/ },
    { name: 'a login with a list as e-mail is refused (400)', path: '/api/users/login', body: json({ email: ['admin@bad.test'], password }), status: 400, says: /email/ },
    { name: 'a login with a number as e-mail is refused (400)', path: '/api/users/login', body: json({ email: 5, password: 'x' }), status: 400, says: /email/ },
    { name: 'a login with an object as password is refused (400)', path: '/api/users/login', body: json({ email: 'admin@bad.test', password: { a: 1 } }), status: 400, says: /password/ },
    { name: 'a login with a 1 MB password is just wrong (401)', path: '/api/users/login', body: json({ email: 'nobody@bad.test', password: 'x'.repeat(1_000_000) }), status: 401 },
    { name: 'a login body cut off is refused with the reason (400)', path: '/api/users/login', body: '{"email":', status: 400, says: /not valid JSON/ },
    { name: 'the public cannot create an admin account (403)', path: '/api/users', body: json({ email: 'x@bad.test', password, name: 'X', role: 'admin' }), status: 403 },
  ])
})

describe('the form endpoint', () => {
  const form = (body: string, extra: Partial<Row> = {}): Row => ({ name: '', path: '/api/forms/contact', headers: { Origin: site }, body, status: 400, ...extra })
  catalogue([
    { ...form('{"__proto__":{"x":"1"},"name":"A","email":"a@b.de","message":"hi","locale":"de"}'), name: '__proto__ in a form post is refused (400)', says: /__proto__/ },
    { ...form(json({ name: { a: 1 }, email: 'a@b.de', message: 'hi' })), name: 'an object as a form field is refused (400)', says: /"name" must be a string/ },
    { ...form('{}', { path: '/api/forms/..%2F..%2Fusers' }), name: 'a path traversal as form name is an unknown form (404)', status: 404, says: /Unknown form/ },
    { ...form(json({ name: 'A', email: 'a@b.de', message: 'x'.repeat(100_000) })), name: 'an oversized form post is refused (413)', status: 413 },
  ])
})

describe('uploads', () => {
  async function upload(name: string) {
    const photo = await sampleJpeg()
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(photo.data)], { type: 'image/jpeg' }), name)
    body.append('_payload', json({ alt: 'Bild', credit: 'Test', licence: 'cc0-1.0' }))
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', body, headers: { Authorization: `JWT ${tokens.editor}` } })
    return { status: response.status, body: (await response.json()) as { doc?: { id: number; filename: string } } }
  }

  it.each([['../../etc/passwd.jpg'], ['..\\..\\evil.jpg'], ['/absolute.jpg']])('stores a file named %s under a clean name inside the media folder only', async (name) => {
    const outside = path.dirname(mediaDir)
    const filesOutside = readdirSync(outside).sort()
    const { status, body } = await upload(name)
    expect(status).toBe(201)
    expect(body.doc?.filename).toMatch(/^[^/\\]+\.jpg$/)
    expect(body.doc?.filename).not.toContain('..')
    expect(existsSync(path.join(mediaDir, body.doc!.filename))).toBe(true)
    expect(readdirSync(outside).sort()).toEqual(filesOutside)
    await payload.delete({ collection: 'media', id: body.doc!.id })
  })

  it('accepts a 15 MB photo whole (bodies beyond 10 MB used to arrive cut off)', async () => {
    const sharp = (await import('sharp')).default
    // Noise does not compress: about 15 MB as PNG.
    const pixels = Buffer.alloc(2300 * 2300 * 3)
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24
    const data = await sharp(pixels, { raw: { width: 2300, height: 2300, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
    expect(data.length).toBeGreaterThan(12 * 1024 * 1024)
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), 'gross.png')
    body.append('_payload', json({ alt: 'Groß', credit: 'Test', licence: 'cc0-1.0' }))
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', body, headers: { Authorization: `JWT ${tokens.editor}` } })
    const answer = (await response.json()) as { doc?: { id: number; width: number; height: number } }
    expect(response.status, JSON.stringify(answer)).toBe(201)
    expect([answer.doc?.width, answer.doc?.height]).toEqual([2300, 2300])
    await payload.delete({ collection: 'media', id: answer.doc!.id })
  })
})

/**
 * Markup typed into every text field the website shows must reach readers as text: built into
 * a real website (the site's own build, as the publish pipeline runs it) and read back.
 */
describe('markup in text fields never becomes markup on the website', () => {
  const markers: string[] = []
  const hostile = (where: string) => {
    markers.push(where)
    return `<script>alert("xss-${where}")</script><img src=x onerror=alert("${where}")>`
  }
  let outDir: string
  let html: string

  beforeAll(async () => {
    const asEditor = async (pathAndQuery: string, method: string, data: unknown) => {
      const response = await fetch(`${server.url}/api${pathAndQuery}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` }, body: json(data) })
      expect(response.status, `${method} ${pathAndQuery}: ${await response.clone().text()}`).toBeLessThan(300)
      return (await response.json()) as { doc: { id: number } }
    }
    const rich = (where: string) => lexical([paragraph([text(hostile(where)), text(' unterstrichen', 8)])])
    await asEditor('/globals/leitbild', 'POST', {
      visionLead: hostile('visionLead'),
      vision: rich('vision'),
      longTermPicture: hostile('longTermPicture'),
      adoptedBy: hostile('adoptedBy'),
      adoptedIn: hostile('adoptedIn'),
      adoptedOn: '2025-05-03T00:00:00.000Z',
      _status: 'published',
    })
    await asEditor('/globals/site-settings', 'POST', {
      name: hostile('siteName'),
      email: 'kontakt@example.org',
      pressBoilerplate: hostile('pressBoilerplate'),
      address: { street: hostile('street'), postalCode: '01067', city: hostile('city') },
      imprint: rich('imprint'),
      privacy: rich('privacy'),
      accessibility: rich('accessibility'),
    })
    await asEditor(`/values/${ids.value}`, 'PATCH', { title: hostile('valueTitle'), text: hostile('valueText'), _status: 'published' })
    await asEditor(`/members/${ids.member}`, 'PATCH', { name: hostile('memberName'), description: hostile('memberDescription'), city: hostile('memberCity'), consent: { city: true, description: true }, _status: 'published' })
    await asEditor(`/stories/${ids.story}`, 'PATCH', { title: hostile('storyTitle'), summary: hostile('storySummary'), body: rich('storyBody'), _status: 'published' })
    const group = await asEditor('/partner-groups', 'POST', { title: hostile('groupTitle'), purpose: hostile('groupPurpose'), order: 1, _status: 'published' })
    await asEditor('/partners', 'POST', { name: hostile('partnerName'), description: hostile('partnerDescription'), group: group.doc.id, _status: 'published' })

    outDir = mkdtempSync(path.join(tmpdir(), 'verband-hostile-site-'))
    const siteDir = path.join(findRepoRoot(), 'site')
    const log = await new Promise<string>((resolve, reject) => {
      let output = ''
      const child = spawn(process.execPath, ['--import', 'tsx', 'build/cli.ts'], {
        cwd: siteDir,
        env: { ...process.env, NODE_ENV: 'production', CMS_URL: server.url, SITE_URL: site, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(outDir, '.cache'), SITE_INCREMENTAL: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`The website build failed (${code}):\n${output.slice(-3000)}`))))
    })
    expect(log).toMatch(/Built \d+ pages/)
    const pages: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory() && entry.name !== '.cache') walk(full)
        else if (entry.name.endsWith('.html')) pages.push(readFileSync(full, 'utf8'))
      }
    }
    walk(outDir)
    html = pages.join('\n')
  }, 600_000)

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true })
  })

  it('contains no injected element on any page', () => {
    expect(html.length).toBeGreaterThan(10_000)
    // Inside a quoted attribute value (<meta content="…">) markup is inert text: only what
    // stands between tags can become an element. Attribute values are blanked first.
    const markup = html.replace(startTag, (tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'))
    const injected = [...markup.matchAll(/<script>alert\(|<img src=x/gi)].map((match) => markup.slice(Math.max(0, match.index - 200), match.index + 80))
    expect(injected).toEqual([])
  })

  it('runs nothing and shows no injected image when the pages are opened in Chromium', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      for (const urlPath of ['de/index.html', 'de/leitbild/index.html', 'de/stories/veroeffentlicht/index.html', 'de/members/verein/index.html', 'de/partners/index.html', 'de/contact/index.html']) {
        await page.setContent(readFileSync(path.join(outDir, urlPath), 'utf8'), { waitUntil: 'domcontentloaded' })
        expect(await page.locator('img[src="x"]').count(), urlPath).toBe(0)
        expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((script) => script.textContent?.includes('xss-')).length), urlPath).toBe(0)
        expect(await page.locator('body').textContent(), urlPath).toContain('<script>alert("xss-')
      }
      expect(dialogs).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('shows every field\u2019s text, escaped', () => {
    const missing = markers.filter((where) => !html.includes(`&lt;script&gt;alert(&quot;xss-${where}&quot;)`) && !html.includes(`&lt;script&gt;alert(&#34;xss-${where}&#34;)`))
    expect(missing).toEqual([])
  })
})

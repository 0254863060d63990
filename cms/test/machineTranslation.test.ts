import type { LocaleState } from '@verband/content-types'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentLocaleStates } from '../src/translation/documentLocaleStates.ts'
import { checkedMachineLocale, machineTranslateDocument } from '../src/translation/machineTranslation.ts'
import { deepLProvider } from '../src/translation/providers/deepl.ts'
import { libreTranslateProvider } from '../src/translation/providers/libreTranslate.ts'
import type { TranslationProvider } from '../src/translation/providers/index.ts'
import { startFakeDeepL, startFakeLibreTranslate, type FakeProvider } from './support/translationProviders.ts'
import { storyBody } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * Machine translation through the real providers' clients against loopback servers that
 * speak DeepL's and LibreTranslate's APIs, on a throwaway database: structure, marks, links
 * and glossary terms survive; only the draft changes; retries; failures change nothing; and
 * after a German edit only the changed segment is sent.
 */

let payload: Payload
let close: () => Promise<void>
let deepLServer: FakeProvider
let libreServer: FakeProvider
let deepL: TranslationProvider
let libre: TranslationProvider
let req: PayloadRequest

/** The story of these tests, with glossary terms in the heading, the paragraph and the link's text. */
const germanBody = (secondItem?: string) =>
  storyBody({ heading: 'Das Leitbild in Leipzig', middle: ' verbindet Migrant*innenorganisationen in Sachsen. Mehr ', linkText: 'zum Leitbild', secondItem })

type Node = { type: string; text?: string; format?: number; fields?: { url: string }; children?: Node[] }
const nodes = (value: unknown) => (value as { root: Node }).root.children!
const stateOf = (states: LocaleState[], locale: string) => states.find((state) => state.locale === locale)!

async function newStory(slug: string) {
  const story = await payload.create({
    collection: 'stories',
    locale: 'de',
    data: { title: 'Ankommen in Leipzig', slug, summary: 'Wie das Leitbild wirkt.', body: germanBody(), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
  })
  return story.id
}

const draftIn = (id: number, locale: 'ar' | 'fa' | 'de') => payload.findByID({ collection: 'stories', id, locale, fallbackLocale: false, draft: true, depth: 0 })
const versionCount = async (id: number) => (await payload.findVersions({ collection: 'stories', where: { parent: { equals: id } }, limit: 0 })).totalDocs

beforeAll(async () => {
  ;[deepLServer, libreServer] = await Promise.all([startFakeDeepL(), startFakeLibreTranslate()])
  ;({ payload, close } = await startTestPayload())
  deepL = deepLProvider({ apiKey: 'test-key', serverUrl: deepLServer.url })
  libre = libreTranslateProvider({ url: libreServer.url })
  const editor = await payload.create({ collection: 'users', data: { email: 'editor@mt.test', password: 'a-long-test-password', name: 'Edda', role: 'editor' } })
  req = await createLocalReq({ user: { ...editor, collection: 'users' } as TypedUser }, payload)
  await payload.create({ collection: 'glossary-terms', data: { term: 'Leitbild', translations: [{ locale: 'ar', text: 'الرؤية' }] } })
  await payload.create({ collection: 'glossary-terms', data: { term: 'Migrant*innenorganisationen' } })
}, 120_000)

afterAll(async () => {
  await close?.()
  await Promise.all([deepLServer?.stop(), libreServer?.stop()])
})

describe('machine translation with DeepL', () => {
  it('fills the Arabic draft with the same structure, marks, link and glossary terms, and leaves the published version alone', async () => {
    const id = await newStory('deepl-ar')
    const result = await machineTranslateDocument(payload, deepL, { collection: 'stories', id }, 'ar', { overwrite: false, req })
    expect(result).toMatchObject({ status: 'machine-translated', provider: 'DeepL', translated: 6, reused: 0, fields: ['title', 'summary', 'body'] })
    // Title, summary, heading, paragraph and two list items, counted without their tags.
    expect(result.characters).toBe([19, 23, 23, 83, 8, 22].reduce((sum, n) => sum + n, 0))

    const draft = await draftIn(id, 'ar')
    expect(draft.title).toBe('[ar] Ankommen in Leipzig')
    expect(draft.summary).toBe('[ar] Wie das الرؤية wirkt.')
    const [heading, paragraph, list] = nodes(draft.body)
    expect(heading!.type).toBe('heading')
    expect(heading!.children!.map((node) => node.text)).toEqual(['[ar] Das الرؤية in Leipzig'])
    expect(paragraph!.children!.map((node) => [node.type, node.text ?? null, node.type === 'text' ? node.format : null])).toEqual([
      ['text', '[ar] Unser ', 0],
      ['text', '[ar] الرؤية', 1],
      ['text', '[ar]  verbindet Migrant*innenorganisationen in Sachsen. Mehr ', 0],
      ['link', null, null],
      ['text', '[ar] .', 0],
    ])
    expect(paragraph!.children![3]!.fields!.url).toBe('https://example.org/leitbild')
    expect(paragraph!.children![3]!.children![0]!.text).toBe('[ar] zum الرؤية')
    expect(list!.children!.map((item) => item.children![0]!.text)).toEqual(['[ar] Beratung', '[ar] Sprachcafé am Dienstag'])
    expect(deepLServer.openGlossaries()).toBe(0)

    const published = await payload.findByID({ collection: 'stories', id, locale: 'ar', fallbackLocale: false, draft: false, depth: 0 })
    expect(published.title ?? null).toBeNull()
    const ar = stateOf(await documentLocaleStates(payload, { collection: 'stories', id }), 'ar')
    expect(ar).toMatchObject({ translation: 'current', machine: true, checked: false, publication: 'draft' })
  })

  it('retries after a 429 and then translates', async () => {
    const id = await newStory('deepl-429')
    deepLServer.failNext(429)
    const before = deepLServer.requests.length
    await machineTranslateDocument(payload, deepL, { collection: 'stories', id }, 'ar', { overwrite: false, req })
    expect(deepLServer.requests.length).toBe(before + 1)
    expect((await draftIn(id, 'ar')).title).toBe('[ar] Ankommen in Leipzig')
  })

  it('after one German paragraph changes, names only that segment and sends only it', async () => {
    const id = await newStory('deepl-segment')
    await machineTranslateDocument(payload, deepL, { collection: 'stories', id }, 'ar', { overwrite: false, req })
    await payload.update({ collection: 'stories', id, locale: 'de', draft: true, data: { body: germanBody('Sprachcafé am Mittwoch') } })

    const ar = stateOf(await documentLocaleStates(payload, { collection: 'stories', id }), 'ar')
    expect(ar).toMatchObject({ translation: 'outdated', changedSegments: 1 })
    const sent = deepLServer.requests.length
    const result = await machineTranslateDocument(payload, deepL, { collection: 'stories', id }, 'ar', { overwrite: false, req })
    expect(result).toMatchObject({ translated: 1, reused: 5 })
    expect(deepLServer.requests.slice(sent)).toEqual([['Sprachcafé am Mittwoch']])
    const list = nodes((await draftIn(id, 'ar')).body)[2]!
    expect(list.children!.map((item) => item.children![0]!.text)).toEqual(['[ar] Beratung', '[ar] Sprachcafé am Mittwoch'])
    expect(stateOf(await documentLocaleStates(payload, { collection: 'stories', id }), 'ar').translation).toBe('current')
  })

  it('asks before replacing a person’s translation, and replaces only the changed segment when confirmed', async () => {
    const id = await newStory('human-fa')
    await payload.update({ collection: 'stories', id, locale: 'fa', draft: true, data: { title: 'رسیدن به لایپزیگ', summary: 'خلاصه', body: germanBody() } })
    await payload.update({ collection: 'stories', id, locale: 'de', draft: true, data: { title: 'Angekommen in Leipzig' } })
    const fa = stateOf(await documentLocaleStates(payload, { collection: 'stories', id }), 'fa')
    expect(fa).toMatchObject({ translation: 'outdated', changedSegments: 1, machine: false })

    const versions = await versionCount(id)
    await expect(machineTranslateDocument(payload, libre, { collection: 'stories', id }, 'fa', { overwrite: false, req })).rejects.toMatchObject({ status: 409 })
    expect(await versionCount(id)).toBe(versions)
    await machineTranslateDocument(payload, libre, { collection: 'stories', id }, 'fa', { overwrite: true, req })
    const draft = await draftIn(id, 'fa')
    expect(draft.title).toBe('[fa] Angekommen in Leipzig')
    expect(draft.summary).toBe('خلاصه')
  })
})

describe('machine translation with LibreTranslate', () => {
  it('protects glossary terms it cannot be told about, keeps tags, and retries after a 429', async () => {
    const id = await newStory('libre-fa')
    libreServer.failNext(429)
    await machineTranslateDocument(payload, libre, { collection: 'stories', id }, 'fa', { overwrite: false, req })
    const paragraph = nodes((await draftIn(id, 'fa')).body)[1]!
    // No Farsi entry: the term stays as written, untouched by the provider.
    expect(paragraph.children!.map((node) => node.text ?? null)).toEqual(['[fa] Unser ', 'Leitbild', '[fa]  verbindet Migrant*innenorganisationen[fa]  in Sachsen. Mehr ', null, '[fa] .'])
    expect(libreServer.requests.at(-1)!.some((sent) => sent.includes('<x id="term'))).toBe(true)
  })

  it('leaves the draft as it was and names the field when the provider keeps failing', async () => {
    const id = await newStory('libre-down')
    const versions = await versionCount(id)
    libreServer.failNext(503, 5)
    await expect(machineTranslateDocument(payload, libre, { collection: 'stories', id }, 'fa', { overwrite: false, req })).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(/„Titel“ \(title\).*LibreTranslate answered 503/s),
    })
    expect(await versionCount(id)).toBe(versions)
    expect((await draftIn(id, 'fa')).title ?? null).toBeNull()
  }, 30_000)
})

describe('a global and a collection without drafts', () => {
  it('fills the Leitbild’s Ukrainian draft, every field of it, and leaves the published Leitbild alone', async () => {
    const german = {
      visionLead: 'Wir sind das Netzwerk.',
      vision: germanBody(),
      partnerGroupsIntro: 'Mit wem wir arbeiten.',
      longTermPicture: 'Ein Sachsen für alle.',
      adoptedBy: 'Mitgliederversammlung',
      adoptedOn: '2025-05-01T00:00:00.000Z',
      adoptedIn: 'Dresden',
    }
    await payload.updateGlobal({ slug: 'leitbild', locale: 'de', data: { ...german, _status: 'published' } as never })
    const result = await machineTranslateDocument(payload, deepL, { global: 'leitbild' }, 'uk', { overwrite: false, req })
    expect(result).toMatchObject({ status: 'machine-translated', fields: ['visionLead', 'vision', 'partnerGroupsIntro', 'longTermPicture', 'adoptedBy', 'adoptedIn'] })
    const draft = await payload.findGlobal({ slug: 'leitbild', locale: 'uk', fallbackLocale: false, draft: true, depth: 0 })
    expect([draft.visionLead, draft.adoptedIn]).toEqual(['[uk] Wir sind das Netzwerk.', '[uk] Dresden'])
    expect(nodes(draft.vision).map((node) => node.type)).toEqual(['heading', 'paragraph', 'list'])
    const published = await payload.findGlobal({ slug: 'leitbild', locale: 'uk', fallbackLocale: false, draft: false, depth: 0 })
    expect(published.visionLead ?? null).toBeNull()
    expect(stateOf(await documentLocaleStates(payload, { global: 'leitbild' }), 'uk')).toMatchObject({ translation: 'current', machine: true, checked: false })
  })

  it('translates a press contact, whose text the public reads in German until a person checks the translation', async () => {
    const contact = await payload.create({ collection: 'press-contacts', locale: 'de', data: { name: 'Rana Haddad', role: 'Pressesprecherin', email: 'presse@mt.test' } as never })
    await machineTranslateDocument(payload, deepL, { collection: 'press-contacts', id: contact.id }, 'ar', { overwrite: false, req })
    const publicRead = (locale: 'ar' | 'all') => payload.findByID({ collection: 'press-contacts', id: contact.id, locale: locale as 'ar', depth: 0, overrideAccess: false })
    const staffRead = await payload.findByID({ collection: 'press-contacts', id: contact.id, locale: 'ar', fallbackLocale: false, depth: 0, overrideAccess: false, user: req.user })
    expect(staffRead.role).toBe('[ar] Pressesprecherin')
    expect((await publicRead('ar')).role).toBe('Pressesprecherin')
    expect((await publicRead('all')).role).toEqual({ de: 'Pressesprecherin' })
    // The public list reads the same.
    const listed = await payload.find({ collection: 'press-contacts', locale: 'ar', where: { id: { equals: contact.id } }, depth: 0, overrideAccess: false })
    expect(listed.docs[0]!.role).toBe('Pressesprecherin')

    const states = () => documentLocaleStates(payload, { collection: 'press-contacts', id: contact.id })
    // The status says what the public sees: not the Arabic yet.
    expect(stateOf(await states(), 'ar')).toMatchObject({ translation: 'current', machine: true, publication: 'draft' })

    await payload.update({ collection: 'press-contacts', id: contact.id, locale: 'ar', data: { translation: { checked: true } } as never, user: req.user, overrideAccess: false })
    expect(stateOf(await states(), 'ar')).toMatchObject({ translation: 'current', machine: false, checked: true, publication: 'published' })
    expect((await publicRead('ar')).role).toBe('[ar] Pressesprecherin')
    expect((await publicRead('all')).role).toEqual({ de: 'Pressesprecherin', ar: '[ar] Pressesprecherin' })
  })
})

describe('fields inside rows', () => {
  it('translates the press kit’s fact sheet row by row, keeps the rows, and shows the public German until checked', async () => {
    const german = await payload.updateGlobal({
      slug: 'press-kit',
      locale: 'de',
      data: { intro: 'Material für die Presse.', facts: [{ label: 'Gegründet', value: '2015 in Dresden' }, { label: 'Mitglieder', value: '42 Vereine' }] } as never,
    })
    const rowIds = (german.facts ?? []).map((row) => row.id)
    const result = await machineTranslateDocument(payload, deepL, { global: 'press-kit' }, 'ar', { overwrite: false, req })
    expect(result).toMatchObject({ status: 'machine-translated', translated: 5, fields: ['intro', 'facts'] })

    const staff = await payload.findGlobal({ slug: 'press-kit', locale: 'ar', fallbackLocale: false, depth: 0, overrideAccess: false, user: req.user })
    expect((staff.facts ?? []).map((row) => [row.id, row.label, row.value])).toEqual([
      [rowIds[0], '[ar] Gegründet', '[ar] 2015 in Dresden'],
      [rowIds[1], '[ar] Mitglieder', '[ar] 42 Vereine'],
    ])
    const germanAgain = await payload.findGlobal({ slug: 'press-kit', locale: 'de', depth: 0 })
    expect((germanAgain.facts ?? []).map((row) => row.label)).toEqual(['Gegründet', 'Mitglieder'])

    const publicRead = await payload.findGlobal({ slug: 'press-kit', locale: 'ar', depth: 0, overrideAccess: false })
    expect([publicRead.intro, ...(publicRead.facts ?? []).map((row) => row.label)]).toEqual(['Material für die Presse.', 'Gegründet', 'Mitglieder'])
    const publicAll = (await payload.findGlobal({ slug: 'press-kit', locale: 'all' as 'de', depth: 0, overrideAccess: false })) as unknown as { facts: Array<{ label: Record<string, string> }> }
    expect(publicAll.facts[0]!.label).toEqual({ de: 'Gegründet' })

    // The memory covers the rows: nothing left to send.
    expect(await machineTranslateDocument(payload, deepL, { global: 'press-kit' }, 'ar', { overwrite: false, req })).toMatchObject({ status: 'unchanged', reused: 5 })
    expect(stateOf(await documentLocaleStates(payload, { global: 'press-kit' }), 'ar')).toMatchObject({ translation: 'current', machine: true, publication: 'draft' })
  })
})

describe('what is not machine-translated', () => {
  it('refuses Leichte Sprache and German with a reason', () => {
    expect(() => checkedMachineLocale('de-x-ls')).toThrow(/Leichte Sprache wird nicht maschinell übersetzt/)
    expect(() => checkedMachineLocale('de-x-ls', 'en')).toThrow(/^Leichte Sprache is not machine-translated/)
    expect(() => checkedMachineLocale('de')).toThrow(/must be one of the languages/)
  })
})

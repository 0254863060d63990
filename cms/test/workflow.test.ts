import { validationMessages, type LocaleState } from '@verband/content-types'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentLocaleStates } from '../src/translation/documentLocaleStates.ts'
import { richText } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The editorial workflow through the Local API with access enforced, as the admin uses it:
 * review (submit, send back with a comment, publish), who changed what in the versions,
 * publishing one language at a time, and each language's translation state.
 */

let payload: Payload
let close: () => Promise<void>
let author: TypedUser
let editor: TypedUser
const password = 'a-long-test-password'

async function user(role: 'author' | 'editor', name: string): Promise<TypedUser> {
  const created = await payload.create({ collection: 'users', data: { email: `${role}@workflow.test`, password, name, role } })
  return { ...created, collection: 'users' } as TypedUser
}

async function newStory(slug: string, as: TypedUser, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'stories',
    data: { title: `Geschichte ${slug}`, slug, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z', ...extra },
    draft: true,
    user: as,
    overrideAccess: false,
  })
}

const stateOf = (states: LocaleState[], locale: string) => states.find((state) => state.locale === locale)!

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  author = await user('author', 'Alia Autorin')
  editor = await user('editor', 'Emil Redakteur')
})

afterAll(async () => {
  await close?.()
})

describe('review', () => {
  it('lets an author submit a draft, an editor send it back with a comment the author reads, and an editor publish it', async () => {
    const story = await newStory('zur-pruefung', author)
    const asAuthor = { collection: 'stories' as const, id: story.id, draft: true, user: author, overrideAccess: false }
    const asEditor = { collection: 'stories' as const, id: story.id, user: editor, overrideAccess: false }

    const submitted = await payload.update({ ...asAuthor, data: { review: 'submitted' } })
    expect(submitted.review).toBe('submitted')
    const queue = await payload.find({ collection: 'stories', draft: true, where: { review: { equals: 'submitted' } }, user: editor, overrideAccess: false })
    expect(queue.docs.map((doc) => doc.slug)).toContain('zur-pruefung')

    await expect(payload.update({ ...asEditor, draft: true, data: { review: 'changesRequested' } })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Kommentar/) })
    const sentBack = await payload.update({ ...asEditor, draft: true, data: { review: 'changesRequested', reviewComment: 'Bitte den Ort ergänzen.' } })
    expect(sentBack.review).toBe('changesRequested')
    const seenByAuthor = await payload.findByID({ ...asAuthor })
    expect([seenByAuthor.review, seenByAuthor.reviewComment]).toEqual(['changesRequested', 'Bitte den Ort ergänzen.'])

    await payload.update({ ...asAuthor, data: { summary: 'Kurz, aus Leipzig.', review: 'submitted' } })
    const published = await payload.update({ ...asEditor, data: { _status: 'published' } })
    expect([published._status, published.review]).toEqual(['published', null])
  })

  it('refuses an author who tries to publish, to send back, or to write the editors’ comment', async () => {
    const story = await newStory('nur-redaktion', author)
    const asAuthor = { collection: 'stories' as const, id: story.id, user: author, overrideAccess: false }
    await expect(payload.update({ ...asAuthor, data: { _status: 'published' } })).rejects.toMatchObject({ status: 403 })
    // Said in the author's interface language.
    const inArabic = await createLocalReq({ user: author }, payload)
    inArabic.i18n = { ...inArabic.i18n, language: 'ar' } as typeof inArabic.i18n
    await expect(payload.update({ ...asAuthor, data: { _status: 'published' }, req: inArabic })).rejects.toMatchObject({
      status: 403,
      message: validationMessages.ar.workflow.authorsSaveDraftsOnly,
    })
    await expect(payload.update({ ...asAuthor, draft: true, data: { review: 'changesRequested', reviewComment: 'selbst' } })).rejects.toMatchObject({ status: 403 })
    const saved = await payload.update({ ...asAuthor, draft: true, data: { title: 'Neu', reviewComment: 'von der Autorin' } })
    expect(saved.reviewComment ?? null).toBeNull()
  })

  it('keeps who changed what and when in the version history', async () => {
    const story = await newStory('verlauf', author)
    await payload.update({ collection: 'stories', id: story.id, draft: true, data: { title: 'Verlauf, überarbeitet' }, user: editor, overrideAccess: false })
    const { docs } = await payload.findVersions({ collection: 'stories', where: { parent: { equals: story.id } }, sort: 'createdAt', user: editor, overrideAccess: false })
    expect(docs.map((version) => [version.version.title, version.version.lastChangedBy])).toEqual([
      ['Geschichte verlauf', 'Alia Autorin <author@workflow.test>'],
      ['Verlauf, überarbeitet', 'Emil Redakteur <editor@workflow.test>'],
    ])
  })
})

describe('one language at a time', () => {
  it('publishes German without publishing a pending Arabic draft', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { title: 'Deutsch v1', slug: 'sprachweise', summary: 'S', body: richText('B'), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await payload.update({ collection: 'stories', id: story.id, locale: 'ar', data: { title: 'عربي ١', summary: 'ملخص', body: richText('نص'), _status: 'published' }, user: editor, overrideAccess: false })
    await payload.update({ collection: 'stories', id: story.id, locale: 'ar', draft: true, data: { title: 'مسودة عربية' }, user: editor, overrideAccess: false })
    // What the admin's publish button does in the German edit view.
    await payload.update({ collection: 'stories', id: story.id, locale: 'de', data: { title: 'Deutsch v2', _status: 'published' }, publishSpecificLocale: 'de', user: editor, overrideAccess: false })

    const publicRead = async (locale: 'de' | 'ar') => (await payload.findByID({ collection: 'stories', id: story.id, locale, fallbackLocale: false, overrideAccess: false })).title
    expect(await publicRead('de')).toBe('Deutsch v2')
    expect(await publicRead('ar')).toBe('عربي ١')
    const draft = await payload.findByID({ collection: 'stories', id: story.id, locale: 'ar', draft: true, user: editor, overrideAccess: false })
    expect(draft.title).toBe('مسودة عربية')
    const states = await documentLocaleStates(payload, { collection: 'stories', id: story.id })
    expect(stateOf(states, 'de').publication).toBe('published')
    expect(stateOf(states, 'ar').publication).toBe('changed')
  })
})

describe('translation status', () => {
  it('shows a missing language as missing, a new translation as current but unchecked', async () => {
    const story = await newStory('status', editor, { _status: 'published' })
    await payload.update({ collection: 'stories', id: story.id, locale: 'ar', data: { title: 'حالة', summary: 'قصير', body: richText('نص') }, user: editor, overrideAccess: false })
    const states = await documentLocaleStates(payload, { collection: 'stories', id: story.id })
    expect(stateOf(states, 'de')).toMatchObject({ translation: 'source', checked: true })
    expect(stateOf(states, 'ar')).toMatchObject({ translation: 'current', checked: false })
    expect(stateOf(states, 'fa')).toMatchObject({ translation: 'missing', publication: 'none' })
  })

  it('marks translations outdated when the German changes, and up to date again when the changed segment is translated', async () => {
    const story = await newStory('veraltet', editor, { _status: 'published' })
    const save = (locale: 'de' | 'ar' | 'uk', data: Record<string, unknown>) => payload.update({ collection: 'stories', id: story.id, locale, data, user: editor, overrideAccess: false })
    await save('ar', { title: 'قديم', summary: 'ملخص', body: richText('نص') })
    await save('uk', { title: 'Стара', summary: 'Коротко', body: richText('Текст') })
    await save('de', { summary: 'Der deutsche Text ist neu.' })
    let states = await documentLocaleStates(payload, { collection: 'stories', id: story.id })
    expect([stateOf(states, 'ar').translation, stateOf(states, 'uk').translation]).toEqual(['outdated', 'outdated'])
    expect(stateOf(states, 'ar').changedSegments).toBe(1)
    // Saving another field leaves the changed one outdated: segments are tracked one by one.
    await save('ar', { title: 'محدث' })
    states = await documentLocaleStates(payload, { collection: 'stories', id: story.id })
    expect(stateOf(states, 'ar')).toMatchObject({ translation: 'outdated', changedSegments: 1 })
    await save('ar', { summary: 'ملخص جديد' })
    states = await documentLocaleStates(payload, { collection: 'stories', id: story.id })
    expect([stateOf(states, 'ar').translation, stateOf(states, 'uk').translation]).toEqual(['current', 'outdated'])
  })

  it('clears "needs review" when a translation is marked checked, and sets it again when the translation changes', async () => {
    const story = await newStory('geprueft', editor, { _status: 'published' })
    const save = (data: Record<string, unknown>) => payload.update({ collection: 'stories', id: story.id, locale: 'tr', data, user: editor, overrideAccess: false })
    await save({ title: 'Kontrol', summary: 'Kısa', body: richText('Metin') })
    await save({ translation: { checked: true } })
    let tr = stateOf(await documentLocaleStates(payload, { collection: 'stories', id: story.id }), 'tr')
    expect(tr).toMatchObject({ translation: 'current', checked: true })
    await save({ title: 'Kontrol, yeni' })
    tr = stateOf(await documentLocaleStates(payload, { collection: 'stories', id: story.id }), 'tr')
    expect(tr.checked).toBe(false)
  })
})

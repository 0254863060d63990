import { collectionSlugs, globalSlugs, type Role } from '@verband/content-types'
import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * The access matrix: every actor × every collection × read (published and draft),
 * create, update, publish and delete, through the Local API with access enforced.
 */

type Actor = 'anonymous' | Role
type Operation = 'readPublished' | 'readDraft' | 'create' | 'update' | 'publish' | 'delete'
type Row = Record<Operation, boolean>

const all: Row = { readPublished: true, readDraft: true, create: true, update: true, publish: true, delete: true }
const none: Row = { readPublished: false, readDraft: false, create: false, update: false, publish: false, delete: false }
const readsPublished: Row = { ...none, readPublished: true }
const readsEverything: Row = { ...none, readPublished: true, readDraft: true }

/** What each actor may do, by kind of collection. */
const policies = {
  // The Leitbild's lists and the partners: editors and admins only.
  editorial: { anonymous: readsPublished, author: readsEverything, editor: all, admin: all },
  // Stories and press releases: authors write drafts but cannot publish or delete.
  authored: {
    anonymous: readsPublished,
    author: { ...readsEverything, create: true, update: true },
    editor: all,
    admin: all,
  },
  // Press contacts and the activity taxonomy have no drafts: public by purpose, written by editors.
  reference: { anonymous: readsPublished, author: readsPublished, editor: { ...all, readDraft: false, publish: false }, admin: { ...all, readDraft: false, publish: false } },
  // Media has no drafts: public files (see createAs); authors upload for their stories.
  media: {
    anonymous: readsPublished,
    author: { ...readsPublished, create: true, update: true },
    editor: { ...all, readDraft: false, publish: false },
    admin: { ...all, readDraft: false, publish: false },
  },
  // The translation glossary: the staff read it, editors keep it, the public never sees it.
  glossary: { anonymous: none, author: readsPublished, editor: { ...all, readDraft: false, publish: false }, admin: { ...all, readDraft: false, publish: false } },
} satisfies Record<string, Record<Actor, Row>>

const collectionPolicies: Array<[CollectionSlug, keyof typeof policies, boolean]> = [
  [collectionSlugs.values, 'editorial', true],
  [collectionSlugs.goals, 'editorial', true],
  [collectionSlugs.workingPrinciples, 'editorial', true],
  [collectionSlugs.partnerGroups, 'editorial', true],
  [collectionSlugs.partners, 'editorial', true],
  [collectionSlugs.stories, 'authored', true],
  [collectionSlugs.pressReleases, 'authored', true],
  [collectionSlugs.members, 'editorial', true],
  [collectionSlugs.pressContacts, 'reference', false],
  [collectionSlugs.activityFields, 'reference', false],
  [collectionSlugs.media, 'media', false],
  [collectionSlugs.glossaryTerms, 'glossary', false],
]

const actors: Actor[] = ['anonymous', 'author', 'editor', 'admin']

let payload: Payload
let close: () => Promise<void>
const users = new Map<Actor, TypedUser | undefined>()
let partnerGroupId: number | string
let counter = 0

/** Valid data for a new document of each collection (unique where the model needs it). */
async function validData(collection: CollectionSlug): Promise<{ data: Record<string, unknown>; file?: Awaited<ReturnType<typeof sampleJpeg>> }> {
  counter += 1
  const n = counter
  switch (collection) {
    case 'values':
    case 'goals':
    case 'working-principles':
      return { data: { title: `Titel ${n}`, text: `Text ${n}`, order: n } }
    case 'partner-groups':
      return { data: { title: `Gruppe ${n}`, purpose: `Zweck ${n}`, order: n } }
    case 'partners':
      return { data: { name: `Partner ${n}`, group: partnerGroupId } }
    case 'stories':
      return { data: { title: `Geschichte ${n}`, slug: `geschichte-${n}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z' } }
    case 'press-releases':
      return { data: { title: `Mitteilung ${n}`, slug: `mitteilung-${n}`, place: 'Dresden', body: richText('Text.'), releaseDate: '2026-01-01T00:00:00.000Z' } }
    case 'members':
      return { data: { name: `Verein ${n}`, slug: `verein-${n}`, districts: ['dresden'] } }
    case 'activity-fields':
      return { data: { name: `Feld ${n}` } }
    case 'press-contacts':
      return { data: { name: `Kontakt ${n}`, role: 'Presse', email: `kontakt${n}@example.org` } }
    case 'media':
      return { data: { alt: `Bild ${n}`, credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg(`bild-${n}.jpg`) }
    case 'glossary-terms':
      return { data: { term: `Begriff ${n}`, translations: [{ locale: 'ar', text: `مصطلح ${n}` }] } }
    default:
      throw new Error(`no sample data for ${collection}`)
  }
}

/** Runs an operation as the given actor: true if allowed, false if refused for access. */
async function allowed(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return false
    throw error
  }
}

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  users.set('anonymous', undefined)
  for (const role of ['admin', 'editor', 'author'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@access.test`, password: 'a-long-test-password', name: role, role },
    })
    users.set(role, { ...user, collection: 'users' } as TypedUser)
  }
  const group = await payload.create({ collection: 'partner-groups', data: { title: 'G', purpose: 'P', order: 900, _status: 'published' } })
  partnerGroupId = group.id
})

afterAll(async () => {
  await close?.()
})

describe.each(collectionPolicies)('access to %s (%s policy)', (collection, policy, hasDrafts) => {
  const asActor = (actor: Actor) => ({ overrideAccess: false, user: users.get(actor) }) as const

  async function createAs(published: boolean) {
    const { data, file } = await validData(collection)
    const status = hasDrafts ? { _status: published ? 'published' : 'draft' } : {}
    // A media file is public while a published document uses it (mediaPrivacy.test.ts) or
    // when marked "always public": here it stands on its own, so the mark publishes it.
    const publicFile = collection === collectionSlugs.media ? { alwaysPublic: published } : {}
    return payload.create({ collection, data: { ...data, ...status, ...publicFile } as never, file, depth: 0 })
  }

  it.each(actors)('%s', async (actor) => {
    const expected = policies[policy][actor]
    const publishedDoc = await createAs(true)
    const draftDoc = await createAs(false)
    const results: Partial<Row> = {}

    results.readPublished = await allowed(() => payload.findByID({ collection, id: publishedDoc.id, ...asActor(actor) }))
    results.readDraft = hasDrafts
      ? await allowed(() => payload.findByID({ collection, id: draftDoc.id, draft: true, ...asActor(actor) }))
      : false
    results.create = await allowed(async () => {
      const { data, file } = await validData(collection)
      const status = hasDrafts ? { _status: 'draft' } : {}
      return payload.create({ collection, data: { ...data, ...status } as never, file, draft: hasDrafts, ...asActor(actor) })
    })
    results.update = await allowed(() =>
      payload.update({ collection, id: draftDoc.id, data: { ...(hasDrafts ? { _status: 'draft' } : {}) } as never, draft: hasDrafts, ...asActor(actor) }),
    )
    results.publish = hasDrafts
      ? await allowed(() => payload.update({ collection, id: draftDoc.id, data: { _status: 'published' } as never, ...asActor(actor) }))
      : false
    results.delete = await allowed(() => payload.delete({ collection, id: publishedDoc.id, ...asActor(actor) }))

    expect(results).toEqual(expected)
  })
})

describe('access to users', () => {
  it('is refused to anonymous readers entirely', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('shows authors only their own account; editors and admins see all', async () => {
    const asAuthor = await payload.find({ collection: 'users', overrideAccess: false, user: users.get('author') })
    expect(asAuthor.docs.map((u) => u.email)).toEqual(['author@access.test'])
    for (const actor of ['editor', 'admin'] as const) {
      const result = await payload.find({ collection: 'users', overrideAccess: false, user: users.get(actor) })
      expect(result.totalDocs).toBe(3)
    }
  })

  it('lets only admins create and delete accounts', async () => {
    for (const actor of ['anonymous', 'author', 'editor'] as const) {
      await expect(
        payload.create({ collection: 'users', data: { email: `x-${actor}@access.test`, password: 'long-password-1', name: 'x', role: 'author' }, overrideAccess: false, user: users.get(actor) }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const created = await payload.create({ collection: 'users', data: { email: 'new@access.test', password: 'long-password-1', name: 'n', role: 'author' }, overrideAccess: false, user: users.get('admin') })
    await expect(payload.delete({ collection: 'users', id: created.id, overrideAccess: false, user: users.get('editor') })).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'users', id: created.id, overrideAccess: false, user: users.get('admin') })
  })

  it('never lets a non-admin change a role, not even their own', async () => {
    const author = users.get('author')!
    await payload.update({ collection: 'users', id: author.id, data: { role: 'admin', name: 'Renamed' }, overrideAccess: false, user: author })
    const reloaded = await payload.findByID({ collection: 'users', id: author.id })
    expect(reloaded.role).toBe('author')
    expect(reloaded.name).toBe('Renamed')
    const editor = users.get('editor')!
    await expect(payload.update({ collection: 'users', id: author.id, data: { name: 'x' }, overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
  })
})

describe('access to globals', () => {
  const validGlobalData = {
    leitbild: { visionLead: 'Vision.', vision: richText('V'), longTermPicture: 'L', adoptedBy: 'MV', adoptedIn: 'Dresden', adoptedOn: '2025-05-03T00:00:00.000Z', _status: 'published' as const },
    'site-settings': {
      name: 'Verband',
      email: 'kontakt@example.org',
      pressBoilerplate: 'Über uns.',
      address: { street: 'Straße 1', postalCode: '01067', city: 'Dresden' },
      imprint: richText('I'),
      privacy: richText('P'),
      accessibility: richText('A'),
    },
  }
  const globalCases: Array<[typeof globalSlugs.leitbild | typeof globalSlugs.siteSettings, Record<Actor, boolean>]> = [
    [globalSlugs.leitbild, { anonymous: false, author: false, editor: true, admin: true }],
    [globalSlugs.siteSettings, { anonymous: false, author: false, editor: true, admin: true }],
  ]

  it.each(globalCases)('%s: everyone reads, only editors and admins write', async (slug, mayWrite) => {
    await payload.updateGlobal({ slug, data: validGlobalData[slug] as never })
    for (const actor of actors) {
      const reads = await allowed(() => payload.findGlobal({ slug, overrideAccess: false, user: users.get(actor) }))
      expect(reads, `${actor} reads ${slug}`).toBe(true)
      const writes = await allowed(() => payload.updateGlobal({ slug, data: {}, draft: true, overrideAccess: false, user: users.get(actor) }))
      expect(writes, `${actor} writes ${slug}`).toBe(mayWrite[actor])
    }
  })

  it('shows anonymous readers the published Leitbild, never its draft', async () => {
    await payload.updateGlobal({ slug: 'leitbild', data: { ...validGlobalData.leitbild, visionLead: 'Veröffentlicht.' } })
    await payload.updateGlobal({ slug: 'leitbild', data: { visionLead: 'Entwurf.' }, draft: true })
    const anonymous = await payload.findGlobal({ slug: 'leitbild', draft: true, overrideAccess: false })
    expect(anonymous.visionLead).toBe('Veröffentlicht.')
    const editor = await payload.findGlobal({ slug: 'leitbild', draft: true, overrideAccess: false, user: users.get('editor') })
    expect(editor.visionLead).toBe('Entwurf.')
  })
})

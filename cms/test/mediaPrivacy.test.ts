import { reindexMediaUses } from '@verband/content-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { startRestApiServer } from './support/restApiServer.ts'
import { richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * Unpublished material stays private, files included: through the real server's REST API, as
 * anyone on the internet would try, a photo used only by a draft story or by a release under
 * embargo is not listed, not readable by id or file name, not downloadable in any size and not
 * reachable through another document's `depth`; it is public from the moment its document is.
 */

type MediaDoc = { id: number | string; filename: string; sizes: Record<string, { filename?: string | null }> }

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let counter = 0

async function photo(): Promise<MediaDoc> {
  counter += 1
  return (await payload.create({ collection: 'media', data: { alt: `Foto ${counter}`, credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg(`privat-${counter}.jpg`) })) as unknown as MediaDoc
}

function story(heroImage: number | string, status: 'draft' | 'published') {
  counter += 1
  return payload.create({
    collection: 'stories',
    data: { title: `Geschichte ${counter}`, slug: `geschichte-${counter}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z', heroImage, _status: status } as never,
    depth: 0,
  })
}

function release(data: { attachments?: (number | string)[]; embargoUntil?: Date; relatedStories?: (number | string)[] }) {
  counter += 1
  return payload.create({
    collection: 'press-releases',
    data: {
      title: `Mitteilung ${counter}`,
      slug: `mitteilung-${counter}`,
      place: 'Dresden',
      body: richText('Text.'),
      releaseDate: '2026-01-01T00:00:00.000Z',
      attachments: data.attachments,
      relatedStories: data.relatedStories,
      embargoUntil: data.embargoUntil?.toISOString(),
      _status: 'published',
    } as never,
    depth: 0,
  })
}

const get = (path: string) => fetch(`${server.url}${path}`)

/** Every address of the file: the original and each generated size. */
function fileNames(media: MediaDoc): string[] {
  return [media.filename, ...Object.values(media.sizes).map((size) => size.filename).filter((name): name is string => Boolean(name))]
}

/** Everything the public could try, and what it gets. */
async function publicView(media: MediaDoc) {
  const list = (await (await get('/api/media?limit=100&depth=0')).json()) as { docs: MediaDoc[] }
  const byFilename = (await (await get(`/api/media?where[filename][equals]=${encodeURIComponent(media.filename)}`)).json()) as { docs: MediaDoc[] }
  return {
    listed: list.docs.some((doc) => doc.id === media.id),
    foundByFilename: byFilename.docs.length > 0,
    byId: (await get(`/api/media/${media.id}`)).status,
    files: await Promise.all(fileNames(media).map(async (name) => (await get(`/api/media/file/${name}`)).status)),
  }
}

const hidden = { listed: false, foundByFilename: false, byId: 404, files: [403, 403, 403] }
const shown = { listed: true, foundByFilename: true, byId: 200, files: [200, 200, 200] }

/**
 * The documents change in this process and the server is a second one on the same database,
 * as with two CMS instances: the server answers file downloads from what it read less than a
 * second ago (collections/Media/fileVisibility.ts), so the view is asked for until it agrees.
 */
async function expectView(media: MediaDoc, expected: typeof hidden, message?: string) {
  await expect.poll(() => publicView(media), { timeout: 3000, interval: 200, message }).toEqual(expected)
}

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  server = await startCmsServer(started.testEnv.env)
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

describe('a photo used only by a draft story', () => {
  it('stays private in every way the public could ask, and goes public with the story', async () => {
    const file = await photo()
    expect(fileNames(file).length).toBe(3)
    const draft = await story(file.id, 'draft')
    // A published release that points at the draft story: `depth` must not carry the photo out.
    const published = await release({ relatedStories: [draft.id] })
    await expectView(file, hidden)
    for (const path of [`/api/press-releases/${published.id}?depth=2`, '/api/press-releases?depth=2', '/api/stories?depth=2', `/api/media-uses?where[media][equals]=${file.id}`]) {
      expect(await (await get(path)).text(), path).not.toContain(file.filename)
    }

    await payload.update({ collection: 'stories', id: draft.id, data: { _status: 'published' } as never, depth: 0 })
    await expectView(file, shown)
    const viaRelease = await (await get(`/api/press-releases/${published.id}?depth=2`)).text()
    expect(viaRelease).toContain(file.filename)

    await payload.update({ collection: 'stories', id: draft.id, data: { _status: 'draft' } as never, depth: 0 })
    await expectView(file, hidden, 'unpublished again')
  })

  it('stays public while another published document still uses it, and goes private with the last one', async () => {
    const file = await photo()
    const first = await story(file.id, 'published')
    const second = await story(file.id, 'published')
    await payload.delete({ collection: 'stories', id: first.id })
    await expectView(file, shown)
    await payload.delete({ collection: 'stories', id: second.id })
    await expectView(file, hidden)
  })
})

describe('a photo attached only to a release under embargo', () => {
  it('is private until the embargo ends, then public without anyone saving anything', async () => {
    const file = await photo()
    const embargoEnds = new Date(Date.now() + 4000)
    await release({ attachments: [file.id], embargoUntil: embargoEnds })
    await expectView(file, hidden)
    expect(await (await get('/api/press-releases?depth=2')).text()).not.toContain(file.filename)
    // The release and its photo turn public at the same moment, by the clock.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, embargoEnds.getTime() - Date.now()) + 100))
    await expectView(file, shown)
    expect(await (await get('/api/press-releases?depth=2')).text()).toContain(file.filename)
  })
})

describe('on one CMS instance', () => {
  it('refuses a file the moment its last public use ends, with no delay', async () => {
    // Payload's REST handler in this process: the same instance that makes the changes.
    const { default: config } = await import('../src/payload.config.ts')
    const api = await startRestApiServer(config, await freePort())
    try {
      const file = await photo()
      const used = await story(file.id, 'published')
      const download = async () => (await fetch(`${api.url}/api/media/file/${file.sizes.thumbnail!.filename}`)).status
      expect(await download()).toBe(200)
      await payload.update({ collection: 'stories', id: used.id, data: { _status: 'draft' } as never, depth: 0 })
      expect(await download()).toBe(403)
      await payload.update({ collection: 'stories', id: used.id, data: { _status: 'published' } as never, depth: 0 })
      expect(await download()).toBe(200)
    } finally {
      await api.stop()
    }
  })
})

describe('the media-use index', () => {
  it('tells staff where a file is used and what that means for it', async () => {
    const file = await photo()
    const draft = await story(file.id, 'draft')
    const embargoed = await release({ attachments: [file.id], embargoUntil: new Date(Date.now() + 3_600_000) })
    const { docs } = await payload.find({ collection: 'media-uses', where: { media: { equals: file.id } }, depth: 0, sort: 'entity' })
    expect(docs.map((use) => ({ entity: use.entity, documentId: use.documentId, fields: use.fields, state: use.state }))).toEqual([
      { entity: 'press-releases', documentId: String(embargoed.id), fields: 'attachments', state: 'embargoed' },
      { entity: 'stories', documentId: String(draft.id), fields: 'heroImage', state: 'notPublic' },
    ])
    const media = await payload.findByID({ collection: 'media', id: file.id, depth: 0 })
    expect(media.publicSince).toBe(new Date(embargoed.embargoUntil!).toISOString())
  })

  it('is rebuilt from the documents when it was lost (as after a restore written past the hooks)', async () => {
    const file = await photo()
    await story(file.id, 'published')
    await payload.db.deleteMany({ collection: 'media-uses', where: { media: { equals: file.id } } })
    await payload.db.updateOne({ collection: 'media', id: file.id, data: { publicSince: null } })
    await expectView(file, hidden)
    await reindexMediaUses(payload)
    await expectView(file, shown)
  })

  it('lets editors, not authors, mark a file "always public"', async () => {
    const file = await photo()
    const author = await payload.create({ collection: 'users', data: { email: 'author@privacy.test', password: 'a-long-test-password', name: 'A', role: 'author' } })
    const editor = await payload.create({ collection: 'users', data: { email: 'editor@privacy.test', password: 'a-long-test-password', name: 'E', role: 'editor' } })
    await payload.update({ collection: 'media', id: file.id, data: { alwaysPublic: true }, overrideAccess: false, user: { ...author, collection: 'users' } })
    await expectView(file, hidden)
    await payload.update({ collection: 'media', id: file.id, data: { alwaysPublic: true }, overrideAccess: false, user: { ...editor, collection: 'users' } })
    await expectView(file, shown)
  })

  it('never shows the public a member logo the member did not agree to show', async () => {
    const file = await photo()
    counter += 1
    await payload.create({ collection: 'members', data: { name: `Verein ${counter}`, slug: `verein-${counter}`, districts: ['dresden'], logo: file.id, consent: { logo: false }, _status: 'published' } as never })
    await expectView(file, hidden)
  })
})

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { documentLiveState } from '../src/publish/liveState.ts'
import { siteQueueState } from '../src/publish/queue.ts'
import { richText } from './support/fixtures.ts'
import { createTestEnvironment, startTestPayload } from './support/testPayload.ts'

/**
 * Press release embargoes in the CMS: the public API hides a release until its embargo ends
 * (the clock is driven by the test, not waited for), and publishing it books a website
 * rebuild for that moment.
 */

let payload: Payload
let close: () => Promise<void>
const hour = 60 * 60 * 1000
const embargoUntil = new Date(Date.now() + 2 * hour)

async function publicSlugs(): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'press-releases', overrideAccess: false, pagination: false, depth: 0 })
  return docs.map((doc) => doc.slug).sort()
}

function release(slug: string, embargo?: Date) {
  return {
    title: `Mitteilung ${slug}`,
    slug,
    place: 'Dresden',
    body: richText('Text.'),
    releaseDate: new Date().toISOString(),
    embargoUntil: embargo?.toISOString(),
    _status: 'published' as const,
  }
}

beforeAll(async () => {
  // The publish hooks are on, so publishing books rebuilds; nothing works the queue here.
  const testEnv = createTestEnvironment()
  testEnv.env.SITE_REBUILD = 'on'
  ;({ payload, close } = await startTestPayload({ testEnv }))
  await payload.create({ collection: 'press-releases', data: release('ohne-sperrfrist') })
  await payload.create({ collection: 'press-releases', data: release('mit-sperrfrist', embargoUntil) })
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(async () => {
  await close?.()
})

describe('embargo', () => {
  it('hides a release from the public until its embargo ends, in lists and by id', async () => {
    expect(await publicSlugs()).toEqual(['ohne-sperrfrist'])
    const { docs } = await payload.find({ collection: 'press-releases', where: { slug: { equals: 'mit-sperrfrist' } }, depth: 0 })
    await expect(payload.findByID({ collection: 'press-releases', id: docs[0]!.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
  })

  it('shows it to the public from the moment the embargo ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(embargoUntil.getTime() - 1000))
    expect(await publicSlugs()).toEqual(['ohne-sperrfrist'])
    vi.setSystemTime(embargoUntil)
    expect(await publicSlugs()).toEqual(['mit-sperrfrist', 'ohne-sperrfrist'])
  })

  it('lets staff see the embargoed release all along', async () => {
    const editor = await payload.create({ collection: 'users', data: { email: 'editor@embargo.test', password: 'a-long-test-password', name: 'E', role: 'editor' } })
    const { docs } = await payload.find({ collection: 'press-releases', overrideAccess: false, user: editor, depth: 0 })
    expect(docs.map((doc) => doc.slug).sort()).toEqual(['mit-sperrfrist', 'ohne-sperrfrist'])
  })

  it('books one website rebuild for the moment the embargo ends', async () => {
    const booked = async () =>
      (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { waitUntil: { equals: embargoUntil.toISOString() } }] }, depth: 0 })).docs
    expect(await booked()).toHaveLength(1)
    // Saving the release again keeps one booking; an unrelated change does not join it.
    const { docs } = await payload.find({ collection: 'press-releases', where: { slug: { equals: 'mit-sperrfrist' } }, depth: 0 })
    await payload.update({ collection: 'press-releases', id: docs[0]!.id, data: { title: 'Mitteilung mit Sperrfrist, korrigiert' } })
    expect(await booked()).toHaveLength(1)
    const waitingSoon = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { waitUntil: { less_than: embargoUntil.toISOString() } }] },
      depth: 0,
    })
    expect(waitingSoon.totalDocs).toBeGreaterThan(0)
  })

  it('tells editors when an embargoed release goes live, and that the website waits for it', async () => {
    const { docs } = await payload.find({ collection: 'press-releases', where: { slug: { equals: 'mit-sperrfrist' } }, depth: 0 })
    expect(await documentLiveState(payload, 'press-releases', docs[0]!.id)).toEqual({
      state: 'embargoed',
      slug: 'mit-sperrfrist',
      until: embargoUntil.toISOString(),
    })
    // The rebuild booked for the embargo's end is not a rebuild under way; the one for the
    // saves above is (nothing works the queue in this file).
    expect(await siteQueueState(payload)).toEqual({ active: true, nextBookedAt: embargoUntil.toISOString() })
    const { docs: open } = await payload.find({ collection: 'press-releases', where: { slug: { equals: 'ohne-sperrfrist' } }, depth: 0 })
    expect((await documentLiveState(payload, 'press-releases', open[0]!.id)).state).toBe('pending')
  })
})

import { canUseMedia, collections, globals, mediaFields, type MediaField } from '@verband/content-types'
import type { CollectionSlug, Field, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { minimalSiteContent, richText, sampleJpeg } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'
import { sampleCaptions, sampleVideo } from './support/videos.ts'

/**
 * Every place in the content model that can hold a media file, found by walking the model's
 * own fields (the same walk the CMS uses to keep its media-use index), gets the same test: a
 * file used there is private while the document is a draft, public once it is published (or
 * saved, for what has no drafts), and private again when it is unpublished, the use removed
 * or the document deleted. A field added to the model is tested by this file without a change.
 */

type Entity = { kind: 'collection' | 'global'; slug: string; fields: Field[]; drafts: boolean }

const entities: Entity[] = [
  ...collections.map((c) => ({ kind: 'collection' as const, slug: c.slug, fields: c.fields, drafts: Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts) })),
  ...globals.map((g) => ({ kind: 'global' as const, slug: g.slug, fields: g.fields, drafts: Boolean(g.versions && typeof g.versions === 'object' && g.versions.drafts) })),
]

// The media-use index itself points at media, and is no use of them. A media file using
// another (a video's poster and other format) is public while the video is, not by a status of
// its own: test/videos.test.ts covers it.
const cases = entities.filter((entity) => canUseMedia(entity.slug, entity.fields) && entity.slug !== 'media').flatMap((entity) => mediaFields(entity.fields).map((field) => [`${entity.slug} › ${field.path} (${field.kind})`, entity, field] as const))

let payload: Payload
let close: () => Promise<void>
let partnerGroupId: number | string
let counter = 0

/**
 * The least valid document of each entity that can use media. An entity added to the model
 * with a media field and no entry here fails with a message saying so.
 */
function baseData(slug: string): Record<string, unknown> {
  counter += 1
  const n = counter
  switch (slug) {
    case 'stories':
      return { title: `Geschichte ${n}`, slug: `geschichte-${n}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-01-01T00:00:00.000Z' }
    case 'press-releases':
      return { title: `Mitteilung ${n}`, slug: `mitteilung-${n}`, place: 'Dresden', body: richText('Text.'), releaseDate: '2026-01-01T00:00:00.000Z' }
    case 'members':
      return { name: `Verein ${n}`, slug: `verein-${n}`, districts: ['dresden'], consent: { logo: true, description: true } }
    case 'partners':
      return { name: `Partner ${n}`, group: partnerGroupId }
    case 'press-kit':
    case 'site-settings':
      return {}
    default:
      throw new Error(`${slug} has media fields but no base document in mediaFields.test.ts: add one so that its fields are tested`)
  }
}

function fieldNamed(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name ? undefined : fieldNamed(tab.fields, name)
        if (found) return found
      }
    } else if (!('name' in field) && 'fields' in field && Array.isArray(field.fields)) {
      const found = fieldNamed(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

/** The document data with the file placed at the path (one array row, where the path has one). */
function placeAt(fields: Field[], data: Record<string, unknown>, path: string[], target: MediaField, mediaId: number | string): Record<string, unknown> {
  const [name, ...rest] = path
  const field = fieldNamed(fields, name!)
  if (!field) throw new Error(`No field ${name} on the way to ${target.path}`)
  if (rest.length === 0) {
    if (target.kind === 'richText') throw new Error(`mediaFields.test.ts cannot yet place a file in rich text (${target.path}): teach placeAt an upload node`)
    return { ...data, [name!]: target.hasMany ? [mediaId] : mediaId }
  }
  if (field.type === 'array') return { ...data, [name!]: [placeAt(field.fields, {}, rest, target, mediaId)] }
  if ('fields' in field && Array.isArray(field.fields)) return { ...data, [name!]: placeAt(field.fields, (data[name!] as Record<string, unknown>) ?? {}, rest, target, mediaId) }
  throw new Error(`mediaFields.test.ts cannot yet place a file inside a ${field.type} field (${target.path}): teach placeAt`)
}

/** The data that takes the use away again: the top-level field back to its base value, or empty. */
function withoutUse(entity: Entity, base: Record<string, unknown>, target: MediaField): Record<string, unknown> {
  const top = target.path.split('.')[0]!
  const field = fieldNamed(entity.fields, top)
  const empty = field?.type === 'array' || target.hasMany ? [] : null
  return { ...base, [top]: top in base ? base[top] : empty }
}

async function isPublic(id: number | string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })
  return totalDocs === 1
}

/** A file of a kind the field takes: a video where only videos fit, else a photo. */
async function newFile(target: MediaField): Promise<number | string> {
  counter += 1
  if (target.kinds && !target.kinds.includes('photo') && target.kinds.includes('video')) {
    const video = { alt: `Video ${counter}`, credit: 'Test', licence: 'cc0-1.0', transcript: 'Text.', video: { captions: sampleCaptions } }
    return (await payload.create({ collection: 'media', data: video as never, file: await sampleVideo({ name: `feld-${counter}.mp4` }) })).id
  }
  const doc = await payload.create({ collection: 'media', data: { alt: `Bild ${counter}`, credit: 'Test', licence: 'cc0-1.0' }, file: await sampleJpeg(`feld-${counter}.jpg`) })
  return doc.id
}

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  // The site settings are saved field by field below: the required rest must be there.
  await minimalSiteContent(payload)
  const group = await payload.create({ collection: 'partner-groups', data: { title: 'G', purpose: 'P', order: 1, _status: 'published' } })
  partnerGroupId = group.id
})

afterAll(async () => {
  await close?.()
})

describe('the content model', () => {
  it('has media fields to test (the walk finds them)', () => {
    const paths = cases.map(([name]) => name)
    expect(paths).toEqual(expect.arrayContaining(['stories › heroImage (upload)', 'press-releases › attachments (upload)', 'press-kit › logos.file (upload)', 'members › logo (upload)']))
  })
})

describe.each(cases)('a file used in %s', (_name, entity, target) => {
  it('is private as a draft use, public once published, private again when unpublished, unused or deleted', async () => {
    const file = await newFile(target)
    expect(await isPublic(file), 'an unused file').toBe(false)
    const base = baseData(entity.slug)
    const using = placeAt(entity.fields, base, target.path.split('.'), target, file)
    const status = (value: 'draft' | 'published') => (entity.drafts ? { _status: value } : {})

    if (entity.kind === 'collection') {
      const slug = entity.slug as CollectionSlug
      const doc = await payload.create({ collection: slug, data: { ...using, ...status('draft') } as never, draft: entity.drafts, depth: 0 })
      if (entity.drafts) {
        expect(await isPublic(file), 'used by a draft only').toBe(false)
        await payload.update({ collection: slug, id: doc.id, data: status('published') as never, depth: 0 })
      }
      expect(await isPublic(file), 'used by the published document').toBe(true)
      if (entity.drafts) {
        await payload.update({ collection: slug, id: doc.id, data: status('draft') as never, depth: 0 })
        expect(await isPublic(file), 'after unpublishing').toBe(false)
        await payload.update({ collection: slug, id: doc.id, data: status('published') as never, depth: 0 })
        expect(await isPublic(file), 'published again').toBe(true)
      }
      await payload.update({ collection: slug, id: doc.id, data: { ...withoutUse(entity, base, target), ...status('published') } as never, depth: 0 })
      expect(await isPublic(file), 'after the use was removed').toBe(false)
      await payload.update({ collection: slug, id: doc.id, data: { ...using, ...status('published') } as never, depth: 0 })
      expect(await isPublic(file), 'used again').toBe(true)
      await payload.delete({ collection: slug, id: doc.id })
      expect(await isPublic(file), 'after the document was deleted').toBe(false)
    } else {
      const slug = entity.slug as GlobalSlug
      if (entity.drafts) {
        await payload.updateGlobal({ slug, data: { ...using, ...status('draft') } as never, draft: true, depth: 0 })
        expect(await isPublic(file), 'used by a draft only').toBe(false)
      }
      await payload.updateGlobal({ slug, data: { ...using, ...status('published') } as never, depth: 0 })
      expect(await isPublic(file), 'used by the published global').toBe(true)
      if (entity.drafts) {
        await payload.updateGlobal({ slug, data: status('draft') as never, depth: 0 })
        expect(await isPublic(file), 'after unpublishing').toBe(false)
      }
      await payload.updateGlobal({ slug, data: { ...withoutUse(entity, base, target), ...status('published') } as never, depth: 0 })
      expect(await isPublic(file), 'after the use was removed').toBe(false)
    }
  })
})

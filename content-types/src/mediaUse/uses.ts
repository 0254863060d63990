import { createLocalReq, type CollectionSlug, type Field, type GlobalSlug, type Payload, type PayloadRequest, type Where } from 'payload'

import { embargoEnd } from '../access/index.ts'
import { forgetFileVisibility } from '../collections/Media/fileVisibility.ts'
import type { MediaUseState } from '../collections/MediaUses.ts'
import { defaultLocale, localeCodes } from '../locales.ts'
import { collectionSlugs } from '../slugs.ts'
import { mediaFields, mediaReferences } from './references.ts'

/**
 * Keeps the media-use index (collections/MediaUses.ts) and each media file's `publicSince`
 * current. Whether a use makes a file public is not decided here but by the content model's
 * own access rules: the using document is read the way the public reads it (anonymously,
 * published version only, field access applied), and the files in that answer are public
 * through it. A published document under embargo makes its files public from the embargo's
 * end, the same moment its own access rule starts showing it; storing that moment is what
 * lets the files go public on time without any job running.
 */

export type UseSource = { kind: 'collection'; slug: string; id: number | string } | { kind: 'global'; slug: string }

type Use = { media: number | string; fields: Set<string>; state: MediaUseState; publicFrom: string | null }

type UseRow = { id: number | string; media: number | string | { id: number | string }; source: string; fields?: string | null; state: MediaUseState; publicFrom?: string | null; title?: string | null }

const uses = collectionSlugs.mediaUses
const media = collectionSlugs.media

/**
 * Payload's own bookkeeping (edit locks, preferences) points at documents but shows nothing,
 * and so does the index itself. A media file does show other files: a video its poster and
 * its other format, which are public while the video is (see `publicLater`).
 */
const untracked = new Set<string>([uses])
const isTracked = (slug: string) => !untracked.has(slug) && !slug.startsWith('payload-')

export function sourceKey(source: UseSource): string {
  return source.kind === 'global' ? `global:${source.slug}` : `collection:${source.slug}:${source.id}`
}

/** Whether documents of these fields can use media: what the tracking hooks are added to. */
export function canUseMedia(slug: string, fields: Field[]): boolean {
  return isTracked(slug) && mediaFields(fields).length > 0
}

function entityConfig(payload: Payload, source: UseSource) {
  const config = source.kind === 'global' ? payload.config.globals.find((g) => g.slug === source.slug) : payload.config.collections.find((c) => c.slug === source.slug)
  if (!config) throw new Error(`Media use: no ${source.kind} "${source.slug}" in the configuration`)
  return config
}

/**
 * A request of its own for the index's reads and writes: anonymous (so `overrideAccess: false`
 * reads exactly what the public reads) and in the caller's transaction (SQLite would otherwise
 * wait on the caller's own write lock). The caller's request is not touched: the Local API
 * writes the locale and depth it is called with onto the request it is given.
 */
async function indexRequest(payload: Payload, parent?: PayloadRequest): Promise<PayloadRequest> {
  const req = await createLocalReq({ context: { mediaUseIndex: true, disableRebuild: true } }, payload)
  req.user = null
  if (parent?.transactionID) req.transactionID = parent.transactionID
  return req
}

type ReadOptions = { draft: boolean; overrideAccess: boolean }

async function read(payload: Payload, req: PayloadRequest, source: UseSource, { draft, overrideAccess }: ReadOptions): Promise<Record<string, unknown> | null> {
  const common = { draft, overrideAccess, depth: 0, locale: 'all' as const, req }
  if (source.kind === 'global') {
    const doc = (await payload.findGlobal({ slug: source.slug as GlobalSlug, ...common })) as unknown as Record<string, unknown> | null
    return doc && Object.keys(doc).length > 0 ? doc : null
  }
  return (await payload.findByID({ collection: source.slug as CollectionSlug, id: source.id, disableErrors: true, ...common })) as Record<string, unknown> | null
}

function titleOf(payload: Payload, source: UseSource, doc: Record<string, unknown> | null): string {
  const config = entityConfig(payload, source)
  const label = (value: unknown): string | undefined => {
    if (typeof value === 'string' && value) return value
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      return label(record[defaultLocale]) ?? Object.values(record).map(label).find(Boolean)
    }
    return undefined
  }
  const useAsTitle = 'useAsTitle' in config.admin ? config.admin.useAsTitle : undefined
  return label(useAsTitle && doc ? doc[useAsTitle] : undefined) ?? label('label' in config ? config.label : config.labels?.singular) ?? source.slug
}

/**
 * When a published document the public cannot see yet will become visible by itself: a press
 * release at its embargo's end; a video (a media file using its poster) at its own
 * `publicSince`, the moment a document showing it goes public.
 */
function publicLater(source: UseSource, published: Record<string, unknown> | null): Date | undefined {
  if (source.kind === 'collection' && source.slug === media) {
    const since = typeof published?.publicSince === 'string' ? new Date(published.publicSince) : undefined
    return since && since.getTime() > Date.now() ? since : undefined
  }
  return embargoEnd(published as Parameters<typeof embargoEnd>[0])
}

const statePriority: Record<MediaUseState, number> = { notPublic: 0, embargoed: 1, public: 2 }

/** What the document's current state means for each file it uses. */
async function currentUses(payload: Payload, req: PayloadRequest, source: UseSource, previous: UseRow[]): Promise<{ uses: Use[]; title: string }> {
  const { fields } = entityConfig(payload, source)
  const latest = await read(payload, req, source, { draft: true, overrideAccess: true })
  if (!latest) return { uses: [], title: titleOf(payload, source, null) }
  const published = await read(payload, req, source, { draft: false, overrideAccess: true })
  const seenByPublic = await read(payload, req, source, { draft: false, overrideAccess: false })
  const embargoEnds = publicLater(source, published)
  const now = new Date().toISOString()
  const wasPublicSince = new Map(previous.filter((row) => row.state === 'public' && row.publicFrom).map((row) => [String(idOf(row.media)), row.publicFrom!]))

  const byMedia = new Map<string, Use>()
  const add = (doc: Record<string, unknown> | null, state: MediaUseState) => {
    for (const { id, path } of mediaReferences(fields, doc, localeCodes)) {
      const use = byMedia.get(String(id)) ?? { media: id, fields: new Set<string>(), state: 'notPublic' as MediaUseState, publicFrom: null }
      use.fields.add(path)
      if (statePriority[state] > statePriority[use.state]) use.state = state
      byMedia.set(String(id), use)
    }
  }
  add(latest, 'notPublic')
  add(published, embargoEnds ? 'embargoed' : 'notPublic')
  add(seenByPublic, 'public')
  for (const use of byMedia.values()) {
    if (use.state === 'public') use.publicFrom = wasPublicSince.get(String(use.media)) ?? now
    if (use.state === 'embargoed') use.publicFrom = embargoEnds!.toISOString()
  }
  return { uses: [...byMedia.values()], title: titleOf(payload, source, latest) }
}

const idOf = (value: UseRow['media']) => (typeof value === 'object' ? value.id : value)

async function rowsWhere(payload: Payload, req: PayloadRequest, where: Where): Promise<UseRow[]> {
  const { docs } = await payload.find({ collection: uses as CollectionSlug, where, depth: 0, pagination: false, overrideAccess: true, req })
  return docs as unknown as UseRow[]
}

function sameUses(previous: UseRow[], next: Use[], title: string): boolean {
  if (previous.length !== next.length) return false
  const byMedia = new Map(previous.map((row) => [String(idOf(row.media)), row]))
  return next.every((use) => {
    const row = byMedia.get(String(use.media))
    return row && row.state === use.state && (row.publicFrom ?? null) === use.publicFrom && row.fields === [...use.fields].join(', ') && row.title === title
  })
}

/** Rewrites one document's rows; returns the media files whose visibility may have changed. */
async function writeUses(payload: Payload, req: PayloadRequest, source: UseSource): Promise<Set<string>> {
  const key = sourceKey(source)
  const previous = await rowsWhere(payload, req, { source: { equals: key } })
  const { uses: next, title } = await currentUses(payload, req, source, previous)
  if (sameUses(previous, next, title)) return new Set()
  if (previous.length > 0) await payload.delete({ collection: uses as CollectionSlug, where: { source: { equals: key } }, overrideAccess: true, req })
  for (const use of next) {
    await payload.create({
      collection: uses as CollectionSlug,
      data: {
        media: use.media as number,
        source: key,
        entity: source.slug,
        documentId: source.kind === 'collection' ? String(source.id) : undefined,
        title,
        fields: [...use.fields].join(', '),
        state: use.state,
        publicFrom: use.publicFrom,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return new Set([...previous.map((row) => String(idOf(row.media))), ...next.map((use) => String(use.media))])
}

const mediaSource = (id: number | string): UseSource => ({ kind: 'collection', slug: media, id })

/**
 * Sets each file's `publicSince`: the earliest moment any of its uses makes it public. A file
 * whose visibility changed passes it on to the files it shows (a video's poster and other
 * format); `via`, the files whose change led here, keeps that from going round in a circle,
 * which the content model does not allow anyway (collections/Media/videoFields.ts).
 */
async function updateVisibility(payload: Payload, req: PayloadRequest, mediaIds: Iterable<string>, via: ReadonlySet<string> = new Set()): Promise<void> {
  for (const id of mediaIds) {
    if (via.has(id)) continue
    const rows = await rowsWhere(payload, req, { media: { equals: id } })
    const moments = rows.map((row) => row.publicFrom).filter((moment): moment is string => typeof moment === 'string').sort()
    const publicSince = moments[0] ?? null
    // Through the adapter: a change of visibility is not an edit of the file (its `updatedAt`
    // versions the website's image addresses), and runs no media hooks.
    const current = await payload.db.findOne<{ id: number | string; publicSince?: string | null }>({ collection: media, where: { id: { equals: id } }, req })
    if (current && (current.publicSince ?? null) !== publicSince) {
      await payload.db.updateOne({ collection: media, id: current.id, data: { publicSince }, req })
      forgetFileVisibility()
      await updateVisibility(payload, req, await writeUses(payload, req, mediaSource(current.id)), new Set([...via, id]))
    }
  }
}

/** After a using document changed (saved, published, unpublished, deleted, restored to a version). */
export async function refreshMediaUses(payload: Payload, source: UseSource, parent?: PayloadRequest): Promise<void> {
  const req = await indexRequest(payload, parent)
  await updateVisibility(payload, req, await writeUses(payload, req, source))
}

/** Before a media file is deleted: its rows go with it. */
export async function forgetMediaFile(payload: Payload, mediaId: number | string, parent?: PayloadRequest): Promise<void> {
  const req = await indexRequest(payload, parent)
  await payload.delete({ collection: uses as CollectionSlug, where: { media: { equals: mediaId } }, overrideAccess: true, req })
}

/**
 * Brings the whole index in line with the documents: after a restore from a backup (which
 * writes through the database adapter, so no hook ran), and on the first start of a CMS whose
 * media were uploaded before the index existed. Rows that are still right stay as they are (a
 * faithful restore changes nothing); rows of documents that no longer exist go.
 */
export async function reindexMediaUses(payload: Payload, parent?: PayloadRequest): Promise<{ documents: number }> {
  const req = await indexRequest(payload, parent)
  const sources: UseSource[] = []
  for (const collection of payload.config.collections.filter((c) => canUseMedia(c.slug, c.fields))) {
    const { docs } = await payload.find({ collection: collection.slug as CollectionSlug, depth: 0, pagination: false, select: {}, overrideAccess: true, req })
    for (const doc of docs) sources.push({ kind: 'collection', slug: collection.slug, id: doc.id })
  }
  for (const global of payload.config.globals.filter((g) => canUseMedia(g.slug, g.fields))) sources.push({ kind: 'global', slug: global.slug })

  const touched = new Set<string>()
  for (const source of sources) for (const id of await writeUses(payload, req, source)) touched.add(id)
  const current = new Set(sources.map(sourceKey))
  for (const row of await rowsWhere(payload, req, { id: { exists: true } })) {
    const key = row.source
    if (current.has(key)) continue
    await payload.delete({ collection: uses as CollectionSlug, id: row.id, overrideAccess: true, req })
    touched.add(String(idOf(row.media)))
  }
  const { docs: publicFiles } = await payload.find({ collection: media, where: { publicSince: { exists: true } }, depth: 0, pagination: false, select: {}, overrideAccess: true, req })
  for (const doc of publicFiles) touched.add(String(doc.id))
  await updateVisibility(payload, req, touched)
  return { documents: sources.length }
}

/** Whether the index was ever built: media exist, yet no use and no public file is recorded. */
export async function mediaUsesMissing(payload: Payload): Promise<boolean> {
  const [files, rows, publicFiles] = await Promise.all([
    payload.count({ collection: media, overrideAccess: true }),
    payload.count({ collection: uses as CollectionSlug, overrideAccess: true }),
    payload.count({ collection: media, where: { publicSince: { exists: true } }, overrideAccess: true }),
  ])
  return files.totalDocs > 0 && rows.totalDocs === 0 && publicFiles.totalDocs === 0
}

import type { PayloadRequest, Where } from 'payload'

import { collectionSlugs } from '../../slugs.ts'

/**
 * Whether a file may be downloaded by the public (`/api/media/file/<name>`, in any size): the
 * stored visibility of the media document the name belongs to, compared with the clock (so an
 * embargo ends on time). File requests come in bursts (a page's images, a press kit), so the
 * answer per name is kept for a second: loading it for each request served files at half the
 * rate (bench/results/load.md). This process forgets everything the moment its media-use index
 * changes a file's visibility or a file is edited or deleted; another CMS instance sharing the
 * database follows within that second.
 */

type Visibility = { alwaysPublic: boolean; publicSince: string | null }

const keptMs = 1000
// Bounded, so that asking for many made-up names cannot fill the memory.
const maxNames = 10_000
const known = new Map<string, { visibility: Visibility | null; until: number }>()

export function forgetFileVisibility(): void {
  known.clear()
}

async function lookUp(req: PayloadRequest, filename: string): Promise<Visibility | null> {
  const sizes = req.payload.collections[collectionSlugs.media]?.config.upload.imageSizes ?? []
  const byName: Where = { or: [{ filename: { equals: filename } }, ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))] }
  const { docs } = await req.payload.db.find<{ alwaysPublic?: boolean | null; publicSince?: string | null }>({
    collection: collectionSlugs.media,
    where: byName,
    select: { alwaysPublic: true, publicSince: true },
    limit: 1,
    pagination: false,
    req,
  })
  const doc = docs[0]
  return doc ? { alwaysPublic: doc.alwaysPublic === true, publicSince: doc.publicSince ?? null } : null
}

export async function fileIsPublic(req: PayloadRequest, filename: string): Promise<boolean> {
  const now = Date.now()
  let entry = known.get(filename)
  if (!entry || entry.until < now) {
    if (known.size >= maxNames) known.clear()
    entry = { visibility: await lookUp(req, filename), until: now + keptMs }
    known.set(filename, entry)
  }
  const visibility = entry.visibility
  return Boolean(visibility && (visibility.alwaysPublic || (visibility.publicSince !== null && Date.parse(visibility.publicSince) <= now)))
}

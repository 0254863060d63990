import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { BackupFormatError } from './errors.ts'

/**
 * The archive's table of contents, `manifest.json` at its root. It names the format and its
 * version (a restore refuses a format it does not know), the kind of ids the documents carry,
 * what the archive holds (counts per collection and global) and a checksum of every other
 * file, so a damaged or edited archive is refused before anything is written.
 *
 * Layout of an archive (a gzipped tar):
 *   manifest.json
 *   collections/<slug>.jsonl           one document per line, every locale, ids kept
 *   collection-versions/<slug>.jsonl   the `_versions` of collections with versions
 *   globals/<slug>.json                a global's document, every locale
 *   global-versions/<slug>.jsonl       the versions of globals with versions
 *   uploads/<collection>/<file>        upload files: originals and generated sizes
 */
export const backupFormat = 'verband-cms-backup'
export const backupFormatVersion = 1
export const manifestName = 'manifest.json'

export const archivePaths = {
  collection: (slug: string) => `collections/${slug}.jsonl`,
  collectionVersions: (slug: string) => `collection-versions/${slug}.jsonl`,
  global: (slug: string) => `globals/${slug}.json`,
  globalVersions: (slug: string) => `global-versions/${slug}.jsonl`,
  uploadsOf: (slug: string) => `uploads/${slug}`,
}

const fileEntry = z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  /** The database adapter the backup was made on (`sqlite`, `mongoose`): for information. */
  database: z.string(),
  /** What the restore must match: ids are kept, so numbers (SQLite) cannot become ObjectIds (MongoDB). */
  idType: z.enum(['number', 'text']),
  locales: z.array(z.string()),
  collections: z.record(z.string(), z.object({ documents: z.number().int().nonnegative(), versions: z.number().int().nonnegative() })),
  globals: z.record(z.string(), z.object({ present: z.boolean(), versions: z.number().int().nonnegative() })),
  uploads: z.record(z.string(), z.object({ files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() })),
  /** Every file in the archive but the manifest, by its path in the archive. */
  files: z.record(z.string(), fileEntry),
})

export type Manifest = z.infer<typeof manifestSchema>
export type FileEntry = z.infer<typeof fileEntry>

/** Reads and checks the manifest of an unpacked archive. */
export async function readManifest(dir: string): Promise<Manifest> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path.join(dir, manifestName), 'utf8'))
  } catch (error) {
    throw new BackupFormatError(`Not a backup of this CMS: no readable ${manifestName} in the archive (${(error as Error).message}).`)
  }
  const format = (raw as { format?: unknown; formatVersion?: unknown } | null) ?? {}
  if (format.format !== backupFormat) {
    throw new BackupFormatError(`Not a backup of this CMS: the manifest's format is ${JSON.stringify(format.format)}, expected "${backupFormat}".`)
  }
  if (typeof format.formatVersion === 'number' && format.formatVersion > backupFormatVersion) {
    throw new BackupFormatError(
      `The backup has format version ${format.formatVersion}; this CMS reads up to version ${backupFormatVersion}. Restore it with the version of the CMS that made it, or a newer one.`,
    )
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    throw new BackupFormatError(`The backup's manifest is malformed: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
  }
  return parsed.data
}

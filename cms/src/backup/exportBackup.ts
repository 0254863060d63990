import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq, type CollectionSlug, type GlobalSlug, type Payload, type PayloadRequest } from 'payload'

import { packArchive, type ArchiveEntry } from './archive.ts'
import { BackupRefusedError } from './errors.ts'
import { fileChecksum, listFiles } from './files.ts'
import { writeJsonLines } from './jsonLines.ts'
import { archivePaths, backupFormat, backupFormatVersion, manifestName, type Manifest } from './manifest.ts'
import { backupScope, isStoredGlobal, uploadDir } from './scope.ts'

/** Documents read per database query: bounds memory on large collections. */
const pageSize = 100

/**
 * Reads through the database adapter (`payload.db`), not the Local API: what comes back is
 * the stored document as it is, with every locale (`{ de: …, en: … }` for localized fields),
 * hidden fields such as a user's password hash and salt, and no access rules or read hooks
 * in between. That is what a restore writes back with the same adapter methods.
 */
async function* pages<T>(read: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    yield* result.docs
    if (!result.hasNextPage) return
  }
}

function documents(payload: Payload, collection: CollectionSlug, req: PayloadRequest) {
  // Sorted by id so that pages neither skip nor repeat documents.
  return pages((page) => payload.db.find({ collection, limit: pageSize, page, pagination: true, sort: 'id', req }))
}

function collectionVersions(payload: Payload, collection: CollectionSlug, req: PayloadRequest) {
  return pages((page) => payload.db.findVersions({ collection, limit: pageSize, page, pagination: true, sort: 'createdAt', req }))
}

function globalVersions(payload: Payload, global: GlobalSlug, req: PayloadRequest) {
  return pages((page) => payload.db.findGlobalVersions({ global, limit: pageSize, page, pagination: true, sort: 'createdAt', req }))
}

/** `backups/verband-2026-11-28T15-04-05Z.tar.gz` under the given folder. */
export function defaultBackupFile(folder: string, now = new Date()): string {
  return path.join(folder, `verband-${now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.tar.gz`)
}

export type BackupResult = { file: string; manifest: Manifest }

/**
 * Writes one archive with everything needed to rebuild this CMS: every document of every
 * collection in every locale, every version of collections and globals, the users with their
 * password hashes (so the archive is secret: it is created with mode 0600), the jobs queue
 * (scheduled publishes are jobs), and every upload file, originals and generated sizes.
 *
 * The documents are read one page after another while the CMS may be running: take backups
 * at a quiet moment, or stop the CMS, for a backup that is one point in time.
 */
export async function createBackup(payload: Payload, { file }: { file: string }): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupRefusedError(`${file} already exists; a backup never overwrites a file.`)
  const req = await createLocalReq({}, payload)
  const scope = backupScope(payload)
  const staging = await mkdtemp(path.join(tmpdir(), 'verband-backup-'))
  const manifest: Manifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: new Date().toISOString(),
    database: payload.db.name,
    idType: payload.db.defaultIDType,
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
    collections: {},
    globals: {},
    uploads: {},
    files: {},
  }
  // The documents are written to a private temporary folder first; upload files go into the
  // archive straight from where the CMS keeps them.
  const entries: ArchiveEntry[] = []
  const stage = async (name: string) => {
    const target = path.join(staging, name)
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    entries.push({ name, source: target })
    return target
  }
  try {
    for (const collection of scope.collections) {
      const slug = collection.slug as CollectionSlug
      const documentCount = await writeJsonLines(await stage(archivePaths.collection(slug)), documents(payload, slug, req))
      let versionCount = 0
      if (collection.versions) {
        versionCount = await writeJsonLines(await stage(archivePaths.collectionVersions(slug)), collectionVersions(payload, slug, req))
      }
      manifest.collections[slug] = { documents: documentCount, versions: versionCount }

      const dir = uploadDir(collection)
      if (dir) {
        const names = await listFiles(dir)
        for (const name of names) entries.push({ name: `${archivePaths.uploadsOf(slug)}/${name}`, source: path.join(dir, name) })
        manifest.uploads[slug] = { files: names.length, bytes: 0 }
      }
    }
    for (const slug of scope.globals) {
      const global = payload.config.globals.find((candidate) => candidate.slug === slug)!
      const doc = await payload.db.findGlobal({ slug, req })
      const present = isStoredGlobal(doc)
      if (present) await writeFile(await stage(archivePaths.global(slug)), JSON.stringify(doc), { mode: 0o600 })
      const versionCount = global.versions ? await writeJsonLines(await stage(archivePaths.globalVersions(slug)), globalVersions(payload, slug, req)) : 0
      manifest.globals[slug] = { present, versions: versionCount }
    }

    for (const { name, source } of entries) manifest.files[name] = await fileChecksum(source)
    for (const [slug, summary] of Object.entries(manifest.uploads)) {
      const prefix = `${archivePaths.uploadsOf(slug)}/`
      summary.bytes = Object.entries(manifest.files).reduce((sum, [name, entry]) => (name.startsWith(prefix) ? sum + entry.bytes : sum), 0)
    }
    const manifestFile = path.join(staging, manifestName)
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
    // The manifest comes first, so a reader learns what the archive is before anything else.
    await packArchive([{ name: manifestName, source: manifestFile }, ...entries], file)
    return { file, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

import { existsSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { reindexMediaUses } from '@verband/content-types'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type GlobalSlug,
  type Payload,
  type PayloadRequest,
  type TypeWithVersion,
} from 'payload'

import { unpackArchive } from './archive.ts'
import { fileChecksum, listFiles } from './files.ts'
import { clearInstance, instanceContents } from './instanceContents.ts'
import { readJsonLines } from './jsonLines.ts'
import { BackupFormatError, BackupRefusedError } from './errors.ts'
import { archivePaths, readManifest, type Manifest } from './manifest.ts'
import { backupScope, isStoredGlobal, uploadDir, type BackupScope } from './scope.ts'

export type RestoreOptions = {
  /** Replace whatever the instance holds: its documents, versions and upload files are deleted first. */
  force?: boolean
  log?: (message: string) => void
}

type StoredDocument = Record<string, unknown> & { id: number | string }
type StoredVersion = TypeWithVersion<Record<string, unknown>> & { autosave?: boolean; publishedLocale?: string; snapshot?: true; latest?: boolean }

async function verifyChecksums(dir: string, manifest: Manifest): Promise<void> {
  const damaged: string[] = []
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = path.join(dir, name)
    if (!existsSync(file)) {
      damaged.push(`${name} (missing)`)
      continue
    }
    const actual = await fileChecksum(file)
    if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) damaged.push(name)
  }
  if (damaged.length > 0) throw new BackupFormatError(`The backup is damaged; these files do not match their checksums: ${damaged.join(', ')}.`)
}

/** Everything that would make the restore fail halfway is checked before the first write. */
function checkCompatible(payload: Payload, manifest: Manifest, scope: BackupScope): void {
  if (manifest.idType !== payload.db.defaultIDType) {
    const kind = (idType: string) => (idType === 'number' ? 'numeric ids (SQLite)' : 'text ids (MongoDB)')
    throw new BackupRefusedError(
      `The backup was made on a database with ${kind(manifest.idType)}; this CMS uses ${kind(payload.db.defaultIDType)}. ` +
        'A restore keeps every id so that relations survive, so it must go to the same kind of database.',
    )
  }
  const collections = new Set<string>(scope.collections.map((collection) => collection.slug))
  const unknown = [
    ...Object.keys(manifest.collections).filter((slug) => !collections.has(slug)),
    ...Object.keys(manifest.globals).filter((slug) => !scope.globals.includes(slug as GlobalSlug)).map((slug) => `global ${slug}`),
  ]
  if (unknown.length > 0) {
    throw new BackupRefusedError(`The backup holds ${unknown.join(', ')}, which this CMS does not have: restore it with the CMS version that made it.`)
  }
  const blocked = scope.unordered.filter((slug) => (manifest.collections[slug]?.documents ?? 0) > 0)
  if (payload.db.name === 'sqlite' && blocked.length > 0) {
    throw new BackupRefusedError(`The collections ${blocked.join(', ')} reference each other in a circle; SQLite's foreign keys need them inserted in order, which this restore cannot do yet.`)
  }
}

async function restoreDocuments(payload: Payload, dir: string, slug: CollectionSlug, req: PayloadRequest): Promise<void> {
  const file = path.join(dir, archivePaths.collection(slug))
  if (!existsSync(file)) return
  for await (const doc of readJsonLines<StoredDocument>(file)) {
    // `customID` keeps the document's id (a number on SQLite, an ObjectId string on MongoDB),
    // so every relation pointing at it still holds.
    await payload.db.create({ collection: slug, data: doc, customID: doc.id, req, returning: false })
  }
}

/**
 * Each new version is marked as the latest by the adapter, which demotes older ones by date;
 * afterwards exactly the versions that were the latest in the backup are marked again.
 * (`versionData` of an update is typed as a whole version; both adapters apply a partial one.)
 */
async function putBackLatestFlags(
  shouldBeLatest: Set<number | string>,
  markedNow: { id: number | string }[],
  setLatest: (id: number | string, latest: boolean) => Promise<unknown>,
): Promise<void> {
  const missing = new Set(shouldBeLatest)
  for (const { id } of markedNow) if (!missing.delete(id)) await setLatest(id, false)
  for (const id of missing) await setLatest(id, true)
}

/**
 * Versions get new ids (the adapters assign them); what matters is their parent, content,
 * dates and which one is the latest. The adapters mark each new version as the latest and
 * demote older ones, so the archived flags are put back afterwards.
 */
async function restoreCollectionVersions(payload: Payload, dir: string, slug: CollectionSlug, req: PayloadRequest): Promise<void> {
  const file = path.join(dir, archivePaths.collectionVersions(slug))
  if (!existsSync(file)) return
  const latest = new Set<number | string>()
  for await (const version of readJsonLines<StoredVersion>(file)) {
    const created = await payload.db.createVersion({
      collectionSlug: slug,
      parent: version.parent,
      versionData: version.version,
      autosave: version.autosave ?? false,
      createdAt: version.createdAt,
      updatedAt: version.updatedAt,
      publishedLocale: version.publishedLocale,
      snapshot: version.snapshot,
      req,
    })
    if (version.latest === true) latest.add(created.id)
  }
  const { docs: marked } = await payload.db.findVersions({ collection: slug, where: { latest: { equals: true } }, pagination: false, limit: 0, req })
  await putBackLatestFlags(latest, marked, (id, value) =>
    payload.db.updateVersion({ collection: slug, id, versionData: { latest: value } as never, req, returning: false }),
  )
}

async function restoreGlobal(payload: Payload, dir: string, slug: GlobalSlug, req: PayloadRequest): Promise<void> {
  const file = path.join(dir, archivePaths.global(slug))
  if (existsSync(file)) {
    // A global's own id is the adapter's business (MongoDB keeps all globals in one collection).
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    delete data.id
    delete data.globalType
    const exists = isStoredGlobal(await payload.db.findGlobal({ slug, req }))
    const stored = exists ? await payload.db.updateGlobal({ slug, data: { ...data }, req }) : await payload.db.createGlobal({ slug, data: { ...data }, req })
    // SQLite's createGlobal stamps its own creation date: put the original dates back.
    if (stored?.createdAt !== data.createdAt || stored?.updatedAt !== data.updatedAt) {
      await payload.db.updateGlobal({ slug, data: { createdAt: data.createdAt, updatedAt: data.updatedAt }, req, returning: false })
    }
  }

  const versionsFile = path.join(dir, archivePaths.globalVersions(slug))
  if (!existsSync(versionsFile)) return
  const latest = new Set<number | string>()
  for await (const version of readJsonLines<StoredVersion>(versionsFile)) {
    const created = await payload.db.createGlobalVersion({
      globalSlug: slug,
      versionData: version.version,
      autosave: version.autosave ?? false,
      createdAt: version.createdAt,
      updatedAt: version.updatedAt,
      publishedLocale: version.publishedLocale,
      snapshot: version.snapshot,
      req,
    })
    if (version.latest === true) latest.add(created.id)
  }
  const { docs: marked } = await payload.db.findGlobalVersions({ global: slug, where: { latest: { equals: true } }, pagination: false, limit: 0, req })
  await putBackLatestFlags(latest, marked, (id, value) =>
    payload.db.updateGlobalVersion({ global: slug, id, versionData: { latest: value } as never, req, returning: false }),
  )
}

/** Puts the upload files back where this CMS keeps them, replacing what is there. */
async function restoreUploads(dir: string, manifest: Manifest, scope: BackupScope): Promise<number> {
  let count = 0
  for (const slug of Object.keys(manifest.uploads)) {
    const collection = scope.collections.find((candidate) => candidate.slug === slug)
    const target = collection && uploadDir(collection)
    if (!target) throw new BackupRefusedError(`The backup holds files of ${slug}, which is not an upload collection in this CMS.`)
    await rm(target, { recursive: true, force: true })
    const source = path.join(dir, archivePaths.uploadsOf(slug))
    for (const name of await listFiles(source)) {
      const destination = path.join(target, name)
      await mkdir(path.dirname(destination), { recursive: true })
      await copyFile(path.join(source, name), destination)
      // Unpacked privately (0600); upload files are public and served by the CMS.
      await chmod(destination, 0o644)
      count++
    }
  }
  return count
}

/** Compares what is now in the database with what the manifest says was backed up. */
async function verifyCounts(payload: Payload, manifest: Manifest, req: PayloadRequest): Promise<void> {
  const wrong: string[] = []
  for (const [slug, expected] of Object.entries(manifest.collections)) {
    const collection = slug as CollectionSlug
    const { totalDocs } = await payload.db.count({ collection, req })
    if (totalDocs !== expected.documents) wrong.push(`${slug}: ${totalDocs} documents instead of ${expected.documents}`)
    if (payload.collections[collection].config.versions) {
      const { totalDocs: versions } = await payload.db.countVersions({ collection, req })
      if (versions !== expected.versions) wrong.push(`${slug}: ${versions} versions instead of ${expected.versions}`)
    }
  }
  for (const [slug, expected] of Object.entries(manifest.globals)) {
    if (expected.present && !isStoredGlobal(await payload.db.findGlobal({ slug, req }))) wrong.push(`global ${slug}: missing`)
    if (expected.versions === 0) continue
    const { totalDocs } = await payload.db.countGlobalVersions({ global: slug as GlobalSlug, req })
    if (totalDocs !== expected.versions) wrong.push(`global ${slug}: ${totalDocs} versions instead of ${expected.versions}`)
  }
  if (wrong.length > 0) throw new Error(`The restore is incomplete: ${wrong.join('; ')}.`)
}

export type RestoreResult = { manifest: Manifest; uploadFiles: number; replaced: string[] }

/**
 * Rebuilds an instance from an archive made by `createBackup`: the same documents with the
 * same ids in every locale, their versions, the users with their passwords, the jobs queue
 * and the upload files. The archive is checked first (format, checksums, database kind);
 * an instance that already holds anything is refused unless `force` is given, which
 * replaces it.
 *
 * Writes go through the database adapter: no hooks run, so nothing is revalidated, re-hashed
 * or republished per document (the request still says `disableRebuild`, for any hook a later
 * change might run). The caller queues one website rebuild afterwards. Where the adapter has
 * transactions (MongoDB on a replica set), the database part is all or nothing.
 */
export async function restoreBackup(payload: Payload, archiveFile: string, { force = false, log = () => undefined }: RestoreOptions = {}): Promise<RestoreResult> {
  if (!existsSync(archiveFile)) throw new BackupRefusedError(`No backup at ${archiveFile}.`)
  const dir = await mkdtemp(path.join(tmpdir(), 'verband-restore-'))
  try {
    await unpackArchive(archiveFile, dir)
    const manifest = await readManifest(dir)
    await verifyChecksums(dir, manifest)
    const scope = backupScope(payload)
    checkCompatible(payload, manifest, scope)

    const replaced = await instanceContents(payload, scope)
    if (replaced.length > 0 && !force) {
      throw new BackupRefusedError(
        `Refusing to restore into a CMS that is not empty:\n${replaced.map((line) => `  - ${line}`).join('\n')}\n` +
          'Restore into an empty database (and media folder), or pass --force to delete all of this first and replace it with the backup.',
      )
    }

    const req = await createLocalReq({ context: { disableRebuild: true } }, payload)
    const ownsTransaction = await initTransaction(req)
    try {
      if (replaced.length > 0) {
        log('Deleting what the CMS held …')
        await clearInstance(payload, scope, req)
      }
      for (const collection of scope.collections) {
        const slug = collection.slug as CollectionSlug
        if (!manifest.collections[slug]?.documents) continue
        log(`${slug}: ${manifest.collections[slug].documents} documents`)
        await restoreDocuments(payload, dir, slug, req)
      }
      for (const slug of scope.globals) if (manifest.globals[slug]) await restoreGlobal(payload, dir, slug, req)
      for (const collection of scope.collections) {
        const slug = collection.slug as CollectionSlug
        if (!manifest.collections[slug]?.versions) continue
        log(`${slug}: ${manifest.collections[slug].versions} versions`)
        await restoreCollectionVersions(payload, dir, slug, req)
      }
      await verifyCounts(payload, manifest, req)
      // The restored documents were written without hooks: who uses which media file (and so
      // which files are public) is worked out again from them, in the same transaction.
      await reindexMediaUses(payload, req)
      if (ownsTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
    const uploadFiles = await restoreUploads(dir, manifest, scope)
    log(`${uploadFiles} upload files`)
    return { manifest, uploadFiles, replaced }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { collectionSlugs } from '@verband/content-types'
// The real seed. Not a declared dependency of the CMS: the seed depends on the CMS, and
// Turborepo refuses a cycle; npm workspaces link it at the root for the tests all the same.
import { seed } from '@verband/seed'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { packArchive, unpackArchive } from '../src/backup/archive.ts'
import { listFiles } from '../src/backup/files.ts'
import { BackupFormatError, BackupRefusedError, instanceContents, restoreBackup } from '../src/backup/index.ts'
import { backupScope } from '../src/backup/scope.ts'
import { richText, sampleJpeg } from './support/fixtures.ts'
import { createTestEnvironment, startTestPayload, type TestEnvironment } from './support/testPayload.ts'

/**
 * Backup and restore end to end: a seeded CMS with drafts, versions, a user, an upload and a
 * queued job is backed up with the real CLI, restored with the real CLI into a second, empty
 * CMS, and the two are compared document by document. Both run on SQLite, or both on
 * MongoDB under `npm run test:mongodb`.
 */

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const user = { email: 'backup-test@example.org', password: 'a-long-test-password-42', name: 'Backup Test', role: 'editor' as const }

let source: { payload: Payload; testEnv: TestEnvironment; close: () => Promise<void> }
let restored: { payload: Payload; testEnv: TestEnvironment; close: () => Promise<void> }
let workDir: string
let archive: string
let draftId: number | string

/** The CLI as an operator runs it, in its own process, against the given instance's environment. */
function cli(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/backup/cli.ts', ...args], {
    cwd: cmsDir,
    env: { ...process.env, ...env, INIT_CWD: workDir },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** The stored document, as the database adapter returns it: every locale, hidden fields included. */
async function storedDocuments(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.db.find({ collection, pagination: false, limit: 0, sort: 'id' })
  return JSON.parse(JSON.stringify(docs)) as Record<string, unknown>[]
}

/** Versions without their ids (a restore gives them new ones), in the order they were made. */
async function storedVersions(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.db.findVersions({ collection, pagination: false, limit: 0, sort: 'createdAt' })
  return JSON.parse(JSON.stringify(docs.map(({ id: _id, latest, ...version }) => ({ ...version, latest: latest === true }))))
}

/** A global's stored document, without its id and type (adapter bookkeeping, not content). */
async function storedGlobal(payload: Payload, slug: GlobalSlug) {
  const doc = JSON.parse(JSON.stringify(await payload.db.findGlobal({ slug }))) as Record<string, unknown>
  delete doc.id
  delete doc.globalType
  return doc
}

async function globalVersions(payload: Payload, global: GlobalSlug) {
  const { docs } = await payload.db.findGlobalVersions({ global, pagination: false, limit: 0, sort: 'createdAt' })
  return JSON.parse(JSON.stringify(docs.map(({ id: _id, latest, ...version }) => ({ ...version, latest: latest === true }))))
}

async function counts(payload: Payload): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of backupScope(payload).collections) {
    const slug = collection.slug as CollectionSlug
    result[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
    if (collection.versions) result[`${slug} versions`] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs
  }
  for (const global of payload.config.globals.filter((candidate) => candidate.versions)) {
    result[`global ${global.slug} versions`] = (await payload.countGlobalVersions({ global: global.slug as GlobalSlug, overrideAccess: true })).totalDocs
  }
  return result
}

function fileHashes(dir: string): Promise<Record<string, string>> {
  return listFiles(dir).then((names) => Object.fromEntries(names.map((name) => [name, createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')])))
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'verband-backup-test-'))
  source = await startTestPayload()
  const { payload } = source
  await seed(payload)
  await payload.create({ collection: 'users', data: user })
  const upload = await payload.create({
    collection: 'media',
    data: { alt: 'Testbild für die Sicherung', credit: 'Test', licence: 'cc-by-4.0' },
    file: await sampleJpeg('backup-sample.jpg'),
  })
  // A draft story with a history: three saves, translated on the way, never published.
  const draft = await payload.create({
    collection: 'stories',
    locale: 'de',
    draft: true,
    data: { title: 'Entwurf: Sicherung', slug: 'entwurf-sicherung', summary: 'Erste Fassung.', body: richText('Erste Fassung.'), heroImage: upload.id, _status: 'draft' },
  })
  draftId = draft.id
  await payload.update({ collection: 'stories', id: draft.id, locale: 'de', draft: true, data: { summary: 'Zweite Fassung.' } })
  await payload.update({ collection: 'stories', id: draft.id, locale: 'ar', draft: true, data: { title: 'مسودة: نسخة احتياطية', summary: 'النسخة الثالثة.' } })
  // A scheduled publish is a job in the queue: it must survive a restore.
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'stories', value: draft.id } },
    waitUntil: new Date(Date.now() + 7 * 86_400_000),
  })

  archive = path.join(workDir, 'verband.tar.gz')
  const backup = cli(source.testEnv.env, 'backup', '--output', 'verband.tar.gz')
  expect(backup.output).toContain('Backup written')
  expect(backup.status).toBe(0)

  // The second CMS: a fresh environment, restored by the CLI before anything else touches it.
  const target = createTestEnvironment()
  const restore = cli(target.env, 'restore', 'verband.tar.gz')
  expect(restore.output).toContain('Restored')
  expect(restore.status).toBe(0)
  vi.resetModules()
  restored = await startTestPayload({ testEnv: target, key: 'restored' })
})

afterAll(async () => {
  await restored?.close()
  await source?.close()
  rmSync(workDir, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('writes one archive that only its owner can read', () => {
    expect(statSync(archive).mode & 0o777).toBe(0o600)
  })
})

describe('npm run restore into an empty CMS', () => {
  it('restores the same number of documents and versions in every collection and global', async () => {
    const before = await counts(source.payload)
    expect(before.stories).toBeGreaterThan(0)
    expect(before['stories versions']).toBeGreaterThanOrEqual(before.stories! + 2)
    expect(before['payload-jobs']).toBeGreaterThan(0)
    expect(await counts(restored.payload)).toEqual(before)
  })

  it('restores every stored document exactly, ids, every locale and password hashes included', async () => {
    for (const collection of backupScope(source.payload).collections) {
      const slug = collection.slug as CollectionSlug
      expect(await storedDocuments(restored.payload, slug), slug).toEqual(await storedDocuments(source.payload, slug))
    }
    const [stored] = await storedDocuments(restored.payload, 'users')
    expect(stored?.hash).toEqual(expect.any(String))
  })

  it('restores every version with its content, dates and latest flag', async () => {
    for (const collection of backupScope(source.payload).collections.filter((candidate) => candidate.versions)) {
      const slug = collection.slug as CollectionSlug
      expect(await storedVersions(restored.payload, slug), slug).toEqual(await storedVersions(source.payload, slug))
    }
    for (const global of source.payload.config.globals) {
      const slug = global.slug as GlobalSlug
      expect(await storedGlobal(restored.payload, slug), slug).toEqual(await storedGlobal(source.payload, slug))
      if (global.versions) expect(await globalVersions(restored.payload, slug), slug).toEqual(await globalVersions(source.payload, slug))
    }
  })

  it('reads the same through the Local API in all locales, the draft and its relations included', async () => {
    const read = (payload: Payload) => payload.findByID({ collection: 'stories', id: draftId, locale: 'all', draft: true, depth: 1, overrideAccess: true })
    const draft = await read(restored.payload)
    expect(draft.title).toMatchObject({ de: 'Entwurf: Sicherung', ar: 'مسودة: نسخة احتياطية' })
    expect(draft._status).toBe('draft')
    expect(draft).toEqual(await read(source.payload))
    const leitbild = (payload: Payload) => payload.findGlobal({ slug: 'leitbild', locale: 'all', overrideAccess: true })
    expect(await leitbild(restored.payload)).toEqual(await leitbild(source.payload))
    const { docs } = await restored.payload.findVersions({ collection: 'stories', where: { parent: { equals: draftId } }, sort: 'createdAt', overrideAccess: true })
    expect(docs.map((version) => version.version.summary)).toEqual(['Erste Fassung.', 'Zweite Fassung.', 'Zweite Fassung.'])
  })

  it('lets a user log in with the password from before', async () => {
    const result = await restored.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
    expect(result.token).toEqual(expect.any(String))
    expect(result.user?.email).toBe(user.email)
  })

  it('keeps private what was private: the photo of the draft stays hidden, the published ones stay public', async () => {
    const visibleTo = async (payload: typeof restored.payload) => {
      const { docs } = await payload.find({ collection: 'media', overrideAccess: false, pagination: false, depth: 0, sort: 'filename' })
      return docs.map((doc) => doc.filename)
    }
    const before = await visibleTo(source.payload)
    expect(before.length).toBeGreaterThan(0)
    expect(before).not.toContain('backup-sample.jpg')
    expect(await visibleTo(restored.payload)).toEqual(before)
    const uses = await restored.payload.find({ collection: 'media-uses', where: { source: { equals: `collection:stories:${draftId}` } }, depth: 0 })
    expect(uses.docs.map((use) => use.state)).toEqual(['notPublic'])
  })

  it('restores every media file byte for byte, originals and generated sizes', async () => {
    const before = await fileHashes(source.testEnv.env.MEDIA_DIR!)
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['backup-sample.jpg', expect.stringMatching(/^backup-sample-\d+x\d+\.jpg$/)]))
    expect(await fileHashes(restored.testEnv.env.MEDIA_DIR!)).toEqual(before)
  })
})

describe('a restore that would lose data', () => {
  it('is refused by the CLI when the CMS is not empty, and changes nothing', async () => {
    const before = await counts(restored.payload)
    const again = cli(restored.testEnv.env, 'restore', 'verband.tar.gz')
    expect(again.status).toBe(1)
    expect(again.output).toContain('Refusing to restore into a CMS that is not empty')
    expect(again.output).toContain('--force')
    expect(await counts(restored.payload)).toEqual(before)
  })

  it('is refused for a damaged archive, before anything is written', async () => {
    const unpacked = path.join(workDir, 'unpacked')
    await unpackArchive(archive, unpacked)
    const stories = path.join(unpacked, 'collections', `${collectionSlugs.stories}.jsonl`)
    writeFileSync(stories, readFileSync(stories, 'utf8').replace('Beispiel', 'Verändert'))
    const names = await listFiles(unpacked)
    const tampered = path.join(workDir, 'tampered.tar.gz')
    await packArchive(names.map((name) => ({ name, source: path.join(unpacked, name) })), tampered)
    const before = await counts(restored.payload)
    await expect(restoreBackup(restored.payload, tampered, { force: true })).rejects.toThrow(BackupFormatError)
    await expect(restoreBackup(restored.payload, tampered, { force: true })).rejects.toThrow(/collections\/stories\.jsonl/)
    expect(await counts(restored.payload)).toEqual(before)
  })

  it('with force, replaces what the CMS holds with the backup', async () => {
    await restored.payload.create({ collection: 'press-contacts', data: { name: 'Nach der Sicherung', role: 'Test', email: 'nachher@example.org' } })
    await expect(restoreBackup(restored.payload, archive)).rejects.toThrow(BackupRefusedError)
    const result = await restoreBackup(restored.payload, archive, { force: true })
    expect(result.replaced.length).toBeGreaterThan(0)
    expect(await counts(restored.payload)).toEqual(await counts(source.payload))
    expect(await storedDocuments(restored.payload, 'press-contacts')).toEqual(await storedDocuments(source.payload, 'press-contacts'))
    expect(await instanceContents(restored.payload)).not.toEqual([])
  })
})

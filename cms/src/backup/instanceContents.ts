import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { deleteGlobalDocument } from './deleteGlobal.ts'
import { listFiles } from './files.ts'
import { backupScope, clearedOnForcedRestore, isStoredGlobal, uploadDir, type BackupScope } from './scope.ts'

/**
 * What an instance already holds, as lines for a person ("stories: 6 documents, 9
 * versions"); empty for an empty instance. A restore into anything else is refused unless
 * forced, because it would mix two instances' documents (and their ids would collide).
 */
export async function instanceContents(payload: Payload, scope: BackupScope = backupScope(payload)): Promise<string[]> {
  const lines: string[] = []
  for (const collection of scope.collections) {
    const slug = collection.slug as CollectionSlug
    const { totalDocs: documents } = await payload.db.count({ collection: slug })
    const versions = collection.versions ? (await payload.db.countVersions({ collection: slug })).totalDocs : 0
    if (documents + versions > 0) lines.push(`${slug}: ${documents} documents${versions ? `, ${versions} versions` : ''}`)
    const dir = uploadDir(collection)
    const files = dir ? (await listFiles(dir)).length : 0
    if (files > 0) lines.push(`${slug} files in ${dir}: ${files}`)
  }
  for (const slug of scope.globals) {
    const stored = isStoredGlobal(await payload.db.findGlobal({ slug }))
    const global = payload.config.globals.find((candidate) => candidate.slug === slug)!
    const versions = global.versions ? (await payload.db.countGlobalVersions({ global: slug })).totalDocs : 0
    if (stored || versions > 0) lines.push(`global ${slug}${stored ? ' (saved)' : ''}${versions ? `: ${versions} versions` : ''}`)
  }
  return lines
}

/**
 * Empties the database of an instance for a forced restore: the edit locks, the globals and
 * their versions (globals first: they may point at documents), then the documents and
 * versions of every collection a backup holds, referencing collections first. Upload
 * folders are emptied by the restore when it copies the files.
 */
export async function clearInstance(payload: Payload, scope: BackupScope, req: PayloadRequest): Promise<void> {
  for (const slug of clearedOnForcedRestore) {
    if (payload.collections[slug]) await payload.db.deleteMany({ collection: slug, where: {}, req })
  }
  for (const slug of scope.globals) {
    const global = payload.config.globals.find((candidate) => candidate.slug === slug)!
    if (global.versions) await payload.db.deleteVersions({ globalSlug: slug, where: {}, req })
    await deleteGlobalDocument(payload, slug)
  }
  for (const collection of [...scope.collections].reverse()) {
    const slug = collection.slug as CollectionSlug
    if (collection.versions) await payload.db.deleteVersions({ collection: slug, where: {}, req })
    await payload.db.deleteMany({ collection: slug, where: {}, req })
  }
}

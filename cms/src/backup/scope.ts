import { traverseFields, type CollectionSlug, type GlobalSlug, type Payload, type SanitizedCollectionConfig } from 'payload'

/**
 * What a backup holds: every collection and global of the running configuration (so a new
 * collection is backed up without anyone remembering to add it here), except Payload's
 * own bookkeeping that belongs to one database and not to the content (by slug, collection or
 * global).
 */
const notBackedUp: Record<string, string> = {
  // Which migrations ran is a fact about the target database: its own start applies them.
  'payload-migrations': 'schema state of the database itself',
  // Edit locks of admin sessions that no longer exist after a restore.
  'payload-locked-documents': 'transient edit locks',
  // When the jobs queue last booked its scheduled jobs (a global): the target books its own.
  'payload-jobs-stats': 'schedule bookkeeping of the jobs queue',
}

export type BackupScope = {
  /** In restore order: a collection comes after every collection it references. */
  collections: SanitizedCollectionConfig[]
  globals: GlobalSlug[]
  /** Collections in (or behind) a reference circle, which SQLite cannot insert in order. */
  unordered: string[]
}

/** Collections this collection's fields point at (relationships and uploads, at any depth). */
function referencedCollections(payload: Payload, collection: SanitizedCollectionConfig): Set<string> {
  const targets = new Set<string>()
  traverseFields({
    config: payload.config,
    fields: collection.fields,
    callback: ({ field }) => {
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const target of [field.relationTo].flat()) targets.add(target)
      }
    },
  })
  targets.delete(collection.slug)
  return targets
}

/**
 * Orders collections so that referenced ones come first: SQLite enforces foreign keys, so a
 * story cannot be inserted before the image it shows. Collections in a reference circle are
 * appended in configuration order and reported.
 */
function restoreOrder(payload: Payload, collections: SanitizedCollectionConfig[]): { ordered: SanitizedCollectionConfig[]; unordered: string[] } {
  const included = new Set<string>(collections.map((collection) => collection.slug))
  const pending = new Map(collections.map((collection) => [collection.slug, [...referencedCollections(payload, collection)].filter((slug) => included.has(slug))]))
  const ordered: SanitizedCollectionConfig[] = []
  const placed = new Set<string>()
  let progress = true
  while (progress) {
    progress = false
    for (const collection of collections) {
      if (placed.has(collection.slug) || !pending.get(collection.slug)!.every((target) => placed.has(target))) continue
      ordered.push(collection)
      placed.add(collection.slug)
      progress = true
    }
  }
  const rest = collections.filter((collection) => !placed.has(collection.slug))
  return { ordered: [...ordered, ...rest], unordered: rest.map((collection) => collection.slug) }
}

export function backupScope(payload: Payload): BackupScope {
  const collections = payload.config.collections.filter((collection) => !(collection.slug in notBackedUp))
  const { ordered, unordered } = restoreOrder(payload, collections)
  const globals = payload.config.globals.filter((global) => !(global.slug in notBackedUp)).map((global) => global.slug as GlobalSlug)
  return { collections: ordered, globals, unordered }
}

/** Collections a restore with `--force` empties although a backup does not hold them. */
export const clearedOnForcedRestore = ['payload-locked-documents'] as CollectionSlug[]

export function uploadDir(collection: SanitizedCollectionConfig): string | undefined {
  return collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
}

/** A global that was never saved has no document: the adapters answer with nothing or `{}`. */
export function isStoredGlobal(doc: unknown): doc is Record<string, unknown> {
  return typeof doc === 'object' && doc !== null && ('id' in doc || 'createdAt' in doc)
}

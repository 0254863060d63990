import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

import { collectionSlugs } from '@verband/content-types'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Locks for several CMS instances on one database: a lock is a row whose `key` is unique, so
 * creating it is an atomic "take" in SQLite and MongoDB alike, and whoever creates it first
 * holds it until it is deleted or expires. The website's builds (publish/buildLease.ts) and
 * the press list's mails (pressList/delivery.ts) claim their work this way.
 */
const collection = collectionSlugs.siteBuildLocks

/** This process, as a lock holder. */
export const instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`

/** Takes the lock `key` for `ttlMs`; false if someone holds it. */
export async function takeLock(payload: Payload, key: string, holder: string, ttlMs: number): Promise<boolean> {
  try {
    await payload.create({ collection, data: { key, holder, expiresAt: new Date(Date.now() + ttlMs).toISOString() }, depth: 0, disableTransaction: true })
    return true
  } catch (error) {
    if (isTakenError(error)) return false
    throw error
  }
}

/**
 * The unique index refused the row: someone holds this key. Payload reports it as a validation
 * error on `key` (checked by its data: class names do not survive the server bundle).
 */
function isTakenError(error: unknown): boolean {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  return Array.isArray(errors) && errors.some((entry) => entry.path === 'key')
}

export async function clearExpiredLocks(payload: Payload): Promise<void> {
  await payload.delete({ collection, where: { expiresAt: { less_than: new Date().toISOString() } }, depth: 0, disableTransaction: true })
}

export async function renewLock(payload: Payload, key: string, holder: string, ttlMs: number): Promise<void> {
  await payload.update({ collection, where: { and: [{ key: { equals: key } }, { holder: { equals: holder } }] }, data: { expiresAt: new Date(Date.now() + ttlMs).toISOString() }, depth: 0 })
}

export async function releaseLock(payload: Payload, key: string, holder: string): Promise<void> {
  await payload.delete({ collection, where: { and: [{ key: { equals: key } }, { holder: { equals: holder } }] }, depth: 0 })
}

/** Deletes every lock whose key starts with `prefix` (claims of records being erased). */
export async function deleteLocksStartingWith(payload: Payload, prefix: string, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({ collection, where: { key: { contains: prefix } }, pagination: false, depth: 0, req })
  const ids = docs.filter((lock) => lock.key.startsWith(prefix)).map((lock) => lock.id)
  if (ids.length > 0) await payload.delete({ collection, where: { id: { in: ids } }, depth: 0, req })
}

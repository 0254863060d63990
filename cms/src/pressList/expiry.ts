import { collectionSlugs, pressConfirmationHours } from '@verband/content-types'
import type { Payload } from 'payload'

/**
 * Deletes entries whose confirmation link has run out: an address nobody confirmed is kept no
 * longer than its link works (48 hours). Run by a scheduled job (tasks.ts).
 */
export async function forgetUnconfirmedSubscribers(payload: Payload, now = Date.now()): Promise<number> {
  const { docs } = await payload.delete({
    collection: collectionSlugs.pressSubscribers,
    where: { and: [{ status: { equals: 'pending' } }, { 'consent.givenAt': { less_than: new Date(now - pressConfirmationHours * 60 * 60 * 1000).toISOString() } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

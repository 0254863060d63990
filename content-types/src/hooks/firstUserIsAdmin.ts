import type { CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '../slugs.ts'

/**
 * The very first account (Payload's "create first user" screen on an empty database)
 * becomes an admin; otherwise nobody could ever manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collectionSlugs.users, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

import type { CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '../slugs.ts'

/**
 * The very first account made through the admin's "create first user" screen on an empty
 * database becomes an admin; otherwise nobody could ever manage users. Accounts made by
 * code (the seed, scripts, tests) keep the role they are given.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: collectionSlugs.users, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

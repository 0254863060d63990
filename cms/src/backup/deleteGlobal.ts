import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { GlobalSlug, Payload } from 'payload'

/**
 * Deletes a global's document, so that a forced restore starts from nothing. Payload's
 * adapters create, read and update globals but have no method to delete one, and a global
 * that points at documents (the press kit's logos at media files) keeps SQLite from
 * deleting those documents. So this is the one place that speaks to each adapter in its own
 * terms; the adapter packages are only imported for their types, or within their branch.
 */
export async function deleteGlobalDocument(payload: Payload, slug: GlobalSlug): Promise<void> {
  if (payload.db.name === 'sqlite') {
    const adapter = payload.db as unknown as SQLiteAdapter
    // Payload names a global's table after its slug in snake_case (`press-kit` → `press_kit`).
    const tableName = adapter.tableNameMap.get(slug.replaceAll('-', '_'))
    if (!tableName) throw new Error(`No table for the global ${slug} in the SQLite schema`)
    const { sql } = await import('@payloadcms/db-sqlite')
    // Its locale, array and relation rows go with it: they reference it ON DELETE CASCADE.
    // (The handle is typed with the generated schema, deleteWhere's parameter without one.)
    const db = adapter.drizzle as unknown as Parameters<SQLiteAdapter['deleteWhere']>[0]['db']
    await adapter.deleteWhere({ db, tableName, where: sql`1 = 1` })
  } else if (payload.db.name === 'mongoose') {
    // MongoDB keeps every global as one document of the `globals` collection.
    await (payload.db as unknown as MongooseAdapter).globals.deleteMany({ globalType: slug })
  } else {
    throw new Error(`A forced restore cannot delete globals on the ${payload.db.name} adapter yet`)
  }
}

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import type { Env } from './env.ts'
import { migrations } from './migrations/index.ts'

export const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/**
 * Picks the database adapter from DATABASE_URL. The adapters are imported dynamically so
 * that an SQLite run never loads mongoose and a MongoDB run never loads libSQL.
 *
 * SQLite's schema comes from the committed migrations in `src/migrations`, applied when
 * the CMS starts (see `migrate.ts`), in every mode: the schema a test runs against is
 * the schema production gets. MongoDB needs no migrations for the schema.
 */
export async function databaseAdapter(env: Env): Promise<DatabaseAdapterObj> {
  if (env.databaseKind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: env.databaseUrl })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  mkdirSync(path.dirname(env.databaseUrl.slice('file:'.length)), { recursive: true })
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    push: false,
    migrationDir,
    prodMigrations: migrations,
    // WAL lets the site build read while an editor writes; the timeout rides out short locks.
    wal: true,
    busyTimeout: 5000,
  })
}

import type { Migration, Payload } from 'payload'

/**
 * Brings an SQLite database to the schema of the committed migrations. Payload applies
 * them by itself only when NODE_ENV is production; development and tests use the same
 * migrations instead of a schema push, so every mode runs on the schema production gets.
 * Migrations already applied are skipped. MongoDB needs none.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite' || process.env.NODE_ENV === 'production') return
  const { prodMigrations } = payload.db
  if (!prodMigrations) return
  // The adapter types its migrations with its own argument types, migrate() with `unknown`
  // ones: the same objects Payload passes itself in production.
  await payload.db.migrate({ migrations: prodMigrations as unknown as Migration[] })
}

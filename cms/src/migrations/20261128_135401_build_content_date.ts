import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`content_as_of\` text;`)
  await db.run(sql`CREATE INDEX \`site_builds_content_as_of_idx\` ON \`site_builds\` (\`content_as_of\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`site_builds_content_as_of_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`content_as_of\`;`)
}

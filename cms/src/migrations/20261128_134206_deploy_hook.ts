import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`deploy_hook_delivered\` integer;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`deploy_hook_attempts\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`deploy_hook_status\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`deploy_hook_error\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`deploy_hook_delivered\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`deploy_hook_attempts\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`deploy_hook_status\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`deploy_hook_error\`;`)
}

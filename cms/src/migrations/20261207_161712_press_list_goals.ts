import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_subscribers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_subscribers_rels_order_idx\` ON \`press_subscribers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_subscribers_rels_parent_idx\` ON \`press_subscribers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_subscribers_rels_path_idx\` ON \`press_subscribers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_subscribers_rels_goals_id_idx\` ON \`press_subscribers_rels\` (\`goals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_subscribers_rels\`;`)
}

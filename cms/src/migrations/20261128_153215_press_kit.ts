import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_kit_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`background\` text DEFAULT 'light' NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_kit_logos_order_idx\` ON \`press_kit_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_logos_parent_id_idx\` ON \`press_kit_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_logos_file_idx\` ON \`press_kit_logos\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`press_kit_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_kit_facts_order_idx\` ON \`press_kit_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_facts_parent_id_idx\` ON \`press_kit_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_kit_facts_locales\` (
  	\`label\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_kit_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_kit_facts_locales_locale_parent_id_unique\` ON \`press_kit_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_kit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`press_kit_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_kit_locales_locale_parent_id_unique\` ON \`press_kit_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_kit_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`press_contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_contacts_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_kit_rels_order_idx\` ON \`press_kit_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_rels_parent_idx\` ON \`press_kit_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_rels_path_idx\` ON \`press_kit_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_rels_media_id_idx\` ON \`press_kit_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`press_kit_rels_press_contacts_id_idx\` ON \`press_kit_rels\` (\`press_contacts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_kit_logos\`;`)
  await db.run(sql`DROP TABLE \`press_kit_facts\`;`)
  await db.run(sql`DROP TABLE \`press_kit_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`press_kit\`;`)
  await db.run(sql`DROP TABLE \`press_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`press_kit_rels\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`members_districts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_districts_order_idx\` ON \`members_districts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`members_districts_parent_idx\` ON \`members_districts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`members_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_languages_order_idx\` ON \`members_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`members_languages_parent_idx\` ON \`members_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`city\` text,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`logo_id\` integer,
  	\`founded_year\` numeric,
  	\`member_since\` numeric,
  	\`consent_description\` integer DEFAULT false,
  	\`consent_activity_fields\` integer DEFAULT false,
  	\`consent_languages\` integer DEFAULT false,
  	\`consent_city\` integer DEFAULT false,
  	\`consent_website\` integer DEFAULT false,
  	\`consent_email\` integer DEFAULT false,
  	\`consent_phone\` integer DEFAULT false,
  	\`consent_logo\` integer DEFAULT false,
  	\`consent_founded_year\` integer DEFAULT false,
  	\`consent_member_since\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`members_slug_idx\` ON \`members\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`members_logo_idx\` ON \`members\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`members__status_idx\` ON \`members\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`members_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`members_locales_locale_parent_id_unique\` ON \`members_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`members_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activity_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_fields_id\`) REFERENCES \`activity_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_rels_order_idx\` ON \`members_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_parent_idx\` ON \`members_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_path_idx\` ON \`members_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_activity_fields_id_idx\` ON \`members_rels\` (\`activity_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_version_districts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_version_districts_order_idx\` ON \`_members_v_version_districts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_districts_parent_idx\` ON \`_members_v_version_districts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_version_languages_order_idx\` ON \`_members_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_languages_parent_idx\` ON \`_members_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_city\` text,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_logo_id\` integer,
  	\`version_founded_year\` numeric,
  	\`version_member_since\` numeric,
  	\`version_consent_description\` integer DEFAULT false,
  	\`version_consent_activity_fields\` integer DEFAULT false,
  	\`version_consent_languages\` integer DEFAULT false,
  	\`version_consent_city\` integer DEFAULT false,
  	\`version_consent_website\` integer DEFAULT false,
  	\`version_consent_email\` integer DEFAULT false,
  	\`version_consent_phone\` integer DEFAULT false,
  	\`version_consent_logo\` integer DEFAULT false,
  	\`version_consent_founded_year\` integer DEFAULT false,
  	\`version_consent_member_since\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_parent_idx\` ON \`_members_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_slug_idx\` ON \`_members_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_logo_idx\` ON \`_members_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_updated_at_idx\` ON \`_members_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_created_at_idx\` ON \`_members_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version__status_idx\` ON \`_members_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_created_at_idx\` ON \`_members_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_updated_at_idx\` ON \`_members_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_snapshot_idx\` ON \`_members_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_published_locale_idx\` ON \`_members_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_latest_idx\` ON \`_members_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_members_v_locales_locale_parent_id_unique\` ON \`_members_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activity_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_fields_id\`) REFERENCES \`activity_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_rels_order_idx\` ON \`_members_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_parent_idx\` ON \`_members_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_path_idx\` ON \`_members_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_activity_fields_id_idx\` ON \`_members_v_rels\` (\`activity_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`activity_fields\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`activity_fields_updated_at_idx\` ON \`activity_fields\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activity_fields_created_at_idx\` ON \`activity_fields\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`activity_fields_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activity_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`activity_fields_locales_locale_parent_id_unique\` ON \`activity_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`stories_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`stories_rels_members_id_idx\` ON \`stories_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_members_id_idx\` ON \`_stories_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activity_fields_id\` integer REFERENCES activity_fields(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_fields_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`members_districts\`;`)
  await db.run(sql`DROP TABLE \`members_languages\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`DROP TABLE \`members_locales\`;`)
  await db.run(sql`DROP TABLE \`members_rels\`;`)
  await db.run(sql`DROP TABLE \`_members_v_version_districts\`;`)
  await db.run(sql`DROP TABLE \`_members_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_members_v\`;`)
  await db.run(sql`DROP TABLE \`_members_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_members_v_rels\`;`)
  await db.run(sql`DROP TABLE \`activity_fields\`;`)
  await db.run(sql`DROP TABLE \`activity_fields_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	\`values_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`values_id\`) REFERENCES \`values\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories_rels\`("id", "order", "parent_id", "path", "goals_id", "values_id") SELECT "id", "order", "parent_id", "path", "goals_id", "values_id" FROM \`stories_rels\`;`)
  await db.run(sql`DROP TABLE \`stories_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories_rels\` RENAME TO \`stories_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_rels_order_idx\` ON \`stories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_parent_idx\` ON \`stories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_path_idx\` ON \`stories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_goals_id_idx\` ON \`stories_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_values_id_idx\` ON \`stories_rels\` (\`values_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__stories_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	\`values_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`values_id\`) REFERENCES \`values\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stories_v_rels\`("id", "order", "parent_id", "path", "goals_id", "values_id") SELECT "id", "order", "parent_id", "path", "goals_id", "values_id" FROM \`_stories_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__stories_v_rels\` RENAME TO \`_stories_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_order_idx\` ON \`_stories_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_parent_idx\` ON \`_stories_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_path_idx\` ON \`_stories_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_goals_id_idx\` ON \`_stories_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_values_id_idx\` ON \`_stories_v_rels\` (\`values_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`press_releases_id\` integer,
  	\`press_contacts_id\` integer,
  	\`media_id\` integer,
  	\`values_id\` integer,
  	\`goals_id\` integer,
  	\`working_principles_id\` integer,
  	\`partner_groups_id\` integer,
  	\`partners_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_contacts_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`values_id\`) REFERENCES \`values\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_principles_id\`) REFERENCES \`working_principles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_groups_id\`) REFERENCES \`partner_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "press_releases_id", "press_contacts_id", "media_id", "values_id", "goals_id", "working_principles_id", "partner_groups_id", "partners_id", "users_id") SELECT "id", "order", "parent_id", "path", "stories_id", "press_releases_id", "press_contacts_id", "media_id", "values_id", "goals_id", "working_principles_id", "partner_groups_id", "partners_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`press_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_values_id_idx\` ON \`payload_locked_documents_rels\` (\`values_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_principles_id_idx\` ON \`payload_locked_documents_rels\` (\`working_principles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_link_openings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`release_id\` integer NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`opened\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`press_subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`press_link_openings_release_idx\` ON \`press_link_openings\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`press_link_openings_subscriber_idx\` ON \`press_link_openings\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`press_link_openings_updated_at_idx\` ON \`press_link_openings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_link_openings_created_at_idx\` ON \`press_link_openings\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`press_deliveries\` ADD \`kind\` text DEFAULT 'release' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`press_deliveries_kind_idx\` ON \`press_deliveries\` (\`kind\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_link_openings_id\` integer REFERENCES press_link_openings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_link_openings_id_idx\` ON \`payload_locked_documents_rels\` (\`press_link_openings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_link_openings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`press_releases_id\` integer,
  	\`press_contacts_id\` integer,
  	\`press_subscribers_id\` integer,
  	\`press_deliveries_id\` integer,
  	\`members_id\` integer,
  	\`activity_fields_id\` integer,
  	\`media_id\` integer,
  	\`media_uses_id\` integer,
  	\`values_id\` integer,
  	\`goals_id\` integer,
  	\`working_principles_id\` integer,
  	\`partner_groups_id\` integer,
  	\`partners_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`site_build_locks_id\` integer,
  	\`form_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_contacts_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_subscribers_id\`) REFERENCES \`press_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_deliveries_id\`) REFERENCES \`press_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_fields_id\`) REFERENCES \`activity_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_uses_id\`) REFERENCES \`media_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`values_id\`) REFERENCES \`values\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_principles_id\`) REFERENCES \`working_principles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_groups_id\`) REFERENCES \`partner_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_build_locks_id\`) REFERENCES \`site_build_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "press_releases_id", "press_contacts_id", "press_subscribers_id", "press_deliveries_id", "members_id", "activity_fields_id", "media_id", "media_uses_id", "values_id", "goals_id", "working_principles_id", "partner_groups_id", "partners_id", "glossary_terms_id", "users_id", "site_builds_id", "site_build_locks_id", "form_submissions_id") SELECT "id", "order", "parent_id", "path", "stories_id", "press_releases_id", "press_contacts_id", "press_subscribers_id", "press_deliveries_id", "members_id", "activity_fields_id", "media_id", "media_uses_id", "values_id", "goals_id", "working_principles_id", "partner_groups_id", "partners_id", "glossary_terms_id", "users_id", "site_builds_id", "site_build_locks_id", "form_submissions_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`press_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`press_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`press_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`media_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_values_id_idx\` ON \`payload_locked_documents_rels\` (\`values_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_principles_id_idx\` ON \`payload_locked_documents_rels\` (\`working_principles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`DROP INDEX \`press_deliveries_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`press_deliveries\` DROP COLUMN \`kind\`;`)
}

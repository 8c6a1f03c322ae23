import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`import_source_source\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`import_source_uid\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`import_source_sequence\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`import_source_modified\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`import_source_imported_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_import_source_source\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_import_source_uid\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_import_source_sequence\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_import_source_modified\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_import_source_imported_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`import_source_source\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`import_source_uid\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`import_source_sequence\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`import_source_modified\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`import_source_imported_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_import_source_source\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_import_source_uid\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_import_source_sequence\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_import_source_modified\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_import_source_imported_at\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`overview_pathway_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`overview\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`overview_pathway_steps_order_idx\` ON \`overview_pathway_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`overview_pathway_steps_parent_id_idx\` ON \`overview_pathway_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`overview\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`introduction\` text,
  	\`why_genomics_matters_heading\` text DEFAULT 'Why genomics matters to every clinician',
  	\`why_genomics_matters_body\` text,
  	\`pathway_heading\` text DEFAULT 'The whole genome sequencing pathway',
  	\`pathway_guidance_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`pathway_guidance_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`overview_pathway_pathway_guidance_idx\` ON \`overview\` (\`pathway_guidance_id\`);`)
  await db.run(sql`CREATE INDEX \`overview__status_idx\` ON \`overview\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_overview_v_version_pathway_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_overview_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_overview_v_version_pathway_steps_order_idx\` ON \`_overview_v_version_pathway_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_overview_v_version_pathway_steps_parent_id_idx\` ON \`_overview_v_version_pathway_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_overview_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_heading\` text,
  	\`version_introduction\` text,
  	\`version_why_genomics_matters_heading\` text DEFAULT 'Why genomics matters to every clinician',
  	\`version_why_genomics_matters_body\` text,
  	\`version_pathway_heading\` text DEFAULT 'The whole genome sequencing pathway',
  	\`version_pathway_guidance_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_pathway_guidance_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_overview_v_version_pathway_version_pathway_guidance_idx\` ON \`_overview_v\` (\`version_pathway_guidance_id\`);`)
  await db.run(sql`CREATE INDEX \`_overview_v_version_version__status_idx\` ON \`_overview_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_overview_v_created_at_idx\` ON \`_overview_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_overview_v_updated_at_idx\` ON \`_overview_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_overview_v_latest_idx\` ON \`_overview_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`overview_pathway_steps\`;`)
  await db.run(sql`DROP TABLE \`overview\`;`)
  await db.run(sql`DROP TABLE \`_overview_v_version_pathway_steps\`;`)
  await db.run(sql`DROP TABLE \`_overview_v\`;`)
}

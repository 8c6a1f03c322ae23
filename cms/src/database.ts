import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_SQLITE_FILE = path.join(cmsRoot, 'data', 'hub.db')

export type DatabaseKind = 'sqlite' | 'mongodb'

/** `mongodb://` and `mongodb+srv://` pick MongoDB; anything else (or nothing) an SQLite file. */
export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** `file:` URL of the SQLite database, creating its folder (libsql cannot). */
export function sqliteUrl(uri = process.env.DATABASE_URI): string {
  const file = uri?.startsWith('file:') ? uri.slice('file:'.length) : DEFAULT_SQLITE_FILE
  const absolute = path.isAbsolute(file) ? file : path.resolve(cmsRoot, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/**
 * The database adapter, chosen by the connection string alone. SQLite's schema comes from
 * the committed migrations (never dev-mode push), so a database made by the seed script,
 * the tests or `next start` is the same database.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    push: false,
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    prodMigrations: migrations,
  })
}

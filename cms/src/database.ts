import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations'
import { type LibsqlClient, serialiseWrites } from './sqlite-writes'

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

/** SQLite's own wait for another process's lock, per attempt (it blocks the thread meanwhile). */
const SQLITE_BUSY_TIMEOUT_MS = 200
/** The longest a write waits its turn before failing with a message that says so. */
const SQLITE_MAX_WAIT_MS = Number(process.env.HUB_SQLITE_MAX_WAIT_MS || 60_000)

/**
 * The database adapter, chosen by the connection string alone. SQLite's schema comes from
 * the committed migrations (never dev-mode push), so a database made by the seed script,
 * the tests or `next start` is the same database.
 *
 * SQLite runs Payload's transactions (off by default in Payload's adapter), so an import or
 * a seed is all or nothing. WAL lets readers (the site export, the admin) run beside a
 * writer; writes in one process queue (see sqlite-writes.ts). libsql begins every
 * transaction IMMEDIATE, so a writer holds the lock from the start instead of failing midway.
 * MongoDB runs transactions only on a replica set: on a standalone server Payload turns them
 * off and each write stands alone.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  const adapter = sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    push: false,
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    prodMigrations: migrations,
    transactionOptions: { behavior: 'immediate' },
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  })
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect!
      db.connect = async function (this: typeof db, options) {
        await connect.call(this, options)
        const client = (this as unknown as { client: LibsqlClient }).client
        serialiseWrites(client, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, maxWaitMs: SQLITE_MAX_WAIT_MS })
      }
      return db
    },
  }
}

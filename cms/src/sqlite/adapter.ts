import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations'
import { serialiseWrites } from './write-path'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const DEFAULT_SQLITE_FILE = path.join(cmsRoot, 'data', 'hub.db')

/** `file:` URL of the SQLite database, creating its folder (libsql cannot). */
export function sqliteUrl(uri = process.env.DATABASE_URI): string {
  const file = uri?.startsWith('file:') ? uri.slice('file:'.length) : DEFAULT_SQLITE_FILE
  const absolute = path.isAbsolute(file) ? file : path.resolve(cmsRoot, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/** SQLite's own wait for another process's lock at each BEGIN (it blocks the thread meanwhile). */
const BUSY_TIMEOUT_MS = 200
/** The longest a write waits its turn before failing with a message that says so. */
const maxWaitMs = () => Number(process.env.HUB_SQLITE_MAX_WAIT_MS || 60_000)

/**
 * Payload's SQLite adapter on a file. The schema comes from the committed migrations (never
 * dev-mode push), so a database made by the seed script, the tests or `next start` is the same
 * database. Transactions are on (off by default in Payload's adapter), so an import or a seed is
 * all or nothing; WAL lets readers (the site export, the admin) run beside a writer; writes take
 * turns (write-path.ts).
 */
export function sqliteDatabaseAdapter(uri?: string): DatabaseAdapterObj {
  const adapter = sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    push: false,
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    prodMigrations: migrations,
    // Any value turns transactions on; libsql begins every one IMMEDIATE whatever is asked.
    transactionOptions: { behavior: 'immediate' },
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
  })
  return {
    ...adapter,
    init: (args) => serialiseWrites(adapter.init(args), { busyTimeoutMs: BUSY_TIMEOUT_MS, maxWaitMs: maxWaitMs() }),
  }
}

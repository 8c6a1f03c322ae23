import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { type Client, createClient } from '@libsql/client'
import Database from 'libsql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload, stopPayload } from './payload-harness'
import { writeLockHeldElsewhere } from './sqlite-lock'

/**
 * What the SQLite write path (src/sqlite/write-path.ts) relies on in libsql, the driver under
 * Payload's SQLite adapter. If an upgrade changes any of it, a test here fails and says what
 * to reconsider.
 */
const sqlite = () => !process.env.TEST_DATABASE_URI?.startsWith('mongodb')
const require = createRequire(import.meta.url)
const adapterRequire = createRequire(require.resolve('@payloadcms/db-sqlite'))
const versionOf = (resolve: NodeJS.Require, name: string) => {
  let dir = path.dirname(resolve.resolve(name))
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) dir = path.dirname(dir)
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string
}

let dir: string
const fresh = (name: string) => `file:${path.join(dir, `${name}.db`)}`
async function table(url: string): Promise<Client> {
  const client = createClient({ url })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (x INTEGER)')
  return client
}
const code = (error: unknown) => (error as { code?: string }).code

let payload: Payload
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-libsql-'))
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

describe.runIf(sqlite())('libsql, as the SQLite write path relies on it', () => {
  it('is the very libsql the adapter uses (these tests run on its versions)', () => {
    expect(versionOf(require, '@libsql/client')).toBe(versionOf(adapterRequire, '@libsql/client'))
    expect(versionOf(createRequire(require.resolve('@libsql/client')), 'libsql')).toBe(versionOf(createRequire(adapterRequire.resolve('@libsql/client')), 'libsql'))
  })

  it('cannot wait for a writer in the same process: beside an open transaction, a write on another connection fails with SQLITE_BUSY at once', async () => {
    const url = fresh('busy')
    const holder = await table(url)
    const other = createClient({ url })
    const tx = await holder.transaction('write')
    await tx.execute('INSERT INTO t VALUES (1)')
    const failed = await other.execute('INSERT INTO t VALUES (2)').catch((error: unknown) => error)
    expect(code(failed)).toBe('SQLITE_BUSY')
    await tx.commit()
  })

  it('runs each transaction on a connection of its own: beside it, a write on the same client fails with SQLITE_BUSY (it cannot join it)', async () => {
    const client = await table(fresh('own-connection'))
    const tx = await client.transaction('write')
    const failed = await client.execute('INSERT INTO t VALUES (1)').catch((error: unknown) => error)
    expect(code(failed)).toBe('SQLITE_BUSY')
    tx.close()
  })

  it("a Payload transaction on SQLite holds the write lock from BEGIN (IMMEDIATE, whatever behaviour is asked), and readers still read", async () => {
    const id = await payload.db.beginTransaction({ behavior: 'deferred' })
    try {
      expect(await writeLockHeldElsewhere(String(process.env.DATABASE_URI))).toBe(true)
      expect((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(0)
    } finally {
      await payload.db.commitTransaction(id!)
    }
    expect(await writeLockHeldElsewhere(String(process.env.DATABASE_URI))).toBe(false)
  })

  it('leaves a statement that failed with SQLITE_BUSY in progress, so its connection cannot commit again (tursodatabase/libsql-js#228)', () => {
    // If this starts failing, libsql resets failed statements (libsql-js#237/#238 merged): the
    // write path could then retry on the same connection instead of moving to a fresh one.
    const file = path.join(dir, 'stuck.db')
    const holder = new Database(file)
    holder.exec('PRAGMA journal_mode = WAL')
    holder.exec('CREATE TABLE t (x INTEGER)')
    const victim = new Database(file)
    holder.prepare('BEGIN IMMEDIATE').run()
    const failedBegin = victim.prepare('BEGIN IMMEDIATE')
    expect(() => failedBegin.run()).toThrow(/database is locked/)
    holder.prepare('COMMIT').run() // the lock is free from here on
    victim.prepare('BEGIN IMMEDIATE').run()
    victim.prepare('INSERT INTO t VALUES (1)').run()
    expect(() => victim.prepare('COMMIT').run()).toThrow(/cannot commit transaction - SQL statements in progress/)
    victim.prepare('ROLLBACK').run()
    expect(failedBegin.reader).toBe(false) // still referenced: the garbage collector cannot have rescued it
  })

  it('lets a client leave its connection to a transaction: after transaction().close() the client writes on a fresh connection', async () => {
    const url = fresh('fresh-connection')
    const holder = await table(url)
    const victim = createClient({ url })
    const held = await holder.transaction('write')
    expect(code(await victim.transaction('write').catch((error: unknown) => error))).toBe('SQLITE_BUSY')
    held.close()
    // What the write path does after any busy failure: the poisoned connection goes with the transaction.
    ;(await victim.transaction('deferred')).close()
    const tx = await victim.transaction('write')
    await tx.execute('INSERT INTO t VALUES (1)')
    await tx.commit()
    expect((await holder.execute('SELECT count(*) AS n FROM t')).rows[0].n).toBe(1)
  })
})

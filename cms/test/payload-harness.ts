import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * A real Payload on a fresh database for one test file: a temporary SQLite file by default,
 * or, when TEST_DATABASE_URI is a MongoDB URL, a uniquely named database on that server.
 */
export async function startPayload(): Promise<Payload> {
  const mongo = process.env.TEST_DATABASE_URI
  if (mongo && /^mongodb(\+srv)?:\/\//.test(mongo)) {
    const url = new URL(mongo)
    url.pathname = `/hub-test-${randomBytes(4).toString('hex')}`
    process.env.DATABASE_URI = url.toString()
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'))
    process.env.DATABASE_URI = `file:${path.join(dir, 'hub.db')}`
  }
  // Uploads of a test stay with it, never in the CMS's own media folder.
  process.env.HUB_MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-media-'))
  process.env.HUB_IMPORTS_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-imports-'))
  process.env.HUB_RUN_JOBS = 'false'
  // Publishing in a test builds no site unless the test is about that (publishing.test.ts).
  process.env.HUB_REBUILD_ON_PUBLISH ??= 'false'
  const { openPayload } = await import('../src/local-api')
  return openPayload()
}

/** Drop a MongoDB test database; SQLite temp files are left to the OS. */
export async function stopPayload(payload: Payload): Promise<void> {
  if (process.env.DATABASE_URI?.startsWith('mongodb')) {
    const connection = (payload.db as unknown as { connection?: { dropDatabase(): Promise<void> } }).connection
    await connection?.dropDatabase()
  }
  await payload.destroy()
}

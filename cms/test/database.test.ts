import { describe, expect, it } from 'vitest'
import { databaseKind, sqliteUrl } from '../src/database'

describe('the database is chosen by the connection string alone', () => {
  it('mongodb:// and mongodb+srv:// pick MongoDB; anything else, or nothing, an SQLite file', () => {
    expect(databaseKind('mongodb://db.example:27017/hub')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster0.example.net/hub')).toBe('mongodb')
    expect(databaseKind('file:./data/hub.db')).toBe('sqlite')
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
  })

  it('an SQLite path is made absolute against the cms folder, whatever the working directory', () => {
    expect(sqliteUrl(undefined)).toMatch(/^file:\/.*\/cms\/data\/hub\.db$/)
    expect(sqliteUrl('file:/tmp/hub-db-test/a.db')).toBe('file:/tmp/hub-db-test/a.db')
  })

  it('on MongoDB, every collection, version table and global gets its model (no server needed to build them)', async () => {
    // No MongoDB server runs here: build the adapter's models without connecting.
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:9/hub-models-test'
    process.env.HUB_RUN_JOBS = 'false'
    const { default: config } = await import('../src/payload.config')
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
    try {
      expect(payload.db.name).toBe('mongoose')
      const db = payload.db as unknown as { collections: Record<string, unknown>; versions: Record<string, unknown>; globals: unknown }
      const slugs = payload.config.collections.map((c) => c.slug)
      expect(slugs).toEqual(expect.arrayContaining(['resources', 'guidance', 'events', 'topics', 'event-categories', 'media', 'users']))
      expect(Object.keys(db.collections).sort()).toEqual([...slugs].sort())
      const versioned = payload.config.collections.filter((c) => c.versions).map((c) => c.slug)
      expect(versioned).toEqual(expect.arrayContaining(['resources', 'guidance', 'events']))
      expect(Object.keys(db.versions)).toEqual(expect.arrayContaining(versioned))
      expect(payload.config.globals.map((g) => g.slug)).toContain('overview')
      expect(db.globals).toBeTruthy()
    } finally {
      await payload.destroy().catch(() => undefined)
    }
  })
})

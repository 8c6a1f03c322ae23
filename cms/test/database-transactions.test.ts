import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * Payload's transactions on the embedded SQLite database: on, all or nothing, and no
 * SQLITE_BUSY when the admin saves several things at once or saves during an import.
 * (On MongoDB, transactions need a replica set: these tests then show what that server does.)
 */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const count = async () => (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs
const sqlite = () => !process.env.DATABASE_URI?.startsWith('mongodb')

describe.runIf(sqlite())('SQLite transactions', () => {
  it('are on: what a transaction wrote is gone after a rollback', async () => {
    const before = await count()
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    await payload.create({ collection: 'events', data: validData.events() as never, overrideAccess: true, req })
    await payload.create({ collection: 'events', data: validData.events() as never, overrideAccess: true, req })
    expect((await payload.count({ collection: 'events', overrideAccess: true, req })).totalDocs).toBe(before + 2)
    await killTransaction(req)
    expect(await count()).toBe(before)
  })

  it('many saves at once all succeed (each waits its turn instead of failing with SQLITE_BUSY)', async () => {
    const before = await count()
    const made = await Promise.all(
      Array.from({ length: 12 }, () => payload.create({ collection: 'events', data: validData.events() as never, overrideAccess: true })),
    )
    expect(new Set(made.map((doc) => doc.id)).size).toBe(12)
    expect(await count()).toBe(before + 12)
  })

  it('a save during a long transaction waits for it, then succeeds; readers are never blocked', async () => {
    // The long transaction (an import, say) runs in a request of its own, as it does for real:
    // a save without req from inside the transaction's own flow would join it instead.
    let commitNow!: () => void
    const mayCommit = new Promise<void>((resolve) => (commitNow = resolve))
    let written!: (doc: { id: number | string }) => void
    const insideWritten = new Promise<{ id: number | string }>((resolve) => (written = resolve))
    const longTransaction = (async () => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      written(await payload.create({ collection: 'events', data: validData.events() as never, overrideAccess: true, req }))
      await mayCommit
      await commitTransaction(req)
    })()
    const inside = await insideWritten
    let outsideDone = false
    const outside = payload
      .create({ collection: 'events', data: { ...validData.events(), title: 'Saved during the import' } as never, overrideAccess: true })
      .then((doc) => ((outsideDone = true), doc))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(outsideDone).toBe(false)
    // A reader outside the transaction sees the last committed state, at once.
    const seen = await payload.find({ collection: 'events', where: { id: { equals: inside.id } }, overrideAccess: true })
    expect(seen.totalDocs).toBe(0)
    commitNow()
    await longTransaction
    const saved = await outside
    expect(saved.title).toBe('Saved during the import')
    expect((await payload.findByID({ collection: 'events', id: inside.id, overrideAccess: true })).id).toBe(inside.id)
  })
})

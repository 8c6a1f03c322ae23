import { commitTransaction, createLocalReq, initTransaction, isolateObjectProperty, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importIcs } from '../../src/import/import-events'
import { validData } from '../fixtures'
import { calendar, timed } from '../ics-builder'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * The attack: one anonymous POST /api/users/forgot-password held the SQLite write path for
 * 60 s. Payload opens a transaction, then makes one write outside it (a reservation that
 * rate-limits reset requests); a write queue that waits for the open transaction waited on
 * itself, every login and save queued behind it, and the reset failed with a 500.
 *
 * Each operation here is awaited with no timer of its own: a deadlock shows up as the test's
 * timeout. Nothing here measures time.
 */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const sqlite = () => !process.env.DATABASE_URI?.startsWith('mongodb')
let users = 0
async function staff(role = 'editor') {
  const email = `writer-${++users}@example.nhs.uk`
  const password = 'correct-horse-battery-staple'
  const user = await payload.create({ collection: 'users', data: { email, password, role } as never, overrideAccess: true })
  return { id: user.id, email, password }
}
const NOW = new Date('2026-11-24T12:00:00Z')

describe.runIf(sqlite())('the SQLite write path: no Payload operation waits on itself', () => {
  it('an anonymous forgot-password request finishes, and its token sets a new password that logs in', async () => {
    const user = await staff()
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    expect(token).toMatch(/^[0-9a-f]{40}$/)
    // The reservation it wrote outside its transaction was kept: a second request at once is held back.
    expect(await payload.forgotPassword({ collection: 'users', data: { email: user.email } })).toBeNull()
    await payload.resetPassword({ collection: 'users', data: { token: String(token), password: 'a-new-long-passphrase' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email: user.email, password: 'a-new-long-passphrase' } })
    expect(login.user?.id).toBe(user.id)
    // The token is used up.
    await expect(
      payload.resetPassword({ collection: 'users', data: { token: String(token), password: 'another-long-passphrase' }, overrideAccess: true }),
    ).rejects.toThrow()
  })

  it('forgot-password, logins (right and wrong password), saves, an import and the jobs runner, all at once, all finish', async () => {
    const [forgetful, loggingIn, mistyping, scheduler] = [await staff(), await staff(), await staff(), await staff()]
    const draft = await payload.create({
      collection: 'events',
      data: { ...validData.events(), title: 'Scheduled while others write', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'events', value: String(draft.id) }, user: { relationTo: 'users', value: scheduler.id } } as never,
      waitUntil: new Date(NOW.getTime() - 60_000),
    })
    const file = calendar(
      ...timed('one@write-path.test', 'Imported beside a reset, one', '20261210T100000'),
      ...timed('two@write-path.test', 'Imported beside a reset, two', '20261211T100000'),
    )

    const [token, login, wrong, saved, updated, imported] = await Promise.all([
      payload.forgotPassword({ collection: 'users', data: { email: forgetful.email } }),
      payload.login({ collection: 'users', data: { email: loggingIn.email, password: loggingIn.password } }),
      payload.login({ collection: 'users', data: { email: mistyping.email, password: 'not-the-password' } }).catch((error: Error) => error),
      payload.create({ collection: 'events', data: { ...validData.events(), title: 'Saved beside a reset' } as never, overrideAccess: true }),
      payload.update({ collection: 'events', id: draft.id, data: { summary: 'Edited while the queue runs.' } as never, draft: true, overrideAccess: true }),
      importIcs(payload, file, { now: NOW }),
      payload.jobs.run({ queue: 'default' }),
    ])

    expect(token).toMatch(/^[0-9a-f]{40}$/)
    expect(login.user?.id).toBe(loggingIn.id)
    expect(wrong).toBeInstanceOf(Error)
    expect((wrong as Error).name).toBe('AuthenticationError')
    expect(saved.title).toBe('Saved beside a reset')
    expect(updated.summary).toBe('Edited while the queue runs.')
    expect(imported).toMatchObject({ created: 2 })
    // Every write landed, read back from the database.
    const attempts = await payload.findByID({ collection: 'users', id: mistyping.id, overrideAccess: true, showHiddenFields: true })
    expect(attempts.loginAttempts).toBe(1)
    const published = await payload.findByID({ collection: 'events', id: draft.id, overrideAccess: true })
    expect(published._status).toBe('published')
    const found = await payload.find({ collection: 'events', where: { uid: { contains: '@write-path.test' } }, draft: true, overrideAccess: true })
    expect(found.totalDocs).toBe(2)
  })

  it('a save without req inside a transaction (a hook that forgot to pass req) finishes, and commits with that transaction', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    try {
      const inside = await payload.create({ collection: 'events', data: { ...validData.events(), title: 'Saved with req' } as never, overrideAccess: true, req })
      // A new operation (a transaction of its own, as far as Payload knows) from inside this one's flow.
      const forgotten = await payload.create({ collection: 'events', data: { ...validData.events(), title: 'Saved without req' } as never, overrideAccess: true })
      await commitTransaction(req)
      for (const id of [inside.id, forgotten.id]) {
        expect((await payload.findByID({ collection: 'events', id, overrideAccess: true })).id).toBe(id)
      }
    } finally {
      await killTransaction(req)
    }
  })

  it('a save without req inside a transaction that then rolls back is rolled back with it', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let id: number | string
    try {
      id = (await payload.create({ collection: 'events', data: { ...validData.events(), title: 'Saved without req, then undone' } as never, overrideAccess: true })).id
    } finally {
      await killTransaction(req)
    }
    await expect(payload.findByID({ collection: 'events', id, overrideAccess: true })).rejects.toThrow('Not Found')
  })

  it('a write Payload makes outside its transaction, from inside that transaction, is rolled back with it', async () => {
    const user = await staff()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      // What forgot-password does for its reservation, and login for its attempt counter.
      const outside = isolateObjectProperty(req, 'transactionID')
      outside.transactionID = undefined
      await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 7 }, req: outside })
    } finally {
      await killTransaction(req)
    }
    const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect(stored.loginAttempts ?? 0).toBe(0)
  })

  it('a write from another request waits for the open transaction, then lands after it', async () => {
    let releaseImport!: () => void
    const importMayFinish = new Promise<void>((resolve) => (releaseImport = resolve))
    let importHolds!: () => void
    const importStarted = new Promise<void>((resolve) => (importHolds = resolve))
    const order: string[] = []
    // An import in a request of its own: it opens its transaction, writes, and holds it.
    const importing = (async () => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.create({ collection: 'events', data: { ...validData.events(), title: 'Written by the import' } as never, overrideAccess: true, req })
      importHolds()
      await importMayFinish
      order.push('import committed')
      await commitTransaction(req)
    })()
    await importStarted
    const saving = payload
      .create({ collection: 'events', data: { ...validData.events(), title: 'Saved by an editor meanwhile' } as never, overrideAccess: true })
      .then((doc) => (order.push('editor saved'), doc))
    // Readers are never held: the import's write is not visible yet, and this read returns.
    const seen = await payload.find({ collection: 'events', where: { title: { equals: 'Written by the import' } }, overrideAccess: true })
    expect(seen.totalDocs).toBe(0)
    releaseImport()
    await importing
    const saved = await saving
    expect(order).toEqual(['import committed', 'editor saved'])
    expect((await payload.findByID({ collection: 'events', id: saved.id, overrideAccess: true })).title).toBe('Saved by an editor meanwhile')
  })
})

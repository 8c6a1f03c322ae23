import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { Mutex, withTimeout } from 'async-mutex'
import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * The SQLite write path: one writer at a time, no Payload operation waiting on itself, and no
 * connection left unable to write after another process held the lock.
 *
 * What libsql (the driver under Payload's SQLite adapter) does, pinned by
 * test/database-libsql.test.ts, and what follows from it:
 *
 * - Statements run synchronously, and every Payload transaction is BEGIN IMMEDIATE (drizzle
 *   asks libsql for a "write" transaction) on a connection of its own. A second writer in this
 *   process cannot wait for the first (SQLite's busy wait would block the thread the first one
 *   needs to commit): it fails with SQLITE_BUSY. So this process's writes take turns here, at
 *   Payload's DatabaseAdapter interface: a transaction holds the turn from BEGIN to COMMIT or
 *   ROLLBACK, and a write outside any transaction gets a transaction of its own for its turn.
 *   BEGIN IMMEDIATE is then the one statement that can meet another process's lock.
 * - Payload makes some writes outside the transaction it opened, from inside that transaction's
 *   own flow (forgot-password's rate-limit reservation; a hook calling the Local API without
 *   `req` begins a "new" transaction). Waiting for the turn would be waiting on itself. The flow
 *   is told apart with AsyncLocalStorage: such a write joins the open transaction (it commits or
 *   rolls back with it), and a transaction begun there becomes part of the open one, under an
 *   id of its own whose commit or rollback ends nothing. Writes from other flows (other
 *   requests) wait their turn.
 * - A statement that failed with SQLITE_BUSY stays in progress on its connection until the
 *   garbage collector finalizes it (tursodatabase/libsql-js#228, libsql-client-ts#352). Until
 *   then that connection cannot commit (Payload's drizzle adapter swallows the failed COMMIT, so
 *   the save looked done and was gone), and a read on it keeps an old snapshot, so every later
 *   write fails with SQLITE_BUSY_SNAPSHOT. So after any busy failure the client is moved to a
 *   fresh connection (a transaction takes its connection with it), and another process's lock
 *   is waited for asynchronously, in short attempts.
 */

export interface WritePathOptions {
  /** SQLite's own wait for another process's lock at each BEGIN (it blocks the thread meanwhile). */
  busyTimeoutMs: number
  /** The longest a write waits for its turn (this process's writers, then other processes). */
  maxWaitMs: number
}

export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(
      `The database stayed busy for ${Math.round(waitedMs / 1000)} s (another change, such as a calendar import, was still being saved). Nothing was saved; try again.`,
    )
    this.name = 'DatabaseBusyError'
  }
}

type TransactionID = number | string
type Request = Partial<PayloadRequest>

/** One transaction's turn, as seen from the async flow that began it. */
interface Turn {
  id?: TransactionID
  /** From BEGIN until COMMIT/ROLLBACK starts: writes from the flow join it meanwhile. */
  open: boolean
  /** Writes that joined and are still running: the commit waits for them. */
  joined: Set<Promise<unknown>>
  /** Ids of the transactions begun inside this one's flow, which are part of it. */
  nested: Set<string>
}

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(`${(error as Error)?.message} ${(error as { code?: string })?.code}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Makes `db`'s writes take turns (in place, on the adapter Payload is given); returns it. */
export function serialiseWrites(db: SQLiteAdapter, options: WritePathOptions): SQLiteAdapter {
  const flows = new AsyncLocalStorage<Turn>()
  const turns = withTimeout(new Mutex(), options.maxWaitMs, new DatabaseBusyError(options.maxWaitMs))
  /** Transactions holding the turn, by id: their own writes pass straight through. */
  const holding = new Map<TransactionID, { turn?: Turn; leave: () => void }>()
  /** Transactions begun inside another's flow, by id: the turn they are part of. */
  const nestedIn = new Map<TransactionID, Turn>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  /** Leaves the client's current connection to a transaction that ends at once: the next statement opens a fresh one. */
  const freshConnection = async () => (await db.client.transaction('deferred')).close()

  /** Until SQLite's write lock is free, without holding it (another process has it). */
  async function otherProcessesDone(deadline: number) {
    db.payload.logger.info(`Waiting for another process to finish writing to the database (a calendar import or the seed?), for up to ${Math.round(options.maxWaitMs / 1000)} s.`)
    for (let attempt = 0; ; attempt++) {
      try {
        ;(await db.client.transaction('write')).close()
        return
      } catch (error) {
        if (!isBusy(error)) throw error
        await freshConnection()
        if (Date.now() > deadline) throw new DatabaseBusyError(options.maxWaitMs)
        await sleep(Math.min(20 * 2 ** attempt, 250))
      }
    }
  }

  /** This process's turn, then SQLite's write lock: a transaction begun, and how to give the turn back. */
  async function beginTurn(transactionOptions?: Parameters<typeof begin>[0]) {
    const deadline = Date.now() + options.maxWaitMs
    const leave = await turns.acquire()
    try {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) await otherProcessesDone(deadline)
        // Each connection starts with no busy wait; the one this BEGIN runs on gets one.
        await db.client.execute(`PRAGMA busy_timeout = ${options.busyTimeoutMs}`)
        try {
          const id = await begin(transactionOptions)
          if (id === null) throw new Error('The SQLite adapter has transactions turned off; the write path needs them.')
          return { id, leave }
        } catch (error) {
          if (!isBusy(error)) throw error
          await freshConnection()
          if (Date.now() > deadline) throw new DatabaseBusyError(options.maxWaitMs)
        }
      }
    } catch (error) {
      leave()
      throw error
    }
  }

  /** A write outside any transaction: in one of its own, for its turn. */
  async function alone<R>(write: (id: TransactionID) => Promise<R>): Promise<R> {
    const { id, leave } = await beginTurn()
    holding.set(id, { leave })
    try {
      const result = await write(id)
      await commit(id)
      return result
    } catch (error) {
      await rollback(id)
      throw error
    } finally {
      holding.delete(id)
      leave()
    }
  }

  function join<R>(turn: Turn, write: () => Promise<R>): Promise<R> {
    const running = write()
    turn.joined.add(running)
    const done = () => turn.joined.delete(running)
    running.then(done, done)
    return running
  }

  const forgetNested = (id: string) => {
    nestedIn.get(id)?.nested.delete(id)
    nestedIn.delete(id)
    delete db.sessions[id]
  }

  async function end(incoming: Parameters<typeof commit>[0], finish: typeof commit) {
    const id = await incoming
    // A transaction that is part of another ends with that one, not here.
    if (nestedIn.has(id)) return forgetNested(String(id))
    const held = holding.get(id)
    if (!held) return finish(id)
    if (held.turn) {
      held.turn.open = false
      while (held.turn.joined.size) await Promise.allSettled([...held.turn.joined])
      held.turn.nested.forEach(forgetNested)
    }
    try {
      await finish(id)
    } finally {
      holding.delete(id)
      held.leave()
    }
  }

  const withTransaction = <A extends { req?: Request }>(args: A, id: TransactionID): A => {
    const req = isolateObjectProperty<Request>(args.req ?? {}, 'transactionID')
    req.transactionID = id
    return { ...args, req }
  }

  function serialised<A extends { req?: Request }, R>(write: (args: A) => Promise<R>): (args: A) => Promise<R> {
    return async (args) => {
      const id = await args.req?.transactionID
      if (id != null && holding.has(id)) return write(args)
      const partOf = id == null ? undefined : nestedIn.get(id)
      if (partOf) return join(partOf, () => write(args))
      const turn = flows.getStore()
      if (turn?.open && turn.id != null) return join(turn, () => write(withTransaction(args, turn.id!)))
      return alone((own) => write(withTransaction(args, own)))
    }
  }

  db.beginTransaction = async (transactionOptions) => {
    const outer = flows.getStore()
    if (outer?.open && outer.id != null) {
      // Begun from inside an open transaction's flow: part of that one (reads see its writes).
      const id = randomUUID()
      db.sessions[id] = db.sessions[outer.id]
      outer.nested.add(id)
      nestedIn.set(id, outer)
      return id
    }
    const turn: Turn = { open: false, joined: new Set(), nested: new Set() }
    // Before any await, so that the rest of the calling operation runs in this turn's flow.
    flows.enterWith(turn)
    const { id, leave } = await beginTurn(transactionOptions)
    holding.set(id, { turn, leave })
    Object.assign(turn, { id, open: true })
    return id
  }
  db.commitTransaction = (id) => end(id, commit)
  db.rollbackTransaction = (id) => end(id, rollback)

  db.create = serialised(db.create.bind(db))
  db.createGlobal = serialised(db.createGlobal.bind(db))
  db.createGlobalVersion = serialised(db.createGlobalVersion.bind(db))
  db.createVersion = serialised(db.createVersion.bind(db))
  db.deleteMany = serialised(db.deleteMany.bind(db))
  db.deleteOne = serialised(db.deleteOne.bind(db))
  db.deleteVersions = serialised(db.deleteVersions.bind(db))
  db.updateGlobal = serialised(db.updateGlobal.bind(db))
  db.updateGlobalVersion = serialised(db.updateGlobalVersion.bind(db))
  db.updateJobs = serialised(db.updateJobs.bind(db))
  db.updateMany = serialised(db.updateMany.bind(db))
  db.updateOne = serialised(db.updateOne.bind(db))
  db.updateVersion = serialised(db.updateVersion.bind(db))
  db.upsert = serialised(db.upsert.bind(db))
  return db
}

/**
 * One writer at a time on an SQLite file, so Payload's transactions can be on.
 *
 * libsql runs each statement synchronously and gives every transaction a connection of its
 * own. Two overlapping writes in one process therefore cannot wait for each other (SQLite's
 * busy wait would block the very thread that has to finish the first one): the second fails
 * with SQLITE_BUSY at once. So writes queue here, in the process, instead: a transaction holds
 * the queue from BEGIN to COMMIT/ROLLBACK, a write outside any transaction for one statement.
 * Reads never queue (WAL lets them run beside a writer). Another process (the import or seed
 * command beside the CMS) is waited for with short busy timeouts and async retries.
 */

type Statement = string | { sql: string }

/** The parts of a libsql `Client` wrapped here (structural: no direct dependency on libsql). */
export interface LibsqlClient {
  execute(statement: Statement, args?: unknown): Promise<unknown>
  batch(statements: Statement[], mode?: string): Promise<unknown>
  executeMultiple(sql: string): Promise<unknown>
  transaction(mode?: string): Promise<LibsqlTransaction>
}

interface LibsqlTransaction {
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
}

export interface WriteQueueOptions {
  /** How long SQLite itself waits for another process, per attempt (it blocks the thread). */
  busyTimeoutMs: number
  /** How long a write may wait in all, for this process's queue and other processes. */
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

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
const isWrite = (statement: Statement) => WRITE.test(typeof statement === 'string' ? statement : statement.sql)
const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as { code?: string })?.code ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A first-come first-served lock whose waiters give up after a while. */
class Queue {
  private tail: Promise<void> = Promise.resolve()

  async enter(maxWaitMs: number): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = this.tail
    this.tail = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), maxWaitMs)))
    const outcome = await Promise.race([before.then(() => 'entered' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      release() // keep the line moving for whoever queued behind this waiter
      throw new DatabaseBusyError(maxWaitMs)
    }
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
}

/** Retries what another process's lock refused (SQLITE_BUSY), until `maxWaitMs` has passed. */
async function retryBusy<T>(work: () => Promise<T>, startedAt: number, maxWaitMs: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (!isBusy(error) || Date.now() - startedAt > maxWaitMs) throw error
      await sleep(Math.min(25 * 2 ** attempt, 250))
    }
  }
}

const WRAPPED = Symbol.for('genomics-hub.sqlite-writes')

/** Wraps the client's write paths in place (once); returns the same client. */
export function serialiseWrites<C extends LibsqlClient>(client: C, options: WriteQueueOptions): C {
  const marked = client as C & { [WRAPPED]?: true }
  if (marked[WRAPPED]) return client
  marked[WRAPPED] = true
  const queue = new Queue()
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const transaction = client.transaction.bind(client)
  // libsql opens a fresh connection after each transaction; each needs the busy timeout.
  const prepareConnection = () => execute(`PRAGMA busy_timeout = ${options.busyTimeoutMs}`)

  const queued = async <T>(work: () => Promise<T>): Promise<T> => {
    const startedAt = Date.now()
    const leave = await queue.enter(options.maxWaitMs)
    try {
      return await retryBusy(work, startedAt, options.maxWaitMs)
    } finally {
      leave()
    }
  }

  client.execute = (statement: Statement, args?: unknown) =>
    isWrite(statement) ? queued(() => execute(statement, args)) : execute(statement, args)
  client.batch = (statements: Statement[], mode?: string) => queued(() => batch(statements, mode))
  client.executeMultiple = (sql: string) => queued(() => executeMultiple(sql))
  client.transaction = async (mode?: string) => {
    const startedAt = Date.now()
    const leave = await queue.enter(options.maxWaitMs)
    try {
      const tx = await retryBusy(() => transaction(mode), startedAt, options.maxWaitMs)
      await prepareConnection()
      const commit = tx.commit.bind(tx)
      const rollback = tx.rollback.bind(tx)
      const close = tx.close.bind(tx)
      tx.commit = () => commit().finally(leave)
      tx.rollback = () => rollback().finally(leave)
      tx.close = () => {
        try {
          close()
        } finally {
          leave()
        }
      }
      return tx
    } catch (error) {
      leave()
      throw error
    }
  }
  return client
}

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { validData } from '../fixtures'
import { calendar, timed } from '../ics-builder'
import { startPayload, stopPayload } from '../payload-harness'
import { writeLockHeldElsewhere } from '../sqlite-lock'

/**
 * The attack (or the accident): `pnpm --filter @genomics-hub/cms import:ics` run beside a
 * running CMS. Once, after CLI imports, every write of the CMS failed (SQLITE_BUSY_SNAPSHOT)
 * until it was restarted. Here the real import command runs in a process of its own on the
 * same database file while this process's Payload writes, and the other way round. Every save
 * either process reports must be in the database afterwards, and both can still write.
 *
 * Each test waits for what it expects (the other process inside its transaction, a line it
 * prints, its exit), never for a fixed time. A process of its own starts slowly on a busy
 * machine, hence the longer timeouts.
 */
const PROCESS_TEST = { timeout: 240_000 }
const cmsRoot = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cli-beside-'))
const sqlite = () => !process.env.DATABASE_URI?.startsWith('mongodb') && !process.env.TEST_DATABASE_URI?.startsWith('mongodb')

let payload: Payload
const editor = { id: 0 as number | string, email: 'beside-the-import@example.nhs.uk', password: 'correct-horse-battery-staple' }
beforeAll(async () => {
  payload = await startPayload()
  editor.id = (await payload.create({ collection: 'users', data: { email: editor.email, password: editor.password, role: 'editor' } as never, overrideAccess: true })).id
})
afterAll(async () => stopPayload(payload))

/** A calendar of `count` one-hour events, one a day from 1 December 2026. */
function bigCalendar(tag: string, count: number): string {
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 11, 1 + i))
    const stamp = `${day.toISOString().slice(0, 10).replaceAll('-', '')}T100000`
    return timed(`${tag}-${i}@cli.test`, `CLI import ${tag} number ${i + 1}`, stamp)
  })
  const file = path.join(work, `${tag}.ics`)
  fs.writeFileSync(file, calendar(...events.flat()))
  return file
}

interface Run {
  /** Resolves with the exit code and everything printed. */
  done: Promise<{ code: number | null; output: string }>
  /** Resolves when the output contains `text`. */
  printed(text: string): Promise<void>
}

/** The real import command, as a user types it, in a process of its own on this database. */
function importCommand(file: string): Run {
  const child = spawn('pnpm', ['--filter', '@genomics-hub/cms', 'import:ics', file], {
    cwd: cmsRoot,
    env: { ...process.env, HUB_REBUILD_ON_PUBLISH: 'false', HUB_RUN_JOBS: 'false', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const waiting: { text: string; resolve: () => void }[] = []
  const take = (chunk: Buffer) => {
    output += chunk.toString()
    for (const w of waiting.filter((w) => output.includes(w.text))) w.resolve()
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })))
  return {
    done,
    printed: (text) =>
      new Promise<void>((resolve, reject) => {
        if (output.includes(text)) return resolve()
        waiting.push({ text, resolve })
        void done.then(() => reject(new Error(`The import ended without printing "${text}":\n${output}`)))
      }),
  }
}

const countUid = async (tag: string) =>
  (await payload.count({ collection: 'events', where: { uid: { contains: `${tag}-` } }, overrideAccess: true })).totalDocs
const waitedForAnotherProcess = () => waits.mock.calls.filter(([message]: unknown[]) => String(message).startsWith('Waiting for another process')).length
let waits: ReturnType<typeof vi.spyOn>
beforeAll(() => {
  waits = vi.spyOn(payload.logger, 'info')
})
const save = (title: string) => payload.create({ collection: 'events', data: { ...validData.events(), title } as never, overrideAccess: true })

describe.runIf(sqlite())('a command-line import beside the running CMS', () => {
  it('saves made while the import holds the database wait for it, are all stored, and the CMS still writes afterwards', PROCESS_TEST, async () => {
    const run = importCommand(bigCalendar('alongside', 120))
    let exited = false
    void run.done.then(() => (exited = true))
    // Wait until the import is inside its transaction (it holds SQLite's write lock).
    while (!exited && !(await writeLockHeldElsewhere(String(process.env.DATABASE_URI)))) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(exited).toBe(false)
    const before = waitedForAnotherProcess()
    // Editors work meanwhile: two saves and a login (it writes its session), all at once.
    const [saved, alsoSaved, login] = await Promise.all([
      save('Saved during the import'),
      save('Also saved during the import'),
      payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } }),
    ])
    expect(login.user?.id).toBe(editor.id)
    const { code, output } = await run.done
    expect(output).toContain('120 created')
    expect(code).toBe(0)
    expect(await countUid('alongside')).toBe(120)
    for (const doc of [saved, alsoSaved]) expect((await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: true })).title).toBe(doc.title)
    // And afterwards, without a restart: a save, a transaction of several writes.
    const after = await save('Saved after the import')
    expect((await payload.findByID({ collection: 'events', id: after.id, overrideAccess: true })).title).toBe('Saved after the import')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const one = await payload.create({ collection: 'events', data: { ...validData.events(), title: 'After, one' } as never, overrideAccess: true, req })
    const two = await payload.create({ collection: 'events', data: { ...validData.events(), title: 'After, two' } as never, overrideAccess: true, req })
    await commitTransaction(req)
    for (const doc of [one, two]) expect((await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: true })).title).toBe(doc.title)
    // The saves above did meet the import (they waited for it), so this test tested something.
    expect(waitedForAnotherProcess()).toBeGreaterThan(before)
  })

  it('an import started while the CMS holds a transaction waits for it, then imports everything', PROCESS_TEST, async () => {
    let release!: () => void
    const mayCommit = new Promise<void>((resolve) => (release = resolve))
    let holding!: () => void
    const held = new Promise<void>((resolve) => (holding = resolve))
    // An editor's save in a request of its own, holding its transaction until we let it go.
    const editor = (async () => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      const doc = await payload.create({ collection: 'events', data: { ...validData.events(), title: 'Held by the CMS' } as never, overrideAccess: true, req })
      holding()
      await mayCommit
      await commitTransaction(req)
      return doc
    })()
    await held
    const run = importCommand(bigCalendar('waiting', 5))
    // The import says it is waiting for this process, and is still running (it has not failed).
    await run.printed('Waiting for another process')
    release()
    const doc = await editor
    const { code, output } = await run.done
    expect(output).toContain('5 created')
    expect(code).toBe(0)
    expect(await countUid('waiting')).toBe(5)
    expect((await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: true })).title).toBe('Held by the CMS')
    // The CMS still writes.
    expect((await save('Saved after the waiting import')).title).toBe('Saved after the waiting import')
  })
})

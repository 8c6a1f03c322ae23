import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calendarAddress, readCalendarSource } from '../../src/import/calendar-source'
import { IcsImportError } from '../../src/import/parse-ics'
import { calendar, timed } from '../ics-builder'

/**
 * Attacks on the import command's download, against a real local HTTP server: other URL
 * schemes, a server that never answers or never stops, and an answer that is not a calendar
 * (a sign-in page, an internal service) whose body must never be printed.
 */
const SECRET = 'session=SECRET-TOKEN-4242'
const ics = calendar(...timed('served@hub.example', 'Served over HTTP', '20270301T100000'))
const MB = 1024 * 1024
const open = new Set<http.ServerResponse>()
const server = http.createServer((req, res) => {
  const route: Record<string, () => void> = {
    '/calendar.ics': () => res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(ics),
    '/as-plain-text': () => res.writeHead(200, { 'content-type': 'text/plain' }).end(ics),
    '/sign-in': () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Sign in</title><p>${SECRET}</p>`),
    '/json': () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: SECRET })),
    '/missing': () => res.writeHead(404, { 'content-type': 'text/html' }).end(`<p>Not found. ${SECRET}</p>`),
    '/to-a-file': () => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/declared-huge': () => {
      res.writeHead(200, { 'content-type': 'text/calendar', 'content-length': String(6 * MB) })
      res.write('BEGIN:VCALENDAR\r\n')
    },
    '/endless': () => {
      res.writeHead(200, { 'content-type': 'text/calendar' })
      const more = () => {
        while (res.write(`X-PAD:${'a'.repeat(1000)}\r\n`));
        res.once('drain', more)
      }
      res.write('BEGIN:VCALENDAR\r\n')
      more()
    },
    // Headers, then nothing: only the time limit ends it.
    '/stalls': () => {
      res.writeHead(200, { 'content-type': 'text/calendar' })
      res.write('BEGIN:VCALENDAR\r\n')
    },
    '/silent': () => {},
  }
  open.add(res)
  res.on('close', () => open.delete(res))
  res.on('error', () => {})
  ;(route[req.url ?? ''] ?? route['/missing'])()
})
let base: string
beforeAll(async () => {
  server.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => {
  for (const res of open) res.destroy()
  server.close()
})

const refusal = async (target: string, timeoutMs?: number) => {
  try {
    await readCalendarSource(target, { timeoutMs })
  } catch (error) {
    expect(error).toBeInstanceOf(IcsImportError)
    return (error as Error).message
  }
  throw new Error('expected an IcsImportError')
}

describe('what the import command downloads', () => {
  it('a calendar over http, labelled as one or as plain text', async () => {
    expect(await readCalendarSource(`${base}/calendar.ics`)).toBe(ics)
    expect(await readCalendarSource(`${base}/as-plain-text`)).toBe(ics)
  })

  it('webcal: and webcals: are fetched over https; other schemes are refused', async () => {
    expect(calendarAddress('webcal://example.org/cal.ics')?.href).toBe('https://example.org/cal.ics')
    expect(calendarAddress('WEBCALS://example.org/cal.ics')?.href).toBe('https://example.org/cal.ics')
    expect(calendarAddress('https://example.org/cal.ics')?.href).toBe('https://example.org/cal.ics')
    expect(calendarAddress('exports/cal.ics')).toBeUndefined()
    expect(calendarAddress('C:\\exports\\cal.ics')).toBeUndefined()
    for (const scheme of ['file:///etc/passwd', 'ftp://example.org/cal.ics', 'data:text/calendar,BEGIN:VCALENDAR', 'javascript:alert(1)']) {
      await expect(refusal(scheme), scheme).resolves.toMatch(/^Only http, https and webcal addresses can be imported, not "[a-z]+:" ones\. To import a file, give its path\.$/)
    }
    // The local server speaks plain HTTP, so https to it fails: proof that webcal meant https.
    const port = new URL(base).port
    expect(await refusal(`webcal://127.0.0.1:${port}/calendar.ics`)).toBe(
      `Could not download https://127.0.0.1:${port}/calendar.ics: ERR_SSL_WRONG_VERSION_NUMBER.`,
    )
  })

  it('a redirect to another scheme is not followed', async () => {
    expect(await refusal(`${base}/to-a-file`)).toBe(`Could not download ${base}/to-a-file: URL scheme must be a HTTP(S) scheme.`)
  })

  it('a sign-in page is refused by its type and size, its body never shown', async () => {
    const message = await refusal(`${base}/sign-in`)
    expect(message).toBe(
      `${base}/sign-in did not send a calendar: it sent text/html; charset=utf-8, 1 KB, not starting with BEGIN:VCALENDAR. Check the address: an error or sign-in page is not a calendar.`,
    )
    expect(await refusal(`${base}/json`)).toBe(
      `${base}/json did not send a calendar: it sent application/json, 1 KB, not starting with BEGIN:VCALENDAR. Check the address: an error or sign-in page is not a calendar.`,
    )
  })

  it('an error answer says its status only', async () => {
    expect(await refusal(`${base}/missing`)).toBe(`Could not download ${base}/missing: the server answered HTTP 404.`)
  })

  it('more than 5 MB is refused, whether the server says so first or just keeps sending', async () => {
    expect(await refusal(`${base}/declared-huge`)).toBe(`${base}/declared-huge sends more than 5 MB; an import takes at most 5 MB.`)
    expect(await refusal(`${base}/endless`)).toBe(`${base}/endless sends more than 5 MB; an import takes at most 5 MB.`)
  })

  it('a server that does not answer, or stops half-way, is given up on after the time limit', async () => {
    expect(await refusal(`${base}/silent`, 300)).toBe(`Could not download ${base}/silent: no complete answer within 0.3 seconds.`)
    expect(await refusal(`${base}/stalls`, 300)).toBe(`Could not download ${base}/stalls: no complete answer within 0.3 seconds.`)
  })
})

describe('what the import command reads from disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-import-files-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('a file over 5 MB is refused before it is read', async () => {
    const big = path.join(dir, 'big.ics')
    fs.writeFileSync(big, Buffer.alloc(6 * MB, 'a'))
    expect(await refusal(big)).toBe('The file is 6 MB; an import takes at most 5 MB. Export a shorter date range (or one calendar at a time) and import each file.')
  })

  it('a device or a folder is not read, and a missing file is named', async () => {
    expect(await refusal('/dev/zero')).toBe('"/dev/zero" is not a file.')
    expect(await refusal(dir)).toBe(`"${dir}" is not a file.`)
    expect(await refusal(path.join(dir, 'nowhere.ics'))).toBe(`There is no file "${path.join(dir, 'nowhere.ics')}".`)
  })
})

describe('the import command', () => {
  const cmsDir = path.resolve(import.meta.dirname, '..', '..')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-import-cli-'))
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))
  /** The real command, as a user runs it, on a database of its own. */
  const run = (target: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(path.join(cmsDir, 'node_modules', '.bin', 'tsx'), ['scripts/import-ics.ts', target], {
        cwd: cmsDir,
        env: {
          ...process.env,
          DATABASE_URI: `file:${path.join(work, 'hub.db')}`,
          PAYLOAD_SECRET: 'test-secret-for-the-import-command',
          HUB_IMPORTS_DIR: work,
          HUB_MEDIA_DIR: work,
          HUB_RUN_JOBS: 'false',
          HUB_REBUILD_ON_PUBLISH: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      child.stdout.on('data', (chunk) => (out += chunk))
      child.stderr.on('data', (chunk) => (out += chunk))
      child.on('close', (code) => resolve({ code, out }))
    })

  it('refuses a page that is not a calendar without printing any of it', async () => {
    const { code, out } = await run(`${base}/sign-in`)
    expect(code).toBe(1)
    expect(out).toContain(`Import refused: ${base}/sign-in did not send a calendar: it sent text/html; charset=utf-8, 1 KB`)
    expect(out).not.toContain('SECRET')
    expect(out).not.toContain('<title>')
  }, 120_000)

  it('imports a calendar it downloads', async () => {
    const { code, out } = await run(`${base}/calendar.ics`)
    expect(out).toContain('created   Served over HTTP (served@hub.example)')
    expect(out).toContain('1 created, 0 updated as drafts (use --publish to publish).')
    expect(code).toBe(0)
  }, 120_000)
})

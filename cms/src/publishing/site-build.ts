import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { readPublishedContent, removePublishedContent, writeContentFile } from './published-content'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const SITE_DIR = path.join(repoRoot, 'site')
/** Each build goes to its own folder under here; `live` points at the one being served. */
export const BUILDS_DIR = process.env.HUB_SITE_BUILDS_DIR || path.join(SITE_DIR, '.builds')
export const LIVE_LINK = path.join(BUILDS_DIR, 'live')

export interface SiteBuildResult {
  ok: boolean
  /** Built, but a build that started later was live already, so this one was not switched in. */
  superseded?: boolean
  dir: string
  pages: number
  seconds: number
  log: string
}

function countPages(dir: string): number {
  let pages = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages++
  }
  return pages
}

/** Runs the site's own build (Astro + Pagefind) on a content file, into `outDir`. */
export const SITE_BUILD = ['pnpm', '--filter', '@genomics-hub/site', 'build']

export function runSiteBuild(
  command: string[],
  contentFile: string,
  outDir: string,
  siteUrl: string,
  base = '/',
): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: repoRoot,
      env: { ...process.env, HUB_CONTENT_FILE: contentFile, SITE_OUT_DIR: outDir, SITE_URL: siteUrl, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ code: 1, log: `${log}\n${error.message}` }))
    child.on('close', (code) => resolve({ code: code ?? 1, log }))
  })
}

/**
 * A build's folder name: when it started (its content was read just after), then the process.
 * Names sort by start time, so of two builds the later-named one has the newer content.
 */
const newBuildId = () => `${new Date().toISOString().replace(/[:.]/g, '-')}-p${process.pid}`
const BUILD_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-p\d+)?$/
const idOf = (entry: string) => (entry.startsWith('live.') ? entry.slice('live.'.length) : entry)

/**
 * Export what is published and build the static site into a fresh folder; only a build that
 * succeeds is switched in (an atomic rename of the `live` link), so a failed build leaves the
 * last good site untouched. Several processes may build at once (the CMS, an import command):
 * see switchLive. Previews build the same way into a builds folder of their own, with a base
 * path and the content they were keyed on (publishing/preview.ts).
 */
export async function buildAndSwitch(
  payload: Payload,
  options: {
    siteUrl: string
    timezone: string
    command?: string[]
    /** @default BUILDS_DIR */
    buildsDir?: string
    /** The path the site is served under. @default '/' */
    base?: string
    /** Content read already; by default what is published is read now. */
    content?: PublishedContent
  },
): Promise<SiteBuildResult> {
  const started = Date.now()
  const buildsDir = options.buildsDir ?? BUILDS_DIR
  const id = newBuildId()
  const dir = path.join(buildsDir, id)
  fs.mkdirSync(buildsDir, { recursive: true })
  const contentFile = path.join(buildsDir, `${id}.json`)
  try {
    await writeContentFile(payload, options.content ?? (await readPublishedContent(payload, { timezone: options.timezone })), contentFile)
    const { code, log } = await runSiteBuild(options.command ?? SITE_BUILD, contentFile, dir, options.siteUrl, options.base)
    const seconds = () => (Date.now() - started) / 1000
    if (code !== 0 || !fs.existsSync(path.join(dir, 'index.html'))) {
      fs.rmSync(dir, { recursive: true, force: true })
      return { ok: false, dir, pages: 0, seconds: seconds(), log }
    }
    const pages = countPages(dir)
    const switched = await withSwitchLock(buildsDir, () => switchLive(buildsDir, id))
    if (!switched) {
      const note = `\nA build started later is already live: this one (${id}) was not switched in.`
      return { ok: true, superseded: true, dir, pages, seconds: seconds(), log: log + note }
    }
    return { ok: true, dir, pages, seconds: seconds(), log }
  } finally {
    removePublishedContent(contentFile)
  }
}

/**
 * Switches `live` to build `id` unless a build that started later is live already (then
 * drops this one: its content is older). Then deletes builds older than the one it replaced:
 * never the live one, the previous one (a request may still be reading it) or any newer one
 * (another process's, waiting to switch). Called under the switch lock.
 */
function switchLive(buildsDir: string, id: string): boolean {
  const dir = path.join(buildsDir, id)
  const liveLink = path.join(buildsDir, 'live')
  const liveId = fs.existsSync(liveLink) ? path.basename(fs.realpathSync(liveLink)) : undefined
  if (liveId && liveId > id) {
    fs.rmSync(dir, { recursive: true, force: true })
    return false
  }
  const tmpLink = `${liveLink}.${id}`
  fs.rmSync(tmpLink, { force: true })
  fs.symlinkSync(dir, tmpLink)
  fs.renameSync(tmpLink, liveLink)
  const keepFrom = liveId ?? id
  for (const entry of fs.readdirSync(buildsDir)) {
    if (entry !== 'live' && BUILD_ID.test(idOf(entry)) && idOf(entry) < keepFrom) {
      fs.rmSync(path.join(buildsDir, entry), { recursive: true, force: true })
    }
  }
  return true
}

/** A lock older than this was left by a process that died while holding it. */
const STALE_LOCK_MS = 60_000

/** Runs `work` while holding a lock shared by every process building into `buildsDir`. */
async function withSwitchLock<T>(buildsDir: string, work: () => T): Promise<T> {
  const lock = path.join(buildsDir, '.switch.lock')
  const deadline = Date.now() + 2 * STALE_LOCK_MS
  for (;;) {
    try {
      fs.mkdirSync(lock) // atomic: exactly one process creates it
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true })
      else if (Date.now() > deadline) throw new Error(`Could not switch the site in: ${lock} stayed locked`)
      else await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  try {
    return work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

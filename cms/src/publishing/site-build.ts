import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { readPublishedContent } from './published-content'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const SITE_DIR = path.join(repoRoot, 'site')
/** Each build goes to its own folder under here; `live` points at the one being served. */
export const BUILDS_DIR = process.env.HUB_SITE_BUILDS_DIR || path.join(SITE_DIR, '.builds')
export const LIVE_LINK = path.join(BUILDS_DIR, 'live')

export interface SiteBuildResult {
  ok: boolean
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
 * Export what is published and build the static site into a fresh folder; only a build that
 * succeeds is switched in (an atomic rename of the `live` link), so a failed build leaves the
 * last good site untouched.
 */
export async function buildAndSwitch(
  payload: Payload,
  options: { siteUrl: string; timezone: string; command?: string[] },
): Promise<SiteBuildResult> {
  const started = Date.now()
  const id = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = path.join(BUILDS_DIR, id)
  fs.mkdirSync(BUILDS_DIR, { recursive: true })
  const contentFile = path.join(BUILDS_DIR, `${id}.json`)
  fs.writeFileSync(contentFile, JSON.stringify(await readPublishedContent(payload, { timezone: options.timezone })))

  const { code, log } = await runSiteBuild(options.command ?? SITE_BUILD, contentFile, dir, options.siteUrl)
  fs.rmSync(contentFile, { force: true })
  const seconds = (Date.now() - started) / 1000
  if (code !== 0 || !fs.existsSync(path.join(dir, 'index.html'))) {
    fs.rmSync(dir, { recursive: true, force: true })
    return { ok: false, dir, pages: 0, seconds, log }
  }

  const previous = fs.existsSync(LIVE_LINK) ? fs.realpathSync(LIVE_LINK) : undefined
  const tmpLink = `${LIVE_LINK}.${id}`
  fs.symlinkSync(dir, tmpLink)
  fs.renameSync(tmpLink, LIVE_LINK)
  // Keep the previous build one round (a request may still be reading it), drop older ones.
  for (const entry of fs.readdirSync(BUILDS_DIR)) {
    const full = path.join(BUILDS_DIR, entry)
    if (full !== dir && full !== previous && entry !== 'live' && fs.statSync(full).isDirectory()) {
      fs.rmSync(full, { recursive: true, force: true })
    }
  }
  return { ok: true, dir, pages: countPages(dir), seconds, log }
}

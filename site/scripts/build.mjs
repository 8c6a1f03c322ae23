#!/usr/bin/env node
// Build the static site from a published-content file (HUB_CONTENT_FILE): Astro's pages,
// then the iCal feeds, the CSS purge and Pagefind's search index. `pnpm build` at the
// repository root makes the file first.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyMedia } from './media.mjs'
import { purgeUnusedCss } from './purge-css.mjs'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const contentFile = path.resolve(siteDir, process.env.HUB_CONTENT_FILE || '.content/published.json')
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist')

if (!fs.existsSync(contentFile)) {
  console.error(
    `No published content at ${contentFile}.\nRun \`pnpm build\` at the repository root (it exports the content first), or set HUB_CONTENT_FILE.`,
  )
  process.exit(1)
}

// Every build works in folders of its own, so a draft preview and a live rebuild can run at
// once: a cache (Astro keeps its content store there) and a staging folder inside the site
// (Astro writes its prerender chunks into the output folder only when that is under the
// site, where they can import the site's packages; otherwise into the shared site/.astro).
const workDir = fs.mkdtempSync(path.join(siteDir, '.astro-work-'))
const cacheDir = path.join(workDir, 'cache')
const stagingDir = path.join(workDir, 'out')
process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }))
const env = { ...process.env, HUB_CONTENT_FILE: contentFile, SITE_OUT_DIR: stagingDir, SITE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' }

/** Moves the finished build to where it was asked for (a copy when that is on another disk). */
function moveDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if (error.code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true })
  }
}
// The site's own tools, wherever this script is started from.
const bin = (name) => path.join(siteDir, 'node_modules', '.bin', name)
const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(bin(command), args, { cwd: siteDir, env, stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      process.exit(1)
    })
    child.on('close', (status) => (status === 0 ? resolve() : process.exit(status ?? 1)))
  })

const started = Date.now()
const steps = []
const step = async (name, work) => {
  const t = Date.now()
  await work()
  steps.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
await step('astro', () => run('astro', ['build', '--silent']))
// Astro's loader has checked the file; the steps after it share one reading of it.
const content = JSON.parse(fs.readFileSync(contentFile, 'utf8'))
// Three independent steps at once, so that the second core is not left idle: the feeds, in a
// process of their own (scripts/feeds.ts); Pagefind's index of the library; the CSS purge.
await Promise.all([
  step('feeds', () => run('tsx', [path.join(siteDir, 'scripts', 'feeds.ts'), stagingDir])),
  // Search covers resources only: their pages (library/<slug>/) are the only ones marked
  // data-pagefind-body (src/pages/library/[slug].astro), so Pagefind need not read the rest.
  // Pagefind cannot make an empty index: with no resources published the library shows its
  // filters alone (its search box stays a note that search needs JavaScript).
  content.resources?.length > 0 && step('search index', () => run('pagefind', ['--site', stagingDir, '--glob', 'library/*/index.html', '--silent'])),
  step('css', () => purgeUnusedCss(stagingDir, content)),
])
await step('media', () => {
  try {
    copyMedia(contentFile, stagingDir, content)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
})
moveDir(stagingDir, outDir)
// The host's zone and offset, which must make no difference to the output: logged so that a
// build on another machine (or a test that sets TZ) shows which it really ran under.
const offset = -new Date().getTimezoneOffset()
const utcOffset = `UTC${offset < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`
console.log(`Site built into ${path.relative(process.cwd(), outDir) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s (${steps.join(', ')})`)
console.log(`Host time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}, ${utcOffset}`)

#!/usr/bin/env node
// Build the static site from a published-content file (HUB_CONTENT_FILE), then index it
// for search with Pagefind. `pnpm build` at the repository root makes the file first.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
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

const env = { ...process.env, HUB_CONTENT_FILE: contentFile, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' }
// The site's own tools, wherever this script is started from.
const bin = (name) => path.join(siteDir, 'node_modules', '.bin', name)
const run = (command, args) => {
  const { status, error } = spawnSync(bin(command), args, { cwd: siteDir, env, stdio: 'inherit' })
  if (error) console.error(`Could not run ${command}: ${error.message}`)
  if (status !== 0) process.exit(status ?? 1)
}

const started = Date.now()
const steps = []
const step = async (name, work) => {
  const t = Date.now()
  await work()
  steps.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
await step('astro', () => run('astro', ['build', '--silent']))
await step('css', () => purgeUnusedCss(outDir))
await step('search index', () => run('pagefind', ['--site', outDir, '--silent']))
console.log(`Site built into ${path.relative(process.cwd(), outDir) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s (${steps.join(', ')})`)

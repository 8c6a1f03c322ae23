import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { preview } from 'astro'
import { E2E } from './paths'

const root = path.resolve(import.meta.dirname, '..', '..')

function run(args: string[], env: Record<string, string>) {
  execFileSync('pnpm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
}

/**
 * Seed a fresh embedded database, export what is published and build the site twice: on a
 * UTC machine and on a New York one (the outputs must not differ). Then serve the first
 * build with Astro's own preview server until the run ends.
 */
export default async function globalSetup() {
  fs.rmSync(E2E.work, { recursive: true, force: true })
  fs.mkdirSync(E2E.work, { recursive: true })
  run(['--filter', '@genomics-hub/cms', 'export', '--out', E2E.contentFile], {
    DATABASE_URI: `file:${E2E.database}`,
    HUB_RUN_JOBS: 'false',
  })
  const build = { HUB_CONTENT_FILE: E2E.contentFile, SITE_URL: E2E.siteUrl }
  run(['--filter', '@genomics-hub/site', 'build'], { ...build, SITE_OUT_DIR: E2E.siteDir, TZ: 'UTC' })
  run(['--filter', '@genomics-hub/site', 'build'], { ...build, SITE_OUT_DIR: E2E.siteDirNewYork, TZ: 'America/New_York' })

  process.env.SITE_OUT_DIR = E2E.siteDir
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const server = await preview({ root: path.join(root, 'site'), server: { port: E2E.port, host: '127.0.0.1' }, logLevel: 'warn' })
  return async () => server.stop()
}

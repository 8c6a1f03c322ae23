import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { preview } from 'astro'
import { CMS, E2E } from './paths'

const root = path.resolve(import.meta.dirname, '..', '..')

function run(args: string[], env: Record<string, string>, log?: string) {
  const out = execFileSync('pnpm', args, { cwd: root, stdio: ['inherit', log ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...env } })
  // Kept for tests that check how the build ran (the host zone it logged).
  if (log) {
    fs.writeFileSync(log, out)
    process.stdout.write(out)
  }
}

/**
 * Seed a fresh embedded database, export what is published and build the site twice: on a
 * UTC machine and on a New York one (the outputs must not differ). Then serve the first
 * build with Astro's own preview server until the run ends.
 */
export default async function globalSetup() {
  // The SMTP sink's password, made for this run (the workers inherit it).
  process.env.HUB_E2E_SMTP_PASSWORD ||= randomBytes(12).toString('hex')
  fs.rmSync(E2E.work, { recursive: true, force: true })
  fs.mkdirSync(E2E.work, { recursive: true })
  run(['--filter', '@genomics-hub/cms', 'export', '--out', E2E.contentFile], {
    DATABASE_URI: `file:${E2E.database}`,
    HUB_MEDIA_DIR: E2E.media,
    HUB_RUN_JOBS: 'false',
  })
  const build = { HUB_CONTENT_FILE: E2E.contentFile, SITE_URL: E2E.siteUrl }
  run(['--filter', '@genomics-hub/site', 'build'], { ...build, SITE_OUT_DIR: E2E.siteDir, TZ: 'UTC' }, E2E.buildLog)
  run(['--filter', '@genomics-hub/site', 'build'], { ...build, SITE_OUT_DIR: E2E.siteDirNewYork, TZ: 'America/New_York' }, E2E.buildLogNewYork)

  process.env.SITE_OUT_DIR = E2E.siteDir
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const server = await preview({ root: path.join(root, 'site'), server: { port: E2E.port, host: '127.0.0.1' }, logLevel: 'warn' })
  const cms = await startCms()
  return async () => {
    await server.stop()
    cms()
  }
}

/** The CMS as `pnpm start` runs it (seed, first build, admin build, Next server), on its own database. */
async function startCms(): Promise<() => void> {
  const child = spawn('pnpm', ['--filter', '@genomics-hub/cms', 'start'], {
    cwd: root,
    detached: true, // its own process group, so the whole tree stops at the end
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(CMS.port),
      DATABASE_URI: `file:${CMS.database}`,
      HUB_MEDIA_DIR: CMS.media,
      HUB_SITE_BUILDS_DIR: CMS.builds,
      HUB_ADMIN_EMAIL: CMS.email,
      HUB_ADMIN_PASSWORD: CMS.password,
      HUB_REBUILD_DELAY_MS: '500',
      HUB_RUN_JOBS: 'false',
      // Password-reset emails go by SMTP to the sink a test listens with (plain: loopback only).
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(CMS.smtp.port),
      SMTP_SECURITY: 'none',
      SMTP_USER: CMS.smtp.user,
      SMTP_PASSWORD: String(process.env.HUB_E2E_SMTP_PASSWORD),
      SMTP_FROM_ADDRESS: CMS.smtp.fromAddress,
    },
  })
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited during start-up (code ${child.exitCode})`)
    try {
      if ((await fetch(`${CMS.url}/admin/login`)).ok) return stop
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  stop()
  throw new Error('The CMS did not start within 10 minutes')
}

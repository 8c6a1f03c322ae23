/**
 * Set up and run: bring the database up to date (seeding demo content into an empty one),
 * make sure someone can log in, build the public site, then start the CMS (admin, REST,
 * GraphQL and the live site) on http://localhost:3000.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { openPayload } from '../src/local-api'
import { markInterruptedBuilds, rebuildsSettled, requestRebuild } from '../src/publishing/rebuild'
import { seed } from '../src/seed'
import { ensureAdmin } from '../src/seed/admin'

const cmsDir = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT || '3000'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_TELEMETRY: 'false' }

/** When the admin's code (this app, the plugin, the shared code) last changed. */
function newestSourceMs(): number {
  const repo = path.resolve(cmsDir, '..')
  const roots = ['cms/src', 'content-models/src', 'shared/src', 'cms/next.config.mjs', 'cms/package.json'].map((p) => path.join(repo, p))
  let newest = 0
  for (const root of roots) {
    const entries = fs.statSync(root).isDirectory()
      ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
      : [root]
    for (const file of entries) newest = Math.max(newest, fs.statSync(file).mtimeMs)
  }
  return newest
}

const payload = await openPayload()

if ((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs === 0) {
  console.log('Empty database: adding the demo content...')
  await seed(payload, { log: (line) => console.log(`  ${line}`) })
}

// Someone must be able to log in: from the environment, or a first admin with a one-off password.
let credentials = ''
if (process.env.HUB_ADMIN_EMAIL && process.env.HUB_ADMIN_PASSWORD) {
  if (await ensureAdmin(payload, process.env.HUB_ADMIN_EMAIL, process.env.HUB_ADMIN_PASSWORD)) {
    credentials = `Log in as ${process.env.HUB_ADMIN_EMAIL} with the password from HUB_ADMIN_PASSWORD.`
  }
} else if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
  const email = 'admin@genomics-hub.local'
  const password = randomBytes(9).toString('base64url')
  await ensureAdmin(payload, email, password)
  credentials = `First admin created. Email: ${email}  Password: ${password}  (shown once: change it after logging in)`
}

const interrupted = await markInterruptedBuilds(payload)
if (interrupted) console.log(`${interrupted} build(s) cut off by the last stop are now recorded as failed.`)

console.log('Building the public site...')
requestRebuild(payload, 'start-up')
await rebuildsSettled()
const [build] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, overrideAccess: true })).docs
console.log(
  build?.status === 'succeeded'
    ? `Site built: ${build.pages} pages in ${Number(build.seconds).toFixed(1)} s`
    : `The site build failed (the CMS starts anyway; see Site builds in the admin):\n${String(build?.log ?? '').slice(-3000)}`,
)
await payload.destroy()

// The admin is a Next.js app: build it once, and again whenever its code has changed since.
const builtAt = fs.statSync(path.join(cmsDir, '.next', 'BUILD_ID'), { throwIfNoEntry: false })?.mtimeMs
if (!builtAt || newestSourceMs() > builtAt) {
  console.log(builtAt ? 'The code changed since the admin was built: building it again...' : 'Building the admin (first start only, about a minute)...')
  const built = spawnSync('pnpm', ['run', 'build:admin'], { cwd: cmsDir, env, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}

const server = spawn('pnpm', ['exec', 'next', 'start', '--port', port], { cwd: cmsDir, env, stdio: 'inherit' })
console.log(`\nGenomics Education Hub`)
console.log(`  Admin:  http://localhost:${port}/admin`)
console.log(`  Site:   http://localhost:${port}/`)
if (credentials) console.log(`  ${credentials}`)
else console.log('  Log in with your existing account.')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal)
    process.exit(0)
  })
}
server.on('exit', (code) => process.exit(code ?? 0))

/**
 * Add the demo content: `pnpm --filter @genomics-hub/cms seed [--refresh] [--today YYYY-MM-DD]`.
 * Safe to run again: nothing is created twice. --refresh puts seeded documents back to the
 * seed's content. With HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD set, also creates that admin
 * account unless it exists (no password is ever written in the code).
 */
import { parseArgs } from 'node:util'
import { openPayload } from '../src/local-api'
import { seed } from '../src/seed'

const { values } = parseArgs({ options: { refresh: { type: 'boolean', default: false }, today: { type: 'string' } } })
const { HUB_ADMIN_EMAIL: email, HUB_ADMIN_PASSWORD: password } = process.env

const started = performance.now()
const payload = await openPayload()
const opened = performance.now()
try {
  const result = await seed(payload, {
    today: values.today,
    refresh: values.refresh,
    admin: email && password ? { email, password } : undefined,
    log: (line) => console.log(line),
  })
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
  const seconds = (ms: number) => (ms / 1000).toFixed(1)
  console.log(
    `Seed done in ${seconds(performance.now() - opened)} s (plus ${seconds(opened - started)} s opening the database): ` +
      `${total(result.created)} created, ${total(result.updated)} updated, ${total(result.existing)} already there.`,
  )
  if (total(result.created) + total(result.updated) > 0) {
    console.log('Publishing hooks were skipped: rebuild the site once (pnpm build, or publish anything in the admin).')
  }
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
// Payload's database and job handles can keep the process alive after destroy().
process.exit(process.exitCode ?? 0)

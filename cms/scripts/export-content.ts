/**
 * Export published content for the static site: `pnpm --filter @genomics-hub/cms export [--out file]`.
 * Seeds an empty database first, so `pnpm build` works on a fresh clone.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from '../src/local-api'
import { writePublishedContent } from '../src/publishing/published-content'
import { seed } from '../src/seed'
import { hubSettings } from '../src/settings'

const { values } = parseArgs({
  options: { out: { type: 'string', default: path.resolve(import.meta.dirname, '../../site/.content/published.json') } },
})

const payload = await openPayload()
if ((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs === 0) {
  console.log('The database is empty: seeding demo content first.')
  await seed(payload)
}
const out = path.resolve(values.out!)
// The content file, and the media files it links to in a folder beside it.
const content = await writePublishedContent(payload, out, { timezone: hubSettings.timezone })
console.log(
  `Exported ${content.events.length} events, ${content.resources.length} resources, ${content.guidance.length} guidance pages to ${path.relative(process.cwd(), out)}`,
)
await payload.destroy()
process.exit(0)

/**
 * Import events from an existing calendar:
 *   pnpm --filter @genomics-hub/cms import:ics <file-or-url> [--publish]
 * Events are matched by UID, so running it again updates rather than duplicates.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readCalendarSource } from '../src/import/calendar-source'
import { IcsImportError } from '../src/import/parse-ics'
import { importIcs, summarise } from '../src/import/import-events'
import { openPayload } from '../src/local-api'
import { rebuildsSettled, requestRebuild } from '../src/publishing/rebuild'
import { hubSettings } from '../src/settings'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { publish: { type: 'boolean', default: false } } })
const target = positionals[0]
if (!target) {
  console.error('Usage: pnpm --filter @genomics-hub/cms import:ics <file-or-url> [--publish]')
  process.exit(2)
}

/** What the events remember as their source: the address, or the file's name. */
const source = /^(https?|webcals?):\/\//i.test(target) ? target : path.basename(target)

// Read (or download) the calendar before opening the database.
let text: string
try {
  // pnpm runs scripts in the package folder: relative paths are read from where the user is.
  text = await readCalendarSource(target, { cwd: process.env.INIT_CWD ?? process.cwd() })
} catch (error) {
  console.error(error instanceof IcsImportError ? `Import refused: ${error.message}` : error)
  process.exit(1)
}

const payload = await openPayload()
try {
  const result = await importIcs(payload, text, { publish: values.publish, source })
  for (const event of result.events) {
    console.log(`${event.action.padEnd(9)} ${event.title} (${event.uid})${event.reason ? `: ${event.reason}` : ''}`)
  }
  console.log(`${summarise(result)}${values.publish ? ', published' : ' as drafts (use --publish to publish)'}.`)
  if (result.changesLiveSite && hubSettings.rebuildOnPublish) {
    console.log('Rebuilding the public site once for the whole import...')
    requestRebuild(payload, `import of ${target}`)
    await rebuildsSettled()
  }
} catch (error) {
  console.error(error instanceof IcsImportError ? `Import refused: ${error.message}` : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)

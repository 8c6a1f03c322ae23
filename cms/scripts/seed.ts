/** Add the demo content: `pnpm --filter @genomics-hub/cms seed`. Safe to run again. */
import { openPayload } from '../src/local-api'
import { seed } from '../src/seed'

const payload = await openPayload()
const { created, existing } = await seed(payload, { log: (line) => console.log(line) })
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
console.log(`Seed done: ${total(created)} documents created, ${total(existing)} already there.`)
await payload.destroy()
process.exit(0)

// Writes every iCal feed the site publishes (the whole calendar, one per category, one per
// event) into a built site, in one pass after Astro: as 5,000 Astro endpoints the event
// files took about a quarter of the Astro build, Astro's cost per route, not the feeds'.
// Every feed is checked (shared/feed-check) before it is written; any problem fails the
// build, so the site is not switched live and the last good one stays.
// Run by build.mjs: `tsx scripts/feeds.ts <out-dir>`.
import fs from 'node:fs'
import path from 'node:path'
import { checkFeed } from '@genomics-hub/shared/feed-check'
import { buildFeed, FeedValueError } from '@genomics-hub/shared/ical'
import { siteUrl } from '../site-url.mjs'
import { readExport } from '../src/content/published'
import { allFeeds } from '../src/lib/feeds'

const outDir = process.argv[2]
const content = readExport()
const feeds = allFeeds({
  events: content.events,
  categories: content.eventCategories,
  // The address Astro builds the pages for (not the Astro config itself: importing it costs
  // more than writing the feeds of a small hub).
  siteUrl,
  zone: content.timezone,
})
const problems: string[] = []
const folders = new Set<string>()
for (const feed of feeds) {
  let text: string
  try {
    text = buildFeed(feed.options)
  } catch (error) {
    if (!(error instanceof FeedValueError)) throw error
    console.error(`The feeds were not written: ${error.message}`)
    process.exit(1)
  }
  const found = checkFeed(text, feed.options.events.map((event) => event.uid))
  problems.push(...found.map((problem) => `${feed.path}: ${problem}`))
  const file = path.join(outDir, feed.path)
  const folder = path.dirname(file)
  if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true })
  folders.add(folder)
  fs.writeFileSync(file, text)
}
if (problems.length) {
  console.error(`The feeds failed their check, so this build is not used:\n${problems.slice(0, 20).join('\n')}`)
  if (problems.length > 20) console.error(`...and ${problems.length - 20} more.`)
  process.exit(1)
}

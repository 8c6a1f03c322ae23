// Writes every iCal feed the site publishes (the whole calendar, one per category, one per
// event) into a built site, in one pass after Astro: as 5,000 Astro endpoints the event
// files took about a quarter of the Astro build, Astro's cost per route, not the feeds'.
// Run by build.mjs: `tsx scripts/feeds.ts <out-dir>`.
import fs from 'node:fs'
import path from 'node:path'
import { buildFeed } from '@genomics-hub/shared/ical'
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
const folders = new Set<string>()
for (const feed of feeds) {
  const file = path.join(outDir, feed.path)
  const folder = path.dirname(file)
  if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true })
  folders.add(folder)
  fs.writeFileSync(file, buildFeed(feed.options))
}

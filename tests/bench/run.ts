/**
 * `pnpm bench [--quick] [--runs=N]`: a large hub into a fresh embedded database, then the
 * hub's read, build and feeds measured beside this stack's floors (a bare Astro build of as
 * many pages, ical-generator alone writing the same feeds), the busiest month page's size and
 * Lighthouse scores, in one run. Figures and ratios are printed, written to
 * tests/bench/results/latest[-quick].json and into docs/benchmarks.md. See that file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureBuilds } from './builds'
import { feedSeconds, measureFeeds } from './feeds'
import { PRESETS, generateHub } from './generate'
import { lighthouseScores } from './lighthouse'
import { median, round } from './measure'
import { busiestMonthPage } from './month-page'
import { commitOf, markdown, type Results, targetsOf, writeDocs } from './report'

const started = performance.now()
const quick = process.argv.includes('--quick')
const preset = quick ? 'quick' : 'full'
const size = PRESETS[preset]
const buildRuns = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
const feedRuns = 5
const root = path.resolve(import.meta.dirname, '..', '..')
const work = path.join(import.meta.dirname, 'work')
fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(work, { recursive: true })
process.env.DATABASE_URI = `file:${path.join(work, 'bench.db')}`
process.env.HUB_MEDIA_DIR = path.join(work, 'media')
process.env.HUB_RUN_JOBS = 'false'
process.env.HUB_REBUILD_ON_PUBLISH = 'false'
const siteUrl = 'https://hub.example.nhs.uk'
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl, TZ: 'UTC' }

console.log(`Benchmark (${preset}): ${size.events} events over ${size.years} years, ${size.resources} resources, ${size.guidance} guidance pages`)
const { openPayload } = await import('../../cms/src/local-api')
const { readPublishedContent } = await import('../../cms/src/publishing/published-content')
const payload = await openPayload()
const generation = performance.now()
await generateHub(payload, size)
const generateSeconds = (performance.now() - generation) / 1000

// 1. Reading the published content (one query per collection, relationships joined in memory).
const readStart = performance.now()
const content = await readPublishedContent(payload)
const readSeconds = (performance.now() - readStart) / 1000
const contentFile = path.join(work, 'published.json')
fs.writeFileSync(contentFile, JSON.stringify(content))
await payload.destroy()

// 2. Every feed against ical-generator alone writing the same bytes (before the builds, so
// that no build's leftovers are in this process's heap).
const feeds = measureFeeds(content, siteUrl, feedRuns)

// 3. The full static build and the bare Astro floor, alternated.
const builds = await measureBuilds(root, work, contentFile, env, buildRuns)
const siteDir = path.join(work, 'site')

// 4. The busiest month page, and Lighthouse on four kinds of page.
const month = busiestMonthPage(siteDir)
const event = content.events.find((e) => e.status === 'scheduled' && e.format === 'hybrid' && e.descriptionHtml) ?? content.events[0]
const lighthouse = await lighthouseScores(path.join(root, 'site'), siteDir, {
  home: '/',
  month: `/events/month/${month.month}/`,
  event: `/events/${event.slug}/`,
  library: '/library/',
})

const build = median(builds.buildRuns)
const floor = median(builds.astroFloorRuns)
const feed = feedSeconds(feeds)
const r3 = (list: number[]) => list.map((n) => round(n, 3))
const figures: Omit<Results, 'targets'> = {
  preset,
  ranAt: new Date().toISOString(),
  commit: commitOf(root),
  machine: `${os.cpus().length} x ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`,
  events: content.events.length,
  resources: content.resources.length,
  guidance: content.guidance.length,
  pages: builds.pages,
  runs: { build: buildRuns, feeds: feedRuns },
  generateSeconds: round(generateSeconds),
  readSeconds: round(readSeconds),
  buildSeconds: round(build),
  buildRuns: r3(builds.buildRuns),
  buildSteps: builds.buildSteps,
  astroFloorSeconds: round(floor),
  astroFloorRuns: r3(builds.astroFloorRuns),
  buildRatio: round(build / floor),
  feeds: feeds.feeds,
  feedSeconds: round(feed.hub, 3),
  feedRuns: r3(feeds.feedRuns),
  feedFloorSeconds: round(feed.floor, 3),
  feedFloorRuns: r3(feeds.feedFloorRuns),
  feedRatio: round(feed.hub / feed.floor),
  feedBytes: feeds.feedBytes,
  feedFloorBytes: feeds.feedFloorBytes,
  peakRssMb: builds.peakRssMb,
  astroFloorPeakRssMb: builds.astroFloorPeakRssMb,
  monthPage: month.month,
  monthPageEventLinks: month.eventLinks,
  monthPageHtmlBytes: month.htmlBytes,
  monthPageCssBytes: month.cssBytes,
  monthPageBytes: month.bytes,
  monthPageGzipBytes: month.gzipBytes,
  lighthouse,
  totalSeconds: round((performance.now() - started) / 1000, 1),
}
const results: Results = { ...figures, targets: targetsOf(figures) }

fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true })
fs.writeFileSync(path.join(import.meta.dirname, 'results', quick ? 'latest-quick.json' : 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
writeDocs(path.join(root, 'docs', 'benchmarks.md'), results)
console.log(`\n${markdown(results)}\n`)
for (const [target, ok] of Object.entries(results.targets)) console.log(`${ok ? 'met   ' : 'MISSED'}  ${target}`)
process.exit(0)

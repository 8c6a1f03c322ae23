/**
 * `pnpm bench [--quick]`: a large hub into a fresh embedded database, then the hub's read,
 * build and feeds measured beside this stack's floors (a bare Astro build of as many pages,
 * ical-generator alone on the same events), in one run. Figures and ratios are printed and
 * written to tests/bench/results/latest.json. See docs/benchmarks.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ical from 'ical-generator'
import { buildFeed } from '@genomics-hub/shared/ical'
import { PRESETS, generateHub } from './generate'
import { seconds, timed } from './measure'

const quick = process.argv.includes('--quick')
const size = PRESETS[quick ? 'quick' : 'full']
const root = path.resolve(import.meta.dirname, '..', '..')
const work = path.join(import.meta.dirname, 'work')
fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(work, { recursive: true })
process.env.DATABASE_URI = `file:${path.join(work, 'bench.db')}`
process.env.HUB_RUN_JOBS = 'false'
process.env.HUB_REBUILD_ON_PUBLISH = 'false'
const siteUrl = 'https://hub.example.nhs.uk'
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl, TZ: 'UTC' }

console.log(`Benchmark (${quick ? 'quick' : 'full'}): ${size.events} events over ${size.years} years, ${size.resources} resources, ${size.guidance} guidance pages`)
const { openPayload } = await import('../../cms/src/local-api')
const { readPublishedContent } = await import('../../cms/src/publishing/published-content')
const payload = await openPayload()
const generation = performance.now()
await generateHub(payload, size)
console.log(`Generated in ${((performance.now() - generation) / 1000).toFixed(1)} s`)

// 1. Reading the published content (one query per collection, relationships joined in memory).
const readStart = performance.now()
const content = await readPublishedContent(payload)
const readSeconds = (performance.now() - readStart) / 1000
const contentFile = path.join(work, 'published.json')
fs.writeFileSync(contentFile, JSON.stringify(content))
await payload.destroy()

// 2. The full static build (Astro + CSS purge + Pagefind) and its peak memory.
const siteDir = path.join(work, 'site')
const build = await timed('node', [path.join(root, 'site', 'scripts', 'build.mjs')], {
  cwd: path.join(root, 'site'),
  env: { ...env, HUB_CONTENT_FILE: contentFile, SITE_OUT_DIR: siteDir },
})
const htmlFiles = fs.readdirSync(siteDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'))
const pages = htmlFiles.length

// 3. The floor: a bare Astro build writing as many pages with trivial content.
const floorDir = path.join(root, 'site', '.bench-floor')
fs.rmSync(floorDir, { recursive: true, force: true })
fs.mkdirSync(path.join(floorDir, 'src', 'pages'), { recursive: true })
fs.writeFileSync(path.join(floorDir, 'astro.config.mjs'), "export default { output: 'static', devToolbar: { enabled: false } }\n")
fs.writeFileSync(
  path.join(floorDir, 'src', 'pages', '[...slug].astro'),
  `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'page-' + i } })) }\nconst { slug } = Astro.params\n---\n<html lang="en"><head><title>{slug}</title></head><body><h1>{slug}</h1></body></html>\n`,
)
const floor = await timed(path.join(root, 'site', 'node_modules', '.bin', 'astro'), ['build', '--silent', '--root', floorDir, '--outDir', path.join(work, 'floor')], {
  cwd: path.join(root, 'site'),
  env,
})
fs.rmSync(floorDir, { recursive: true, force: true })

// 4. Every feed (whole calendar, each category, each event) against ical-generator alone.
// Both run once on a copy first (JIT warm-up), then are timed on the real events: the copy
// keeps the build's per-event cache cold for the timed run.
const allFeeds = (events: typeof content.events) => {
  let bytes = buildFeed({ name: 'Training', events, siteUrl }).length
  for (const category of content.eventCategories) {
    bytes += buildFeed({ name: category.name, events: events.filter((e) => e.category?.slug === category.slug), siteUrl }).length
  }
  for (const event of events) bytes += buildFeed({ name: event.title, events: [event], siteUrl }).length
  return bytes
}
allFeeds(structuredClone(content.events))
const feeds = seconds(() => allFeeds(content.events))
const floorFeeds = () => {
  const calendar = (events: typeof content.events) => {
    const cal = ical({ name: 'Training' })
    for (const e of events) {
      cal.createEvent({
        id: e.uid,
        start: new Date(e.allDay ? e.startDate : e.start),
        end: new Date(e.allDay ? e.endDate : e.end),
        allDay: e.allDay,
        summary: e.title,
        stamp: new Date(e.updatedAt),
      })
    }
    return cal.toString().length
  }
  let bytes = calendar(content.events)
  for (const category of content.eventCategories) bytes += calendar(content.events.filter((e) => e.category?.slug === category.slug))
  for (const event of content.events) bytes += calendar([event])
  return bytes
}
floorFeeds()
const feedFloor = seconds(floorFeeds)

// 5. The size of a month page: its HTML and the CSS it links (no script is needed to read it).
const monthDir = path.join(siteDir, 'events', 'month')
const busiest = fs
  .readdirSync(monthDir)
  .map((m) => ({ m, size: fs.statSync(path.join(monthDir, m, 'index.html')).size }))
  .sort((a, b) => b.size - a.size)[0].m
const monthHtml = fs.readFileSync(path.join(monthDir, busiest, 'index.html'), 'utf8')
const css = [...monthHtml.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + fs.statSync(path.join(siteDir, m[1])).size, 0)

const round = (n: number, d = 2) => Number(n.toFixed(d))
const results = {
  preset: quick ? 'quick' : 'full',
  ranAt: new Date().toISOString(),
  machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  events: content.events.length,
  resources: content.resources.length,
  guidance: content.guidance.length,
  pages,
  readSeconds: round(readSeconds),
  buildSeconds: round(build.seconds),
  astroFloorSeconds: round(floor.seconds),
  buildRatio: round(build.seconds / floor.seconds),
  feedSeconds: round(feeds.seconds, 3),
  feedFloorSeconds: round(feedFloor.seconds, 3),
  feedRatio: round(feeds.seconds / feedFloor.seconds),
  feedBytes: feeds.value,
  peakRssMb: build.peakRssMb,
  astroFloorPeakRssMb: floor.peakRssMb,
  monthPage: busiest,
  monthPageBytes: Buffer.byteLength(monthHtml) + css,
}
fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true })
fs.writeFileSync(path.join(import.meta.dirname, 'results', quick ? 'latest-quick.json' : 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)

const targets: [string, boolean][] = [
  [`build ratio ${results.buildRatio} <= 1.5`, results.buildRatio <= 1.5],
  [`feed ratio ${results.feedRatio} <= 1.2`, results.feedRatio <= 1.2],
  [`all feeds ${results.feedSeconds} s < 1 s`, results.feedSeconds < 1],
  [`peak RSS ${results.peakRssMb} MB < 1536 MB`, results.peakRssMb < 1536],
  [`month page ${(results.monthPageBytes / 1024).toFixed(1)} KB < 60 KB`, results.monthPageBytes < 60 * 1024],
]
console.table(results)
for (const [label, ok] of targets) console.log(`${ok ? 'met   ' : 'MISSED'}  ${label}`)
process.exit(0)

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type { Scores } from './lighthouse'

export interface Results {
  preset: 'full' | 'quick'
  ranAt: string
  commit: string
  machine: string
  events: number
  resources: number
  guidance: number
  pages: number
  runs: { build: number; feeds: number }
  generateSeconds: number
  readSeconds: number
  buildSeconds: number
  buildRuns: number[]
  buildSteps: Record<string, number>
  astroFloorSeconds: number
  astroFloorRuns: number[]
  buildRatio: number
  feeds: number
  feedSeconds: number
  feedRuns: number[]
  feedFloorSeconds: number
  feedFloorRuns: number[]
  feedRatio: number
  feedBytes: number
  feedFloorBytes: number
  peakRssMb: number
  astroFloorPeakRssMb: number
  monthPage: string
  monthPageEventLinks: number
  monthPageHtmlBytes: number
  monthPageCssBytes: number
  monthPageBytes: number
  monthPageGzipBytes: number
  lighthouse: Record<'home' | 'month' | 'event' | 'library', Scores>
  totalSeconds: number
  targets: Record<string, boolean>
}

/** The commit measured, and whether files that change the figures differed from it. */
export function commitOf(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trimEnd()
  const head = git('rev-parse', '--short=10', 'HEAD')
  const changed = git('status', '--porcelain', '--', 'shared/src', 'site/src', 'site/scripts', 'site/astro.config.mjs', 'tests/bench', 'cms/src/publishing')
    .split('\n')
    .filter((line) => line && !line.includes('tests/bench/results/'))
  return changed.length ? `${head} + uncommitted changes (${changed.map((l) => l.slice(3)).join(', ')})` : head
}

export function targetsOf(r: Omit<Results, 'targets'>): Record<string, boolean> {
  return {
    'buildRatio <= 1.5': r.buildRatio <= 1.5,
    'feedRatio <= 1.2': r.feedRatio <= 1.2,
    'all feeds < 1 s': r.feedSeconds < 1,
    'peak RSS < 1.5 GB': r.peakRssMb < 1536,
    'month page < 60 KB': r.monthPageBytes < 60 * 1024,
    ...(r.preset === 'quick' ? { 'quick run < 120 s': r.totalSeconds < 120 } : {}),
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const s = (n: number) => `${n.toFixed(2)} s`
const runs = (list: number[]) => list.map((n) => n.toFixed(2)).join(', ')
const met = (r: Results, key: string) => (r.targets[key] ? 'met' : '**missed**')

/** The figures as a Markdown table, for docs/benchmarks.md. */
export function markdown(r: Results): string {
  const lh = Object.entries(r.lighthouse)
    .map(([page, sc]) => `| Lighthouse ${page} | ${sc.performance} / ${sc.accessibility} / ${sc['best-practices']} / ${sc.seo} | | performance / accessibility / best practices / SEO |`)
    .join('\n')
  return `Preset \`${r.preset}\`, run ${r.ranAt.slice(0, 16).replace('T', ' ')} UTC on ${r.machine}, commit ${r.commit}.
${r.events.toLocaleString('en-GB')} events, ${r.resources.toLocaleString('en-GB')} resources, ${r.guidance} guidance pages: ${r.pages.toLocaleString('en-GB')} pages.
Medians of ${r.runs.build} builds and ${r.runs.feeds} feed runs (each run in brackets).

| figure | value | target | |
|---|---|---|---|
| generate the hub (not measured against anything) | ${s(r.generateSeconds)} | | |
| read published content | ${s(r.readSeconds)} | | |
| full build (${Object.entries(r.buildSteps).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}) | ${s(r.buildSeconds)} (${runs(r.buildRuns)}) | | |
| bare Astro floor, ${r.pages.toLocaleString('en-GB')} trivial pages | ${s(r.astroFloorSeconds)} (${runs(r.astroFloorRuns)}) | | |
| \`buildRatio\` | **${r.buildRatio}** | <= 1.5 | ${met(r, 'buildRatio <= 1.5')} |
| all ${r.feeds.toLocaleString('en-GB')} feeds, ${kb(r.feedBytes)} | ${s(r.feedSeconds)} (${runs(r.feedRuns)}) | < 1 s | ${met(r, 'all feeds < 1 s')} |
| ical-generator floor, the same ${kb(r.feedFloorBytes)} | ${s(r.feedFloorSeconds)} (${runs(r.feedFloorRuns)}) | | |
| \`feedRatio\` | **${r.feedRatio}** | <= 1.2 | ${met(r, 'feedRatio <= 1.2')} |
| peak RSS of the build (floor) | ${r.peakRssMb} MB (${r.astroFloorPeakRssMb} MB) | < 1,536 MB | ${met(r, 'peak RSS < 1.5 GB')} |
| busiest month page, ${r.monthPage} (${r.monthPageEventLinks} event links): HTML ${kb(r.monthPageHtmlBytes)} + CSS ${kb(r.monthPageCssBytes)} | ${kb(r.monthPageBytes)} (${kb(r.monthPageGzipBytes)} gzipped) | < 60 KB | ${met(r, 'month page < 60 KB')} |
${lh}
| whole benchmark | ${s(r.totalSeconds)} | ${r.preset === 'quick' ? '< 120 s' : ''} | ${r.preset === 'quick' ? met(r, 'quick run < 120 s') : ''} |`
}

/** Replaces the figures between this preset's markers in the docs with the run's own. */
export function writeDocs(file: string, r: Results): void {
  const start = `<!-- bench:${r.preset}:start -->`
  const end = `<!-- bench:${r.preset}:end -->`
  const text = fs.readFileSync(file, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) {
    console.warn(`${file} has no ${start} ... ${end} markers: figures not written`)
    return
  }
  fs.writeFileSync(file, `${text.slice(0, from + start.length)}\n${markdown(r)}\n${text.slice(to)}`)
}

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** The home page built from the sample export: with the hub's overview, and from a hub that has none published. */
const siteDir = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(import.meta.dirname, 'fixtures')
const sample = JSON.parse(fs.readFileSync(path.join(fixtures, 'published.sample.json'), 'utf8'))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-home-page-'))

/** Builds the site from `content` and returns its home page. */
function buildHome(name: string, content: unknown): string {
  const dir = path.join(work, name)
  fs.mkdirSync(dir)
  fs.cpSync(path.join(fixtures, 'published.sample.media'), path.join(dir, 'published.sample.media'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'published.json'), JSON.stringify(content))
  const out = path.join(dir, 'out')
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: siteDir,
    env: { ...process.env, HUB_CONTENT_FILE: path.join(dir, 'published.json'), SITE_OUT_DIR: out, SITE_URL: 'https://hub.example', BUILD_DATE: '2026-11-25' },
    encoding: 'utf8',
  })
  if (built.status !== 0) throw new Error(`The build failed:\n${built.stderr}\n${built.stdout}`)
  return fs.readFileSync(path.join(out, 'index.html'), 'utf8')
}

/** The page's main content, whitespace between tags removed, so markup compares exactly. */
const mainOf = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1].replace(/>\s+</g, '><')

let withOverview: string
let withoutOverview: string
beforeAll(() => {
  // Editors' rich text reaches the page sanitised, whoever wrote the export.
  const unsafe = structuredClone(sample)
  unsafe.overview.whyGenomicsMatters.bodyHtml += '<script>alert("x")</script><p onclick="steal()">Click</p>'
  withOverview = mainOf(buildHome('with', unsafe))
  const { overview: _, ...rest } = sample
  withoutOverview = mainOf(buildHome('without', rest))
}, 240_000)
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('the home page', () => {
  it('shows the published overview: heading, introduction, why genomics matters and the pathway in order', () => {
    const { overview } = sample
    expect(withOverview).toContain(`<h1>${overview.heading}</h1><p class="nhsuk-lede-text">${overview.introduction}</p>`)
    expect(withOverview).toContain(`<h2>${overview.whyGenomicsMatters.heading}</h2><p>The NHS Genomic Medicine Service`)
    expect(withOverview).toContain('<li>Medicines: pharmacogenomic tests, such as DPYD')
    const steps = overview.pathway.steps.map((s: { title: string; text: string }) => `<li><strong>${s.title}.</strong> ${s.text}</li>`).join('')
    expect(withOverview).toContain(`<h2>${overview.pathway.heading}</h2><ol class="nhsuk-list nhsuk-list--number">${steps}</ol>`)
    expect(withOverview).toContain('<p><a href="/guidance/how-to-order-a-genomic-test/">How to order a genomic test</a></p>')
  })

  it('renders the overview’s rich text sanitised', () => {
    expect(withOverview).toContain('<p>Click</p>')
    expect(withOverview).not.toMatch(/alert|onclick|steal/)
  })

  it('keeps a sensible page when the hub has not published an overview', () => {
    expect(withoutOverview).toContain('<h1>Genomics education for healthcare professionals</h1><p class="nhsuk-lede-text">Education, guidance and training events')
    expect(withoutOverview).not.toContain('nhsuk-list--number')
    expect(withoutOverview).not.toContain(sample.overview.pathway.heading)
    expect(withoutOverview.match(/class="nhsuk-action-link"/g)).toHaveLength(3)
    expect(withoutOverview).toContain('<h2>Coming up</h2>')
  })
})

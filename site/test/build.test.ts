import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** The real site build (Astro, CSS purge, media, Pagefind) on the sample export and its media folder. */
const siteDir = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(import.meta.dirname, 'fixtures')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-site-build-'))
const out = path.join(work, 'out')
const sample = JSON.parse(fs.readFileSync(path.join(fixtures, 'published.sample.json'), 'utf8'))
const read = (...parts: string[]) => fs.readFileSync(path.join(out, ...parts), 'utf8')
/** The CSS files a built page links to, together. */
const cssOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(out, m[1]), 'utf8')).join('\n')

beforeAll(() => {
  fs.cpSync(path.join(fixtures, 'published.sample.media'), path.join(work, 'published.sample.media'), { recursive: true })
  fs.copyFileSync(path.join(fixtures, 'published.sample.json'), path.join(work, 'published.json'))
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: siteDir,
    env: { ...process.env, HUB_CONTENT_FILE: path.join(work, 'published.json'), SITE_OUT_DIR: out, SITE_URL: 'https://hub.example', BUILD_DATE: '2026-11-25' },
    encoding: 'utf8',
  })
  if (built.status !== 0) throw new Error(`The build failed:\n${built.stderr}\n${built.stdout}`)
}, 240_000)
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('the built site', () => {
  it('serves the documents itself, and resource pages link to them there', () => {
    const withDocuments = sample.resources.filter((r: any) => r.document)
    expect(withDocuments.length).toBeGreaterThan(0)
    for (const resource of withDocuments) {
      const html = read('library', resource.slug, 'index.html')
      expect(html).toContain(`<a href="/media/${resource.document.filename}" download>`)
      expect(html).not.toMatch(/href="https?:\/\/[^"]*\/api\/media\//)
      expect(fs.readFileSync(path.join(out, 'media', resource.document.filename))).toEqual(
        fs.readFileSync(path.join(fixtures, 'published.sample.media', resource.document.filename)),
      )
    }
  })

  it('shows a quote block in guidance as NHS.UK inset text, with its styles', () => {
    const html = read('guidance', 'getting-results', 'index.html')
    expect(html).toContain(
      '<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>A report is only issued after the multidisciplinary team has reviewed the result.</p></div>',
    )
    expect(html).not.toContain('<blockquote')
    expect(cssOf(html)).toContain('.nhsuk-inset-text')
  })
})

// Drop the NHS.UK design-system rules a page does not use, so a page's HTML + CSS stays small
// on a phone connection.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PurgeCSS } from 'purgecss'

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src')

/** Every file under a folder whose name passes the test, in a stable order. */
const filesIn = (dir, test) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()

/** The stylesheet files (by name) a built page links. */
const linkedCss = (html) =>
  [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet\b/.test(tag))
    .map((tag) => path.basename(/\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1] ?? ''))

/**
 * Each CSS file is purged against the pages that link it, so a month page does not carry the
 * library's numbered pagination because both use the pagination component. The thousands of
 * event and resource pages and numbered listing pages are not read one by one (they took
 * longer than the rest of the step): each is its route's template filled with data and
 * editors' rich text, so for the CSS they link PurgeCSS reads the templates (every class a
 * page can carry, in every branch; class names must be written out whole there) and the rich
 * text in the content file instead.
 */
export async function purgeUnusedCss(outDir, content) {
  const cssDir = path.join(outDir, '_astro')
  if (!fs.existsSync(cssDir)) return
  // An event or resource page, or a listing's second or later page: a template filled with data.
  const perItem = (file) => {
    const [section, ...rest] = path.relative(outDir, file).split(path.sep)
    return ((section === 'events' || section === 'library') && rest.length === 2) || rest.at(-3) === 'page'
  }
  const pages = filesIn(outDir, (name) => name.endsWith('.html'))
  // The first such page in each folder stands for the rest there (same route, same CSS links).
  const representatives = new Map()
  for (const page of pages.filter(perItem)) {
    const folder = path.dirname(path.dirname(page))
    if (!representatives.has(folder)) representatives.set(folder, page)
  }
  const linking = new Map()
  for (const page of [...pages.filter((p) => !perItem(p)), ...representatives.values()]) {
    for (const css of linkedCss(fs.readFileSync(page, 'utf8'))) linking.set(css, [...(linking.get(css) ?? []), page])
  }
  // Templates and rich text, read once as the words PurgeCSS's extractor would find in them.
  const text = [
    ...filesIn(srcDir, (name) => /\.(astro|mdx|ts)$/.test(name)).map((file) => fs.readFileSync(file, 'utf8')),
    ...content.events.map((e) => e.descriptionHtml),
    ...content.resources.map((r) => r.bodyHtml ?? ''),
  ].join('\n')
  const forItemPages = { raw: [...new Set(text.match(/[A-Za-z0-9_-]+/g))].join(' '), extension: 'html' }

  for (const css of filesIn(cssDir, (name) => name.endsWith('.css'))) {
    const readers = linking.get(path.basename(css)) ?? []
    const forItems = readers.length === 0 || readers.some(perItem)
    const [result] = await new PurgeCSS().purge({
      content: forItems ? [...readers, forItemPages] : readers,
      css: [css],
      // Set by scripts in the browser, not in the built HTML; and NHS.UK inset text, which the
      // site's sanitiser makes of a quote in rich text (shared/src/html.ts).
      safelist: { standard: [/data-today/, 'nhsuk-inset-text'], attributes: ['data-today'] },
      keyframes: true,
      variables: true,
    })
    fs.writeFileSync(css, result.css)
  }
}

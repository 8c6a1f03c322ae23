import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { Parser } from 'htmlparser2'

/** The stylesheets a page links, read by an HTML parser (any attribute order or quoting). */
function stylesheets(html: string): string[] {
  const hrefs: string[] = []
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'link' && attrs.rel?.toLowerCase().split(/\s+/).includes('stylesheet') && attrs.href) hrefs.push(attrs.href)
    },
  })
  parser.end(html)
  return hrefs
}

export interface MonthPage {
  month: string
  /** Event links in the month's grid and list. */
  eventLinks: number
  htmlBytes: number
  cssBytes: number
  bytes: number
  /** The same HTML and CSS gzipped, as a server sends them. */
  gzipBytes: number
}

/**
 * The busiest month page by what a browser downloads to read it: its HTML plus the CSS it
 * links (no script is needed). A page linking no CSS, or CSS that is not in the build, is an
 * error rather than a page of 0 bytes of CSS.
 */
export function busiestMonthPage(siteDir: string): MonthPage {
  const monthDir = path.join(siteDir, 'events', 'month')
  const pages = fs.readdirSync(monthDir).map((month): MonthPage => {
    const html = fs.readFileSync(path.join(monthDir, month, 'index.html'))
    const css = stylesheets(html.toString('utf8')).map((href) => {
      const file = path.join(siteDir, new URL(href, `https://site/events/month/${month}/`).pathname)
      if (!fs.existsSync(file)) throw new Error(`${month}: links ${href}, which the build does not have`)
      return fs.readFileSync(file)
    })
    if (css.length === 0) throw new Error(`${month}: links no stylesheet (is the markup what the benchmark expects?)`)
    const cssBytes = css.reduce((sum, file) => sum + file.length, 0)
    return {
      month,
      eventLinks: (html.toString('utf8').match(/href="\/events\/(?!month\/|category\/)[^"]+\/"/g) ?? []).length,
      htmlBytes: html.length,
      cssBytes,
      bytes: html.length + cssBytes,
      gzipBytes: [html, ...css].reduce((sum, file) => sum + gzipSync(file).length, 0),
    }
  })
  return pages.sort((a, b) => b.bytes - a.bytes)[0]
}

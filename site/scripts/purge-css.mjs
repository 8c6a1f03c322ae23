// Drop the NHS.UK design-system rules no page uses (PurgeCSS over every built page), so a
// page's HTML + CSS stays small on a phone connection.
import fs from 'node:fs'
import path from 'node:path'
import { PurgeCSS } from 'purgecss'

export async function purgeUnusedCss(outDir) {
  const cssDir = path.join(outDir, '_astro')
  if (!fs.existsSync(cssDir)) return
  const css = fs.readdirSync(cssDir).filter((f) => f.endsWith('.css')).map((f) => path.join(cssDir, f))
  const results = await new PurgeCSS().purge({
    content: [`${outDir}/**/*.html`],
    css,
    // Set by scripts in the browser, not in the built HTML.
    safelist: { standard: [/data-today/], attributes: ['data-today'] },
    keyframes: true,
    variables: true,
  })
  for (const result of results) fs.writeFileSync(result.file, result.css)
}

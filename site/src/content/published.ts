import fs from 'node:fs'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { sanitizeRichHtml } from '@genomics-hub/shared/html'

let cached: PublishedContent | undefined

/**
 * The published-content file the CMS exported: the site's only input. Read once per build
 * and checked enough to fail with a clear message rather than a broken page.
 */
export function readPublished(): PublishedContent {
  if (cached) return cached
  const file = process.env.HUB_CONTENT_FILE
  if (!file || !fs.existsSync(file)) {
    throw new Error(`HUB_CONTENT_FILE must name the exported content file (got ${file ?? 'nothing'}). Build with \`pnpm build\`.`)
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as PublishedContent
  for (const key of ['topics', 'eventCategories', 'resources', 'guidance', 'events'] as const) {
    if (!Array.isArray(data[key])) throw new Error(`${file} is not a published-content export: "${key}" is missing.`)
  }
  // Editors' rich text is sanitised here, once per build, whoever wrote the file: pages
  // then render it as it is.
  for (const page of data.guidance) page.bodyHtml = sanitizeRichHtml(page.bodyHtml)
  for (const event of data.events) event.descriptionHtml = sanitizeRichHtml(event.descriptionHtml)
  for (const resource of data.resources) if (resource.bodyHtml) resource.bodyHtml = sanitizeRichHtml(resource.bodyHtml)
  cached = data
  return data
}

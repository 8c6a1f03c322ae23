import fs from 'node:fs'
import { IANAZone } from 'luxon'
import path from 'node:path'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { sanitizeRichHtml } from '@genomics-hub/shared/html'
import { publishedContentProblems } from './validate'

/** Where the export is read from when HUB_CONTENT_FILE is not set (relative to the site). */
export const DEFAULT_CONTENT_FILE = '.content/published.json'

let cached: PublishedContent | undefined

/** The content file this build reads: HUB_CONTENT_FILE, or site/.content/published.json. */
export function contentFilePath(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(process.cwd(), env.HUB_CONTENT_FILE || DEFAULT_CONTENT_FILE)
}

/**
 * The published-content file the CMS exported: the site's only input. Read once per build
 * and checked enough to fail with a clear message rather than a broken page.
 */
export function readPublished(): PublishedContent {
  if (cached) return cached
  const content = readExport()
  // Editors' rich text is sanitised here, once per build, whoever wrote the file: pages
  // then render it as it is.
  for (const page of content.guidance) page.bodyHtml = sanitizeRichHtml(page.bodyHtml)
  for (const event of content.events) event.descriptionHtml = sanitizeRichHtml(event.descriptionHtml)
  for (const resource of content.resources) if (resource.bodyHtml) resource.bodyHtml = sanitizeRichHtml(resource.bodyHtml)
  const why = content.overview?.whyGenomicsMatters
  if (why) why.bodyHtml = sanitizeRichHtml(why.bodyHtml)
  cached = content
  return content
}

/**
 * The export as written, checked but with its rich text not yet sanitised: for the feeds,
 * which keep only its plain text (scripts/feeds.ts), not for pages.
 */
export function readExport(): PublishedContent {
  const file = contentFilePath()
  if (!fs.existsSync(file)) {
    throw new Error(
      `No published content at ${file}. Run \`pnpm build\` at the repository root (it exports the content first), or set HUB_CONTENT_FILE to an export.`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const problems = publishedContentProblems(data)
  if (problems.length) {
    throw new Error(`${file} is not a usable published-content export:\n  - ${problems.join('\n  - ')}`)
  }
  return data as PublishedContent
}

let zone: string | undefined

/**
 * The hub's time zone as the export names it (calendar dates, times on pages, feeds). Read
 * apart from the collections so that pages need not load every document again for it.
 */
export function publishedTimezone(): string {
  if (zone) return zone
  const data = JSON.parse(fs.readFileSync(contentFilePath(), 'utf8')) as Partial<PublishedContent>
  if (typeof data.timezone !== 'string' || !IANAZone.isValidZone(data.timezone)) {
    throw new Error(`${contentFilePath()}: "timezone" is not a time zone name (such as Europe/London): ${JSON.stringify(data.timezone)}`)
  }
  return (zone = data.timezone)
}

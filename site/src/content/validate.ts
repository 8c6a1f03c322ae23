import { IANAZone } from 'luxon'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { MEDIA_TYPE_LABELS, mediaTypeOf, mediaTypeOfName } from '@genomics-hub/shared/media-types'
import {
  AUDIENCE_LABELS,
  CLINICAL_AREA_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_STATUS_LABELS,
  RESERVED_EVENT_SLUGS,
  RESOURCE_FORMAT_LABELS,
} from '@genomics-hub/shared/content'

/**
 * Checks that a parsed file has the shape of a published-content export, enough that the
 * build stops with a message naming the document and field rather than rendering a broken
 * page (or silently dropping a document whose slug repeats another). Returns the problems
 * found, at most `limit` of them; an empty list means the file is usable.
 */
export function publishedContentProblems(data: unknown, limit = 20): string[] {
  const problems: string[] = []
  const report = (message: string) => {
    if (problems.length < limit) problems.push(message)
  }
  if (!isObject(data)) return ['the file does not hold a JSON object']

  const lists = ['topics', 'eventCategories', 'resources', 'guidance', 'events'] as const
  for (const key of lists) if (!Array.isArray(data[key])) report(`"${key}" is missing or is not a list`)
  if (problems.length) return problems
  if (typeof data.timezone !== 'string' || !data.timezone) report('"timezone" is missing')
  else if (!IANAZone.isValidZone(data.timezone)) report(`"timezone" is not a time zone name (such as Europe/London): "${data.timezone}"`)

  const content = data as unknown as PublishedContent
  const where = (key: string, item: unknown, i: number) =>
    `${key}[${i}]${isObject(item) && typeof item.slug === 'string' ? ` ("${item.slug}")` : ''}`

  for (const key of lists) {
    const seen = new Set<string>()
    content[key].forEach((item: unknown, i: number) => {
      const at = where(key, item, i)
      if (!isObject(item)) return report(`${at} is not an object`)
      if (typeof item.slug !== 'string' || !SLUG.test(item.slug)) report(`${at}: "slug" must be lowercase words joined by hyphens`)
      else if (seen.has(item.slug)) report(`${at}: the slug "${item.slug}" is used twice (each page needs its own address)`)
      else seen.add(item.slug)
      const name = key === 'topics' || key === 'eventCategories' ? 'name' : 'title'
      if (!nonEmpty(item[name])) report(`${at}: "${name}" is missing`)
    })
  }

  content.events.forEach((event, i) => {
    if (!isObject(event)) return
    const at = where('events', event, i)
    if ((RESERVED_EVENT_SLUGS as readonly string[]).includes(event.slug)) report(`${at}: the slug "${event.slug}" is reserved`)
    oneOf(at, 'status', event.status, EVENT_STATUS_LABELS, report)
    oneOf(at, 'format', event.format, EVENT_FORMAT_LABELS, report)
    listOf(at, 'audience', event.audience, AUDIENCE_LABELS, report)
    if (!nonEmpty(event.uid)) report(`${at}: "uid" is missing (calendar feeds need it)`)
    if (typeof event.sequence !== 'number') report(`${at}: "sequence" must be a number`)
    if (typeof event.descriptionHtml !== 'string') report(`${at}: "descriptionHtml" must be a string`)
    if (event.allDay === true) {
      if (!isDate(event.startDate) || !isDate(event.endDate)) report(`${at}: an all-day event needs "startDate" and "endDate" as YYYY-MM-DD`)
      else if (event.endDate < event.startDate) report(`${at}: "endDate" is before "startDate"`)
    } else if (event.allDay === false) {
      const start = instant(event.start)
      const end = instant(event.end)
      if (start === undefined || end === undefined) report(`${at}: a timed event needs "start" and "end" as ISO 8601 instants`)
      else if (end < start) report(`${at}: "end" is before "start"`)
    } else {
      report(`${at}: "allDay" must be true or false`)
    }
  })

  content.resources.forEach((resource, i) => {
    if (!isObject(resource)) return
    const at = where('resources', resource, i)
    oneOf(at, 'format', resource.format, RESOURCE_FORMAT_LABELS, report)
    oneOf(at, 'clinicalArea', resource.clinicalArea, CLINICAL_AREA_LABELS, report)
    listOf(at, 'audience', resource.audience, AUDIENCE_LABELS, report)
    if (!Array.isArray(resource.topics) || !resource.topics.every((t) => isObject(t) && nonEmpty(t.slug) && nonEmpty(t.name))) {
      report(`${at}: "topics" must be a list of resolved topics (with slug and name)`)
    }
    if (typeof resource.summary !== 'string') report(`${at}: "summary" must be a string`)
    mediaProblems(`${at}.document`, resource.document, report)
    mediaProblems(`${at}.thumbnail`, resource.thumbnail, report)
  })

  content.guidance.forEach((page, i) => {
    if (!isObject(page)) return
    const at = where('guidance', page, i)
    if (typeof page.bodyHtml !== 'string') report(`${at}: "bodyHtml" must be a string`)
    if (!isDate(page.lastReviewed) || !isDate(page.nextReview)) report(`${at}: "lastReviewed" and "nextReview" must be YYYY-MM-DD`)
    if (!Array.isArray(page.furtherReading)) report(`${at}: "furtherReading" must be a list`)
    if (typeof page.navOrder !== 'number') report(`${at}: "navOrder" must be a number`)
  })

  if (data.overview !== undefined) overviewProblems(data.overview, new Set(content.guidance.map((g) => g?.slug)), report)

  return problems
}

/** The home page's overview: optional, but when present, complete enough to render. */
function overviewProblems(overview: unknown, guidanceSlugs: Set<string>, report: (m: string) => void) {
  if (!isObject(overview)) return report('"overview" is not an object')
  if (!nonEmpty(overview.heading)) report('overview: "heading" is missing')
  if (typeof overview.introduction !== 'string') report('overview: "introduction" must be a string')
  const why = overview.whyGenomicsMatters
  if (why !== undefined && (!isObject(why) || !nonEmpty(why.heading) || typeof why.bodyHtml !== 'string')) {
    report('overview: "whyGenomicsMatters" needs a "heading" and a "bodyHtml" string')
  }
  const pathway = overview.pathway
  if (pathway === undefined) return
  if (!isObject(pathway)) return report('overview: "pathway" is not an object')
  if (!nonEmpty(pathway.heading)) report('overview.pathway: "heading" is missing')
  if (!Array.isArray(pathway.steps) || pathway.steps.length === 0) report('overview.pathway: "steps" must be a list of at least one step')
  else {
    pathway.steps.forEach((step: unknown, i: number) => {
      if (!isObject(step) || !nonEmpty(step.title) || !nonEmpty(step.text)) report(`overview.pathway.steps[${i}]: a step needs a "title" and a "text"`)
    })
  }
  const link = pathway.guidance
  if (link === undefined) return
  if (!isObject(link) || typeof link.slug !== 'string' || !nonEmpty(link.title)) report('overview.pathway: "guidance" needs a "slug" and a "title"')
  else if (!guidanceSlugs.has(link.slug)) report(`overview.pathway: "guidance" links to "${link.slug}", which is not a guidance page in this export`)
}

/**
 * A file the site serves itself (/media/...) must be named as the image or PDF it is: static
 * hosts pick the type from the name, and a name a browser runs (.html, .svg, .js) would turn an
 * upload into a page on the site's origin.
 */
function mediaProblems(at: string, media: unknown, report: (m: string) => void) {
  if (media === undefined) return
  if (!isObject(media) || typeof media.url !== 'string') return report(`${at}: needs a "url"`)
  const own = (url: unknown) => typeof url === 'string' && url.startsWith('/media/')
  for (const url of [media.url, ...(Array.isArray(media.sizes) ? media.sizes.map((size: unknown) => (isObject(size) ? size.url : undefined)) : [])]) {
    if (own(url) && !mediaTypeOfName(url)) report(`${at}: "${url}" is not named as a ${MEDIA_TYPE_LABELS} file; export the content again`)
  }
  if (own(media.url) && mediaTypeOfName(media.url) && mediaTypeOfName(media.url) !== mediaTypeOf(media.mimeType)) {
    report(`${at}: "${media.url}" is named as a ${mediaTypeOfName(media.url)!.label} but its "mimeType" is "${media.mimeType}"`)
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim() !== ''

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

/** Milliseconds of an ISO 8601 instant that names its offset (Z or ±hh:mm), else undefined. */
function instant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function oneOf(at: string, field: string, value: unknown, allowed: Record<string, string>, report: (m: string) => void) {
  if (typeof value !== 'string' || !(value in allowed)) {
    report(`${at}: "${field}" is ${JSON.stringify(value)}, expected one of ${Object.keys(allowed).join(', ')}`)
  }
}

function listOf(at: string, field: string, value: unknown, allowed: Record<string, string>, report: (m: string) => void) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v in allowed)) {
    report(`${at}: "${field}" must be a list of ${Object.keys(allowed).join(', ')}`)
  }
}

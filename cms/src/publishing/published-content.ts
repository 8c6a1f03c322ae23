import fs from 'node:fs'
import path from 'node:path'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type {
  EventTiming,
  FurtherReading,
  GuidancePage,
  HubEvent,
  MediaFile,
  Overview,
  PublishedContent,
  Resource,
  Term,
} from '@genomics-hub/shared/content'
import { detectFileType } from '@genomics-hub/content-models'
import { sanitizeRichHtml } from '@genomics-hub/shared/html'
import { nameForType } from '@genomics-hub/shared/media-types'
import { LONDON } from '@genomics-hub/shared/time'
import type { Payload } from 'payload'

type Doc = Record<string, any>

/** Rich text from the editor, converted by Payload's own Lexical converter, then sanitised. */
function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return sanitizeRichHtml(convertLexicalToHTML({ data: value as never, disableContainer: true }))
}

const id = (value: unknown) => String(value)
const optional = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

function toTerm(doc: Doc | null | undefined): Term | undefined {
  if (!doc || typeof doc !== 'object') return undefined
  return { id: id(doc.id), name: doc.name, slug: doc.slug, description: optional(doc.description) }
}

function toMedia(doc: Doc | null | undefined, cmsUrl: string): MediaFile | undefined {
  if (!doc || typeof doc !== 'object' || !doc.url) return undefined
  const absolute = (url: string) => (url.startsWith('http') ? url : `${cmsUrl}${url}`)
  const sizes = Object.entries((doc.sizes ?? {}) as Record<string, Doc>)
    .filter(([, size]) => size?.url && size.width)
    .map(([name, size]) => ({ name, url: absolute(size.url), width: size.width, height: size.height }))
    .sort((a, b) => a.width - b.width)
  return {
    url: absolute(doc.url),
    alt: optional(doc.alt),
    filename: doc.filename,
    mimeType: doc.mimeType,
    filesize: doc.filesize,
    width: doc.width ?? undefined,
    height: doc.height ?? undefined,
    sizes: sizes.length ? sizes : undefined,
  }
}

function toTiming(doc: Doc): EventTiming {
  return doc.allDay
    ? { allDay: true, startDate: doc.startDate, endDate: doc.endDate ?? doc.startDate }
    : { allDay: false, start: new Date(doc.start).toISOString(), end: new Date(doc.end).toISOString() }
}

function toEvent(doc: Doc, categories: Map<string, Term>): HubEvent {
  const categoryId = doc.category && typeof doc.category === 'object' ? doc.category.id : doc.category
  return {
    ...toTiming(doc),
    id: id(doc.id),
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary ?? '',
    descriptionHtml: richTextToHtml(doc.description),
    format: doc.format,
    venue: optional(doc.venue),
    address: optional(doc.address),
    onlineNote: optional(doc.onlineNote),
    organiser: optional(doc.organiser),
    category: categoryId != null ? categories.get(id(categoryId)) : undefined,
    audience: doc.audience ?? [],
    bookingUrl: optional(doc.bookingUrl),
    status: doc.status ?? 'scheduled',
    uid: doc.uid,
    sequence: doc.sequence ?? 0,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

function toResource(doc: Doc, topics: Map<string, Term>, cmsUrl: string): Resource {
  const topicIds: unknown[] = doc.topics ?? []
  return {
    id: id(doc.id),
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary ?? '',
    format: doc.format,
    topics: topicIds
      .map((t) => topics.get(id(t && typeof t === 'object' ? (t as Doc).id : t)))
      .filter((t): t is Term => Boolean(t)),
    audience: doc.audience ?? [],
    clinicalArea: doc.clinicalArea,
    provider: optional(doc.provider),
    externalUrl: optional(doc.externalUrl),
    document: toMedia(doc.document, cmsUrl),
    thumbnail: toMedia(doc.thumbnail, cmsUrl),
    bodyHtml: richTextToHtml(doc.body) || undefined,
    featured: Boolean(doc.featured),
    reviewDate: optional(doc.reviewDate),
    updatedAt: doc.updatedAt,
  }
}

function toGuidance(doc: Doc): GuidancePage {
  return {
    id: id(doc.id),
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary ?? '',
    bodyHtml: richTextToHtml(doc.body),
    furtherReading: ((doc.furtherReading ?? []) as Doc[]).map(
      (link): FurtherReading => ({ label: link.label, url: link.url, publisher: optional(link.publisher) }),
    ),
    owner: doc.owner,
    lastReviewed: doc.lastReviewed,
    nextReview: doc.nextReview,
    navOrder: doc.navOrder ?? 0,
    updatedAt: doc.updatedAt,
  }
}

/** The published overview (home page), or undefined when the hub has not published one. */
function toOverview(doc: Doc | null | undefined): Overview | undefined {
  if (!doc || doc._status !== 'published' || !optional(doc.heading)) return undefined
  const why = (doc.whyGenomicsMatters ?? {}) as Doc
  const whyHtml = richTextToHtml(why.body)
  const steps = ((doc.pathway?.steps ?? []) as Doc[])
    .filter((step) => optional(step.title) && optional(step.text))
    .map((step) => ({ title: step.title.trim(), text: step.text.trim() }))
  // Populated only when the reader (anonymous) may see it, that is while it is published.
  const guidance = doc.pathway?.guidance as Doc | number | string | null | undefined
  return {
    heading: doc.heading.trim(),
    introduction: optional(doc.introduction) ?? '',
    whyGenomicsMatters: whyHtml ? { heading: optional(why.heading) ?? 'Why genomics matters', bodyHtml: whyHtml } : undefined,
    pathway: steps.length
      ? {
          heading: optional(doc.pathway?.heading) ?? 'The whole genome sequencing pathway',
          steps,
          guidance: guidance && typeof guidance === 'object' && guidance.slug ? { slug: guidance.slug, title: guidance.title } : undefined,
        }
      : undefined,
    updatedAt: doc.updatedAt,
  }
}

/**
 * Everything the public may see, read once as an anonymous reader (access rules, not this
 * code, keep drafts out) and resolved into the site's contract. One query per collection,
 * all pages, relationships joined in memory: no N+1 lookups, no ten-document default page.
 */
export async function readPublishedContent(
  payload: Payload,
  options: {
    cmsUrl?: string
    timezone?: string
    /** A draft shown in place of (or beside) the published documents, for previews only. */
    withDraft?: { collection: 'events' | 'guidance' | 'resources' | 'overview'; doc: Doc }
  } = {},
): Promise<PublishedContent> {
  const cmsUrl = options.cmsUrl ?? payload.config.serverURL ?? ''
  const all = async (collection: string, sort?: string) =>
    (
      await payload.find({
        collection: collection as never,
        overrideAccess: false,
        draft: false,
        pagination: false,
        depth: collection === 'resources' ? 1 : 0,
        sort,
      })
    ).docs as Doc[]

  const [topicDocs, categoryDocs, resourceDocs, guidanceDocs, eventDocs] = await Promise.all([
    all('topics', 'name'),
    all('event-categories', 'name'),
    all('resources', 'title'),
    all('guidance', 'navOrder'),
    all('events', 'createdAt'),
  ])
  // The overview global, when the plugin's is installed (a hub may turn it off).
  const overviewDoc = payload.globals.config.some((global) => global.slug === 'overview')
    ? ((await payload.findGlobal({ slug: 'overview' as never, overrideAccess: false, draft: false, depth: 1 })) as Doc)
    : undefined
  const topics = new Map(topicDocs.map((doc) => [id(doc.id), toTerm(doc)!]))
  const categories = new Map(categoryDocs.map((doc) => [id(doc.id), toTerm(doc)!]))
  const draft = options.withDraft
  const swap = (docs: Doc[], collection: string) =>
    draft?.collection === collection ? [...docs.filter((d) => id(d.id) !== id(draft.doc.id)), draft.doc] : docs

  return {
    exportedAt: new Date().toISOString(),
    timezone: options.timezone ?? LONDON,
    topics: [...topics.values()],
    eventCategories: [...categories.values()],
    resources: swap(resourceDocs, 'resources').map((doc) => toResource(doc, topics, cmsUrl)),
    guidance: swap(guidanceDocs, 'guidance').map(toGuidance),
    events: swap(eventDocs, 'events').map((doc) => toEvent(doc, categories)),
    overview: toOverview(draft?.collection === 'overview' ? draft.doc : overviewDoc),
  }
}

/** Where the export keeps its media files: a folder beside the content file, named after it. */
export const mediaDirFor = (contentFile: string) => `${path.basename(contentFile, '.json')}.media`

/**
 * Writes the export to `contentFile` with the media files its resources use (documents,
 * thumbnails and every size of them) copied into a folder beside it and linked site-relative
 * (/media/<file>). The site build copies that folder into the site, so downloads and images are
 * served by the site itself (same origin, so `download` works) and never need the CMS to be up.
 * Files on external storage (an absolute URL not served by this CMS) stay where they are.
 */
export async function writePublishedContent(
  payload: Payload,
  contentFile: string,
  options: Parameters<typeof readPublishedContent>[1] = {},
): Promise<PublishedContent> {
  return writeContentFile(payload, await readPublishedContent(payload, options), contentFile)
}

/** Writes content read by readPublishedContent, with its media, as writePublishedContent does. */
export async function writeContentFile(payload: Payload, content: PublishedContent, contentFile: string): Promise<PublishedContent> {
  const mediaDir = mediaDirFor(contentFile)
  const target = path.join(path.dirname(contentFile), mediaDir)
  fs.rmSync(target, { recursive: true, force: true })
  fs.mkdirSync(target, { recursive: true })
  const upload = payload.collections.media?.config.upload
  // Payload's local storage resolves a relative staticDir against the working directory.
  const staticDir = upload && !upload.disableLocalStorage ? path.resolve(upload.staticDir || 'media') : undefined

  /**
   * Copies a file this CMS serves into the export, named for what its bytes are (a file stored
   * before uploads were checked may be called report.html and be a PNG), and gives its
   * site-relative URL and type; other URLs (external storage) are left as they are.
   */
  const bundle = async (url: string, owner: string): Promise<{ url: string; mimeType?: string }> => {
    const served = /^(?:https?:\/\/[^/]+)?\/api\/media\/file\/([^/?#]+)/.exec(url)
    if (!served) return { url }
    const name = decodeURIComponent(served[1])
    const source = staticDir && path.join(staticDir, name)
    if (!source || path.basename(name) !== name || !fs.existsSync(source)) {
      throw new Error(`${owner} uses the media file "${name}", which is not in ${staticDir ?? 'local storage'}: upload it again or remove it.`)
    }
    const type = await detectFileType(source)
    if (!type) throw new Error(`${owner} uses the media file "${name}", which is not an image or PDF: upload the file again.`)
    const copy = nameForType(name, type)
    fs.copyFileSync(source, path.join(target, copy))
    return { url: `/media/${encodeURIComponent(copy)}`, mimeType: type.mimeType }
  }
  const bundleMedia = async (media: MediaFile | undefined, owner: string) => {
    if (!media) return
    const main = await bundle(media.url, owner)
    media.url = main.url
    if (main.mimeType) media.mimeType = main.mimeType
    for (const size of media.sizes ?? []) size.url = (await bundle(size.url, owner)).url
  }
  for (const resource of content.resources) {
    await bundleMedia(resource.document, `The resource "${resource.slug}"`)
    await bundleMedia(resource.thumbnail, `The resource "${resource.slug}"`)
  }

  content.mediaDir = mediaDir
  fs.mkdirSync(path.dirname(contentFile), { recursive: true })
  fs.writeFileSync(contentFile, JSON.stringify(content))
  return content
}

/** Deletes an export written by writePublishedContent: the content file and its media folder. */
export function removePublishedContent(contentFile: string): void {
  fs.rmSync(contentFile, { force: true })
  fs.rmSync(path.join(path.dirname(contentFile), mediaDirFor(contentFile)), { recursive: true, force: true })
}

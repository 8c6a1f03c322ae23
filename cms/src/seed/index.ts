import { slugify } from '@genomics-hub/shared/slug'
import { DateTime } from 'luxon'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { ensureAdmin } from './admin'
import { eventCategories } from './categories'
import { eventDescription, plannedEvents, VENUES, ZONE } from './events'
import { guidancePages } from './guidance'
import { ensureMedia } from './media'
import { OVERVIEW_GUIDANCE_SLUG, overview } from './overview'
import { richText } from '../rich-text'
import { resources } from './resources'
import { topics } from './topics'

export type Counts = Record<string, number>

export interface SeedOptions {
  /** The date the demo content is arranged around (YYYY-MM-DD); default today in London. */
  today?: string
  log?: (message: string) => void
  /**
   * Bring documents the seed made back to the seed's content (matched by slug). Off by
   * default: a second run leaves existing documents, and editors' changes, alone.
   */
  refresh?: boolean
  /** Also make this admin account unless a user with the email exists (see ensureAdmin). */
  admin?: { email: string; password: string }
}

export interface SeedResult {
  /** Documents created, by collection. */
  created: Counts
  /** Existing documents changed back to the seed's content (only with `refresh`). */
  updated: Counts
  /** Existing documents found by slug and left as they were. */
  existing: Counts
}

const COLLECTIONS = ['topics', 'event-categories', 'guidance', 'resources', 'events'] as const
/** Counted too, but matched by filename rather than slug (see media.ts). */
const MEDIA = 'media'
/** The home page global: one document, made once. */
const OVERVIEW = 'overview'
type Doc = Record<string, any>

/**
 * Demo content drawn from the hub's real pages: the overview (home page), taxonomy, four
 * guidance pages, the library (with an uploaded PDF factsheet and thumbnails) and 18 months of
 * training events around `today`. Idempotent: documents are matched by slug, media by
 * filename, and the overview is made only if it has never been saved, so running it twice
 * creates nothing twice. Everything is published except two deliberate drafts (an event in
 * the next fortnight and a resource). No rebuild per document
 * (`skipPublishHooks`): whoever seeds rebuilds once.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const today = options.today
    ? DateTime.fromISO(options.today, { zone: ZONE }).startOf('day')
    : DateTime.now().setZone(ZONE).startOf('day')
  if (!today.isValid || (options.today && !/^\d{4}-\d{2}-\d{2}$/.test(options.today))) {
    throw new Error(`seed: "today" must be a date written YYYY-MM-DD, not "${options.today}"`)
  }
  const zero = () => Object.fromEntries([...COLLECTIONS, MEDIA, OVERVIEW].map((c) => [c, 0])) as Counts
  const result: SeedResult = { created: zero(), updated: zero(), existing: zero() }

  // One transaction for the whole seed where the database has them (SQLite, a MongoDB
  // replica set): all or nothing, and one commit instead of one per document.
  const req = await createLocalReq({ context: { skipPublishHooks: true } }, payload)
  const ownTransaction = await initTransaction(req)
  try {
    await seedContent(payload, req, today, Boolean(options.refresh), result)
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }

  if (options.admin) {
    const made = await ensureAdmin(payload, options.admin.email, options.admin.password)
    Object.assign(result.created, { users: made ? 1 : 0 })
    Object.assign(result.updated, { users: 0 })
    Object.assign(result.existing, { users: made ? 0 : 1 })
  }

  for (const collection of Object.keys(result.created)) {
    const { created, updated, existing } = result
    options.log?.(`${collection}: ${created[collection]} created, ${updated[collection]} updated, ${existing[collection]} already there`)
  }
  return result
}

async function seedContent(payload: Payload, req: PayloadRequest, today: DateTime, refresh: boolean, result: SeedResult) {
  // Every document of each collection, once (pagination off: not just the first ten).
  const known = new Map<string, Map<string, Doc>>()
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection: collection as never, pagination: false, draft: true, depth: 0, overrideAccess: true, req })
    known.set(collection, new Map((docs as Doc[]).map((doc) => [doc.slug, doc])))
  }

  /** Creates the document unless one with its slug exists (then refreshes it if asked); returns its id. */
  async function upsert(collection: (typeof COLLECTIONS)[number], data: Doc): Promise<number | string> {
    const slug = (data.slug as string | undefined) ?? slugify(String(data.title ?? data.name))
    const draft = data._status === 'draft'
    const full = { ...data, slug }
    const doc = known.get(collection)!.get(slug)
    if (!doc) {
      const made = await payload.create({ collection: collection as never, data: full as never, draft, overrideAccess: true, req, depth: 0 })
      result.created[collection]++
      return made.id
    }
    if (refresh && !matches(full, doc)) {
      await payload.update({ collection: collection as never, id: doc.id, data: full as never, draft, overrideAccess: true, req, depth: 0 })
      result.updated[collection]++
    } else {
      result.existing[collection]++
    }
    return doc.id
  }

  const topicIds = new Map<string, number | string>()
  for (const topic of topics) topicIds.set(topic.name, await upsert('topics', { ...topic }))
  const categoryIds = new Map<string, number | string>()
  for (const category of eventCategories) categoryIds.set(category.name, await upsert('event-categories', { ...category }))

  const isoDate = (days: number) => today.plus({ days }).toFormat('yyyy-MM-dd')
  const guidanceIds = new Map<string, number | string>()
  for (const page of guidancePages({ ago: (d) => isoDate(-d), ahead: (d) => isoDate(d) })) {
    guidanceIds.set(page.slug, await upsert('guidance', { ...page, _status: 'published' }))
  }

  // The overview is a global: it exists once it has been saved (then it has a date).
  if (payload.globals.config.some((global) => global.slug === OVERVIEW)) {
    const data = { ...overview, pathway: { ...overview.pathway, guidance: guidanceIds.get(OVERVIEW_GUIDANCE_SLUG) ?? null }, _status: 'published' }
    const current = (await payload.findGlobal({ slug: OVERVIEW as never, draft: true, overrideAccess: true, depth: 0, req })) as Doc
    const exists = Boolean(current?.updatedAt)
    if (!exists || (refresh && !matches(data, current))) {
      await payload.updateGlobal({ slug: OVERVIEW as never, data: data as never, overrideAccess: true, depth: 0, req })
      result[exists ? 'updated' : 'created'][OVERVIEW]++
    } else {
      result.existing[OVERVIEW]++
    }
  }

  const media = await ensureMedia(payload, req, MEDIA)
  result.created[MEDIA] = media.created
  result.existing[MEDIA] = media.existing
  const mediaId = (filename: string | undefined) => {
    if (!filename) return null
    if (!media.ids.has(filename)) throw new Error(`seed: no media file "${filename}" in media.ts`)
    return media.ids.get(filename)!
  }

  for (const { topics: names, draft, reviewInDays, body, document, thumbnail, externalUrl, ...resource } of resources) {
    await upsert('resources', {
      ...resource,
      // A link or an uploaded document, never both (null clears the other on refresh).
      externalUrl: externalUrl ?? null,
      document: mediaId(document),
      thumbnail: mediaId(thumbnail),
      topics: names.map((name) => topicIds.get(name)),
      featured: Boolean(resource.featured),
      reviewDate: isoDate(reviewInDays),
      body: richText(...(body ?? [resource.summary])),
      _status: draft ? 'draft' : 'published',
    })
  }

  for (const { event, timing } of plannedEvents(today)) {
    const place = event.place && event.format !== 'online' ? VENUES[event.place] : undefined
    const scheduled = !event.status || event.status === 'scheduled'
    await upsert('events', {
      title: event.title,
      summary: event.summary,
      description: richText(...eventDescription(event)),
      // Timed and all-day fields are exclusive: clear the other kind (matters on refresh).
      ...(timing.allDay ? { start: null, end: null } : { startDate: null, endDate: null }),
      ...timing,
      format: event.format,
      venue: place?.venue ?? null,
      address: place?.address ?? null,
      onlineNote:
        event.format === 'online'
          ? 'A Microsoft Teams link is emailed to booked attendees the day before.'
          : event.format === 'hybrid'
            ? 'Join in person or online: a Microsoft Teams link is emailed to booked attendees the day before.'
            : null,
      organiser: event.organiser ?? 'GLH Genomics Education Team',
      category: categoryIds.get(event.category),
      audience: event.audience,
      bookingUrl: scheduled ? 'https://www.eventbrite.co.uk/o/genomics-education' : null,
      status: event.status ?? 'scheduled',
      _status: event.draft ? 'draft' : 'published',
    })
  }
}

/**
 * True when the stored document already has the seed's values. Only the seed's fields are
 * compared; Payload's additions (ids of array rows, timestamps) are ignored, and instants
 * compare as instants.
 */
function matches(want: unknown, have: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === ''
  if (empty(want)) return empty(have)
  if (Array.isArray(want)) {
    return Array.isArray(have) && have.length === want.length && want.every((item, i) => matches(item, have[i]))
  }
  if (typeof want === 'object') {
    if (!have || typeof have !== 'object') return false
    return Object.entries(want as Doc).every(([key, value]) => matches(value, (have as Doc)[key]))
  }
  // A relationship at depth 0 is an id; populated, an object with one.
  if (have && typeof have === 'object' && 'id' in have) return String((have as Doc).id) === String(want)
  if (typeof want === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(want) && typeof have === 'string') {
    return Date.parse(want) === Date.parse(have)
  }
  return want === have
}

import { slugify } from '@genomics-hub/shared/slug'
import { DateTime } from 'luxon'
import { richText } from '../../cms/src/rich-text'
import * as words from './vocabulary'

export interface HubSize {
  events: number
  resources: number
  guidance: number
  years: number
}

export const PRESETS: Record<'full' | 'quick', HubSize> = {
  full: { events: 5000, resources: 2000, guidance: 50, years: 5 },
  quick: { events: 500, resources: 200, guidance: 10, years: 2 },
}

const FORMATS = ['guide', 'e-learning', 'video', 'podcast', 'factsheet', 'report', 'tool', 'website']
const AUDIENCES = ['gps', 'nurses', 'midwives', 'hospital-doctors', 'genetic-counsellors', 'pharmacists', 'all-healthcare-professionals']
const AREAS = ['cancer', 'rare-disease', 'general']
/** The part of Payload's database adapter the generator writes through. */
interface Db {
  create(args: { collection: never; data: Record<string, unknown> }): Promise<{ id: number | string }>
}

/** Start time and length in minutes of a timed session, as training calendars have them. */
const SLOTS = [[570, 60], [570, 180], [570, 420], [600, 90], [720, 60], [750, 60], [780, 120], [840, 150], [1080, 90], [1110, 60]] as const

/**
 * A large hub written straight through the database adapter (the benchmark measures reading
 * and building, not editing), from a seeded random source so a preset is the same hub every
 * run: weekday sessions of different lengths, one in ten all-day (some over two or three
 * days), some two-day courses, in person / online / hybrid with venues, addresses and joining
 * notes, 1 in 25 cancelled and 1 in 40 postponed, most in one of six categories.
 */
export async function generateHub(payload: { db: Db }, size: HubSize): Promise<void> {
  const db = payload.db
  const r = words.random(size.events)
  const now = DateTime.now().setZone('Europe/London').startOf('day')
  const create = async (collection: string, data: Record<string, unknown>) => {
    const updatedAt = now.minus({ days: Math.floor(r.next() * 400) }).toUTC().toISO()
    return (await db.create({ collection: collection as never, data: { createdAt: updatedAt, updatedAt, ...data } })).id
  }
  const published = { _status: 'published' }

  const topicIds = []
  for (const name of words.TOPICS) topicIds.push(await create('topics', { name, slug: slugify(name) }))
  const categoryIds = []
  for (const [name, description] of words.CATEGORIES) categoryIds.push(await create('event-categories', { name, slug: slugify(name), description }))

  for (let i = 0; i < size.guidance; i++) {
    const body = [...words.description(r), '## Who to contact', ...words.description(r), ...words.description(r)]
    await create('guidance', {
      ...published, title: `${words.resourceTitle(r)} (${i + 1})`, slug: `guidance-${i + 1}`, summary: words.summary(r),
      body: richText(...body), owner: r.pick(words.ORGANISERS), lastReviewed: '2026-01-01', nextReview: '2027-01-01', navOrder: i,
      furtherReading: [{ id: (i + 1).toString(16).padStart(24, '0'), label: 'NHS England: genomics', url: 'https://www.england.nhs.uk/genomics/', publisher: 'NHS England' }],
    })
  }

  for (let i = 0; i < size.resources; i++) {
    const title = words.resourceTitle(r)
    await create('resources', {
      ...published, title, slug: `${slugify(title)}-${i + 1}`, summary: words.summary(r), format: r.pick(FORMATS),
      audience: r.some(AUDIENCES, 1, 3), clinicalArea: r.pick(AREAS), topics: r.some(topicIds, 1, 3),
      provider: r.pick(words.PROVIDERS), externalUrl: `https://example.org/resources/${i + 1}`, featured: i % 50 === 0,
      body: r.chance(0.3) ? richText(...words.description(r)) : undefined,
    })
  }

  const first = now.minus({ years: Math.floor(size.years / 2) })
  const spanDays = size.years * 365
  const slugs = new Set<string>()
  for (let i = 0; i < size.events; i++) {
    let day = first.plus({ days: Math.floor((i * spanDays) / size.events) })
    if (day.weekday > 5) day = day.plus({ days: 8 - day.weekday })
    const title = words.eventTitle(r)
    // The title and the London date, as the CMS makes them; a second session that day gets -2, -3...
    const base = `${slugify(title, 69)}-${day.toISODate()}`
    let slug = base
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`
    slugs.add(slug)
    const [minute, length] = r.pick(SLOTS)
    const start = day.plus({ minutes: minute })
    const kind = r.next()
    const timing =
      kind < 0.1
        ? { allDay: true, startDate: day.toISODate(), endDate: day.plus({ days: r.pick([0, 0, 0, 1, 2]) }).toISODate() }
        : {
            allDay: false,
            start: start.toUTC().toISO(),
            end: (kind < 0.13 ? day.plus({ days: 1, minutes: 990 }) : start.plus({ minutes: length })).toUTC().toISO(),
            start_tz: 'Europe/London',
            end_tz: 'Europe/London',
          }
    const format = r.pick(['in-person', 'in-person', 'online', 'online', 'hybrid'] as const)
    const [venue, address] = r.pick(words.VENUES)
    await create('events', {
      ...published, title, slug, summary: words.summary(r), description: richText(...words.description(r)), ...timing, format,
      venue: format === 'online' ? undefined : venue, address: format === 'online' || r.chance(0.2) ? undefined : address,
      onlineNote: format === 'in-person' ? undefined : r.pick(words.ONLINE_NOTES), organiser: r.pick(words.ORGANISERS),
      category: r.chance(0.92) ? r.pick(categoryIds) : undefined, audience: r.some(AUDIENCES, 1, 3),
      bookingUrl: r.chance(0.85) ? `https://example.org/book/${i + 1}` : undefined,
      status: i % 25 === 0 ? 'cancelled' : i % 40 === 0 ? 'postponed' : 'scheduled',
      uid: `bench-${i}@genomics-education-hub.nhs.uk`, sequence: Math.floor(r.next() * 3),
    })
  }
}

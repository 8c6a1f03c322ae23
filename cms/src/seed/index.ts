import { slugify } from '@genomics-hub/shared/slug'
import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { clockChangeEvents, events, VENUES } from './events'
import { guidancePages } from './guidance'
import { richText } from './lexical'
import { resources } from './resources'
import { eventCategories, topics } from './taxonomy'

const ZONE = 'Europe/London'
type Counts = Record<string, number>

export interface SeedOptions {
  /** The date the demo content is arranged around (YYYY-MM-DD); default today in London. */
  today?: string
  log?: (line: string) => void
}

/**
 * Demo content drawn from the hub's real pages. Idempotent: documents are found by slug and
 * left alone when present, so running it twice creates nothing twice. Seeding fires no
 * rebuild per document (`skipPublishHooks`); whoever seeds rebuilds once.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<{ created: Counts; existing: Counts }> {
  const today = options.today ? DateTime.fromISO(options.today, { zone: ZONE }) : DateTime.now().setZone(ZONE).startOf('day')
  const created: Counts = {}
  const existing: Counts = {}
  const context = { skipPublishHooks: true }

  /** Creates the document unless one with this slug exists; returns its id. */
  async function ensure(collection: string, data: Record<string, unknown>, draft = false): Promise<number | string> {
    const slug = (data.slug as string) ?? slugify(String(data.title ?? data.name))
    const found = await payload.find({
      collection: collection as never,
      where: { slug: { equals: slug } },
      limit: 1,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    if (found.docs[0]) {
      existing[collection] = (existing[collection] ?? 0) + 1
      return found.docs[0].id
    }
    const doc = await payload.create({
      collection: collection as never,
      data: { ...data, slug } as never,
      draft,
      overrideAccess: true,
      context,
      depth: 0,
    })
    created[collection] = (created[collection] ?? 0) + 1
    return doc.id
  }

  const topicIds = new Map<string, number | string>()
  for (const topic of topics) topicIds.set(topic.name, await ensure('topics', topic))
  const categoryIds = new Map<string, number | string>()
  for (const category of eventCategories) categoryIds.set(category.name, await ensure('event-categories', category))

  const isoDate = (days: number) => today.plus({ days }).toFormat('yyyy-MM-dd')
  for (const page of guidancePages({ ago: (d) => isoDate(-d), ahead: (d) => isoDate(d) })) {
    await ensure('guidance', { ...page, _status: 'published' })
  }

  for (const { topics: names, draft, ...resource } of resources) {
    await ensure(
      'resources',
      {
        ...resource,
        topics: names.map((name) => topicIds.get(name)),
        reviewDate: isoDate(365),
        body: richText(resource.summary),
        _status: draft ? 'draft' : 'published',
      },
      draft,
    )
  }

  for (const event of [...events, ...clockChangeEvents(today)]) {
    const { title, summary, format, category, audience, status, draft } = event
    const day =
      event.inDays !== undefined
        ? today.plus({ days: event.inDays })
        : today.startOf('month').plus({ months: event.month }).set({ day: event.day })
    const place = 'place' in event && event.place ? VENUES[event.place as keyof typeof VENUES] : undefined
    const timing =
      typeof event.time === 'object'
        ? {
            allDay: true,
            startDate: day.toFormat('yyyy-MM-dd'),
            endDate: day.plus({ days: event.time.allDayDays - 1 }).toFormat('yyyy-MM-dd'),
          }
        : londonTimes(day, event.time, event.lastDay)
    await ensure(
      'events',
      {
        title,
        summary,
        description: richText(summary, 'Places are limited: book early. Certificates of attendance are provided for CPD.'),
        ...timing,
        format,
        venue: place?.venue ?? event.venue,
        address: place?.address,
        onlineNote: format !== 'in-person' ? 'A Microsoft Teams link is emailed to booked attendees the day before.' : undefined,
        organiser: 'GLH Genomics Education Team',
        category: categoryIds.get(category),
        audience,
        bookingUrl: status === 'cancelled' ? undefined : 'https://www.eventbrite.co.uk/o/genomics-education',
        status: status ?? 'scheduled',
        _status: draft ? 'draft' : 'published',
      },
      draft,
    )
  }

  for (const [collection, count] of Object.entries(created)) options.log?.(`${collection}: ${count} created`)
  return { created, existing }
}

/** 'HH:mm-HH:mm' (optionally '+1' for the next day) on a London date, as UTC instants. */
function londonTimes(day: DateTime, range: string, lastDay?: number) {
  const [from, to] = range.split('-')
  const [endTime, plus] = to.split('+')
  const at = (date: DateTime, hhmm: string) => {
    const [hour, minute] = hhmm.split(':').map(Number)
    return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour, minute }, { zone: ZONE })
  }
  const endDay = lastDay ? day.set({ day: lastDay }) : day.plus({ days: Number(plus ?? 0) })
  return {
    allDay: false,
    start: at(day, from).toUTC().toISO(),
    end: at(endDay, endTime).toUTC().toISO(),
    start_tz: ZONE,
    end_tz: ZONE,
  }
}

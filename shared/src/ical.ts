import ical, { escape, foldLines, ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { HubEvent } from './content'
import { stripHtml } from './html'
import { LONDON, parseInstant, wallClockRoundTrips } from './time'
import { absoluteUrl, paths } from './urls'

/** ical-generator writes PRODID as '-' + this. */
export const PRODID = '//Genomics Education Hub//Training calendar//EN'

const vtimezones = new Map<string, string | null>()


/**
 * The VTIMEZONE block for a zone, from the maintained tz database in timezones-ical-library;
 * worked out once per zone per build, not once per feed.
 */
function vtimezone(zone: string): string {
  if (!vtimezones.has(zone)) {
    const block = tzlib_get_ical_block(zone)
    vtimezones.set(zone, Array.isArray(block) && block[0] ? block[0] : null)
  }
  const block = vtimezones.get(zone)
  // A TZID with no VTIMEZONE is what parsers silently guess at: refuse to write one.
  if (!block) throw new RangeError(`No VTIMEZONE is known for the time zone "${zone}".`)
  return block
}

/** Midnight at the start of a 'YYYY-MM-DD' date in the zone. */
function dateIn(date: string, zone: string): DateTime {
  const dt = DateTime.fromFormat(date, 'yyyy-MM-dd', { zone })
  if (!dt.isValid) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`)
  return dt
}

const STATUS: Record<HubEvent['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}
const PREFIX: Record<HubEvent['status'], string> = { scheduled: '', postponed: 'Postponed: ', cancelled: 'Cancelled: ' }

const utc = (iso: string) => parseInstant(iso)

function location(event: HubEvent): string | undefined {
  if (event.format === 'online') return 'Online'
  const place = [event.venue, event.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ')
  if (event.format === 'hybrid') return place ? `${place} (and online)` : 'Online'
  return place || undefined
}

function description(event: HubEvent, pageUrl: string): string {
  const parts = [event.summary, stripHtml(event.descriptionHtml)].filter(Boolean)
  if (event.status === 'cancelled') parts.unshift('This event has been cancelled.')
  if (event.status === 'postponed') parts.unshift('This event has been postponed; a new date will follow.')
  if (event.onlineNote) parts.push(event.onlineNote)
  if (event.bookingUrl && event.status === 'scheduled') parts.push(`Book: ${event.bookingUrl}`)
  parts.push(`Details: ${pageUrl}`)
  return parts.join('\n\n')
}

/** Start order (all-day events from London midnight), then UID: the same events always give the same file. */
function compareEvents(zone: string) {
  const startOf = (e: HubEvent) =>
    e.allDay ? dateIn(e.startDate, zone).toMillis() : parseInstant(e.start).toMillis()
  return (a: HubEvent, b: HubEvent) => startOf(a) - startOf(b) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0)
}

function timing(event: HubEvent, zone: string): Pick<ICalEventData, 'allDay' | 'start' | 'end' | 'timezone'> {
  if (event.allDay) {
    // DATE values with an exclusive end: the day after the last day.
    return {
      allDay: true,
      start: dateIn(event.startDate, zone),
      end: dateIn(event.endDate, zone).plus({ days: 1 }),
      timezone: zone,
    }
  }
  const start = utc(event.start)
  const end = utc(event.end)
  // RFC 5545 reads a repeated autumn wall-clock time as its first occurrence, so an event in
  // the second pass through that hour is written in UTC instead of being moved an hour.
  const zoned = wallClockRoundTrips(event.start, zone) && wallClockRoundTrips(event.end, zone)
  return {
    start: zoned ? start.setZone(zone) : start,
    // DTEND must be after DTSTART; a zero-length event simply has none.
    end: end > start ? (zoned ? end.setZone(zone) : end) : null,
    timezone: zoned ? zone : null,
  }
}

// An event appears in several feeds (the whole calendar, its category, its own .ics): its
// entry is worked out once per build and reused.
const entries = new WeakMap<HubEvent, { key: string; data: ICalEventData }>()

function eventData(event: HubEvent, siteUrl: string, zone: string): ICalEventData {
  const key = `${siteUrl}|${zone}|${event.updatedAt}|${event.sequence}`
  const cached = entries.get(event)
  if (cached?.key === key) return cached.data
  const pageUrl = absoluteUrl(siteUrl, paths.event(event.slug))
  const stamp = utc(event.updatedAt)
  const data: ICalEventData = {
    id: event.uid,
    sequence: event.sequence,
    ...timing(event, zone),
    stamp,
    lastModified: stamp,
    created: utc(event.createdAt),
    summary: `${PREFIX[event.status]}${event.title}`,
    description: description(event, pageUrl),
    location: location(event) ?? null,
    url: pageUrl,
    status: STATUS[event.status],
    categories: event.category ? [{ name: event.category.name }] : [],
  }
  entries.set(event, { key, data })
  return data
}

export interface FeedOptions {
  name: string
  description?: string
  events: HubEvent[]
  siteUrl: string
  timezone?: string
  /** How often subscribers should refresh, in hours (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshHours?: number
}

/**
 * An iCalendar feed (RFC 5545). Times are zoned to the hub's zone with its VTIMEZONE; all-day
 * events are DATE values with an exclusive end; UID, SEQUENCE and STATUS come from the CMS;
 * DTSTAMP and LAST-MODIFIED are the document's last update in UTC, so an unchanged event is
 * byte-identical build after build, whatever the build machine's zone or clock.
 */
export function buildFeed(options: FeedOptions): string {
  const zone = options.timezone ?? LONDON
  vtimezone(zone)
  const calendar = ical({
    // ical-generator writes these two unescaped; they are TEXT (RFC 7986), and a line break
    // in a category's name would otherwise start a new property. A name is one line.
    name: escape(options.name.replace(/\s+/g, ' ').trim(), false),
    description: options.description ? escape(options.description, false) : null,
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-level zone name (it would strip the Z from DTSTAMP): the generator alone
    // writes a VTIMEZONE for every zone the events use.
    timezone: { name: null, generator: vtimezone },
    ttl: (options.refreshHours ?? 12) * 3600,
    x: { 'X-WR-TIMEZONE': zone },
  })

  for (const event of [...options.events].sort(compareEvents(zone))) {
    calendar.createEvent(eventData(event, options.siteUrl, zone))
  }
  // RFC 5545 ends every line, the last one too, with CRLF.
  let text = calendar.toString()
  // RFC 7986's DESCRIPTION beside the X-WR-CALDESC ical-generator writes (Apple and
  // Outlook read the one, newer clients the other); the generator only takes X- names.
  if (options.description) {
    const line = foldLines(`DESCRIPTION:${escape(options.description, false)}`)
    text = text.replace('\r\nX-WR-CALDESC:', `\r\n${line}\r\nX-WR-CALDESC:`)
  }
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

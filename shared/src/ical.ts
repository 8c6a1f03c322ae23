import ical, { ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { HubEvent } from './content'
import { stripHtml } from './html'
import { LONDON } from './time'
import { absoluteUrl, paths } from './urls'

/** ical-generator writes PRODID as '-' + this. */
export const PRODID = '//Genomics Education Hub//Training calendar//EN'

const vtimezones = new Map<string, string | null>()

/**
 * The VTIMEZONE block for a zone, from the maintained tz database in timezones-ical-library;
 * worked out once per zone per build, not once per feed.
 */
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) {
    const block = tzlib_get_ical_block(zone)
    vtimezones.set(zone, Array.isArray(block) && block[0] ? block[0] : null)
  }
  return vtimezones.get(zone)!
}

const STATUS: Record<HubEvent['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}
const PREFIX: Record<HubEvent['status'], string> = { scheduled: '', postponed: 'Postponed: ', cancelled: 'Cancelled: ' }

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

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

/** Start order, then UID: the same events always give the same file. */
function sortKey(event: HubEvent): string {
  return `${event.allDay ? event.startDate : event.start}|${event.uid}`
}

// An event appears in several feeds (the whole calendar, its category, its own .ics): its
// entry is worked out once per build and reused.
const entries = new WeakMap<HubEvent, { key: string; data: ICalEventData }>()

function eventData(event: HubEvent, siteUrl: string, zone: string): ICalEventData {
  const key = `${siteUrl}|${zone}`
  const cached = entries.get(event)
  if (cached?.key === key) return cached.data
  const pageUrl = absoluteUrl(siteUrl, paths.event(event.slug))
  const stamp = utc(event.updatedAt)
  const data: ICalEventData = {
    id: event.uid,
    sequence: event.sequence,
    ...(event.allDay
      ? {
          allDay: true,
          start: DateTime.fromISO(event.startDate, { zone }),
          end: DateTime.fromISO(event.endDate, { zone }).plus({ days: 1 }),
          timezone: zone,
        }
      : { start: utc(event.start).setZone(zone), end: utc(event.end).setZone(zone), timezone: zone }),
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
  const calendar = ical({
    name: options.name,
    description: options.description ?? null,
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-level zone name (it would strip the Z from DTSTAMP): the generator alone
    // writes a VTIMEZONE for every zone the events use.
    timezone: { name: null, generator: vtimezone },
    ttl: (options.refreshHours ?? 12) * 3600,
    x: { 'X-WR-TIMEZONE': zone },
  })

  for (const event of [...options.events].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))) {
    calendar.createEvent(eventData(event, options.siteUrl, zone))
  }
  // RFC 5545 ends every line, the last one too, with CRLF.
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

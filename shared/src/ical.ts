import { TZDate } from '@date-fns/tz'
import ical, { escape, foldLines, type ICalCalendarData, ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { HubEvent } from './content'
import { stripHtml } from './html'
import { forbiddenCharacter, printable } from './ics-lines'
import { instantMillis, LONDON, wallClockRoundTrips } from './time'
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

/**
 * Midnight at the start of a 'YYYY-MM-DD' date (plus some days) in the zone. Dates and times
 * are @date-fns/tz TZDates, which ical-generator formats in their zone natively, whatever
 * the build machine's zone, at less cost than luxon DateTimes.
 */
function dateIn(date: string, zone: string, plusDays = 0): TZDate {
  const [y, m, d] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date)?.slice(1).map(Number) ?? []
  if (y === undefined || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`)
  return new TZDate(y, m - 1, d + plusDays, zone)
}

const STATUS: Record<HubEvent['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}
const PREFIX: Record<HubEvent['status'], string> = { scheduled: '', postponed: 'Postponed: ', cancelled: 'Cancelled: ' }

const utc = (iso: string) => new Date(instantMillis(iso))

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

function timing(event: HubEvent, zone: string): Pick<ICalEventData, 'allDay' | 'start' | 'end' | 'timezone'> {
  if (event.allDay) {
    // DATE values with an exclusive end: the day after the last day.
    return { allDay: true, start: dateIn(event.startDate, zone), end: dateIn(event.endDate, zone, 1), timezone: zone }
  }
  const start = instantMillis(event.start)
  const end = instantMillis(event.end)
  // RFC 5545 reads a repeated autumn wall-clock time as its first occurrence, so an event in
  // the second pass through that hour is written in UTC instead of being moved an hour.
  const zoned = wallClockRoundTrips(start, zone) && wallClockRoundTrips(end, zone)
  const at = (ms: number) => (zoned ? new TZDate(ms, zone) : new Date(ms))
  return {
    start: at(start),
    // DTEND must be after DTSTART; a zero-length event simply has none.
    end: end > start ? at(end) : null,
    timezone: zoned ? zone : null,
  }
}

interface Entry {
  key: string
  /** Start (all-day events from midnight in the zone), for ordering. */
  startMs: number
  data: ICalEventData
}

// An event appears in several feeds (the whole calendar, its category, its own .ics): its
// entry is worked out once per build and reused.
const entries = new WeakMap<HubEvent, Entry>()

function entry(event: HubEvent, siteUrl: string, zone: string): Entry {
  const key = `${siteUrl}|${zone}|${event.updatedAt}|${event.sequence}`
  const cached = entries.get(event)
  if (cached?.key === key) return cached
  const pageUrl = absoluteUrl(siteUrl, paths.event(event.slug))
  const stamp = utc(event.updatedAt)
  const when = timing(event, zone)
  const data: ICalEventData = {
    id: event.uid,
    sequence: event.sequence,
    ...when,
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
  checkValues(data, `Event "${printable(event.title)}" (${paths.event(event.slug)}, CMS id ${event.id})`)
  // UID is TEXT (RFC 5545 3.8.4.7): its backslashes, commas and semicolons are escaped, which
  // ical-generator does not do for it. Checked first: a UID is one line, escaped or not.
  data.id = escape(event.uid, false)
  const made = { key, startMs: +when.start!, data }
  entries.set(event, made)
  return made
}

/** A value that would break the feed's lines: the build stops, naming the event or feed. */
export class FeedValueError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedValueError'
  }
}

// What ical-generator escapes as TEXT, turning line breaks into \n. It writes every other
// string as it is given (UID, URL's address, X- values, TZID...), so in those a line break
// would end the property and the rest of the value would be read as lines of its own.
const TEXT_FIELDS = new Set(['summary', 'description', 'location', 'categories'])
const PROPERTY: Record<string, string> = { id: 'UID', timezone: 'TZID', prodId: 'PRODID', x: 'X- property' }
/** Where an editor finds what went into a property. */
const SOURCE: Record<string, string> = {
  SUMMARY: 'title',
  DESCRIPTION: 'summary, description, joining note or booking link',
  LOCATION: 'venue or address',
  CATEGORIES: "category's name",
  URL: 'page address (slug), or SITE_URL',
  NAME: 'title (or its category\'s name)',
  TZID: 'time zone setting (HUB_TIMEZONE)',
}

/**
 * Refuses any string in what goes to ical-generator that holds a character no iCalendar value
 * may hold as written, whatever its source: walks every field, so one added later is covered.
 */
function checkValues(data: object, owner: string, field?: string) {
  for (const [key, value] of Object.entries(data)) {
    const top = field ?? key
    if (typeof value === 'string') {
      const bad = forbiddenCharacter(value, { lineBreaks: TEXT_FIELDS.has(top) })
      if (bad) {
        const name = PROPERTY[top] ?? top.toUpperCase()
        // Nobody can edit a UID: it came from the calendar the event was imported from.
        const fix =
          name === 'UID' ? 'Delete the event and import it again from a corrected file.'
          : `Remove the character from the ${SOURCE[name] ?? name}.`
        throw new FeedValueError(`${owner} cannot be written to the feeds: its ${name} holds ${bad} ("${printable(value)}"). ${fix}`)
      }
    } else if (value && typeof value === 'object' && !(value instanceof Date)) checkValues(value, owner, top)
  }
}

/** Start order, then UID: the same events always give the same file. */
const byStart = (a: Entry, b: Entry) => a.startMs - b.startMs || (a.data.id! < b.data.id! ? -1 : a.data.id! > b.data.id! ? 1 : 0)

export interface FeedOptions {
  name: string
  description?: string
  events: HubEvent[]
  siteUrl: string
  timezone?: string
  /** How often subscribers should refresh, in hours (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshHours?: number
}

/** What a feed says, ready for ical-generator: the calendar's properties and its events in order. */
export interface FeedParts {
  calendar: ICalCalendarData
  events: ICalEventData[]
  /** RFC 7986 DESCRIPTION, which writeFeed adds beside X-WR-CALDESC. */
  description?: string
}

export function feedParts(options: FeedOptions): FeedParts {
  const zone = options.timezone ?? LONDON
  vtimezone(zone)
  const events = options.events.map((event) => entry(event, options.siteUrl, zone)).sort(byStart).map((e) => e.data)
  const calendar: ICalCalendarData = {
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
  }
  checkValues(calendar, `The feed "${printable(options.name)}"`)
  return { calendar, events, description: options.description }
}

/** The feed's text: ical-generator's, with RFC 7986's DESCRIPTION and a final CRLF. */
export function writeFeed(parts: FeedParts): string {
  const calendar = ical(parts.calendar)
  for (const event of parts.events) calendar.createEvent(event)
  let text = calendar.toString()
  // Apple and Outlook read the X-WR-CALDESC ical-generator writes, newer clients RFC 7986's
  // DESCRIPTION; the generator only takes X- names.
  if (parts.description) {
    const line = foldLines(`DESCRIPTION:${escape(parts.description, false)}`)
    text = text.replace('\r\nX-WR-CALDESC:', `\r\n${line}\r\nX-WR-CALDESC:`)
  }
  // RFC 5545 ends every line, the last one too, with CRLF.
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

/**
 * An iCalendar feed (RFC 5545). Times are zoned to the hub's zone with its VTIMEZONE; all-day
 * events are DATE values with an exclusive end; UID, SEQUENCE and STATUS come from the CMS;
 * DTSTAMP and LAST-MODIFIED are the document's last update in UTC, so an unchanged event is
 * byte-identical build after build, whatever the build machine's zone or clock.
 */
export const buildFeed = (options: FeedOptions): string => writeFeed(feedParts(options))

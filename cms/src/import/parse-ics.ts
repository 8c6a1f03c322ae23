import type { EventStatus, EventTiming } from '@genomics-hub/shared/content'
import { forbiddenCharacter, printable } from '@genomics-hub/shared/ics-lines'
import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import { type ImportWindow, type OccurrenceKey, exclusionsOf, expandSeries, inWindow, keyOf } from './expand-recurrence'
import { IcsImportError } from './ics-errors'
import {
  type SourceEvent,
  type WrittenTime,
  eventError,
  firstTime,
  modifiedOf,
  sequenceOf,
  shapeOf,
  statusOf,
  textOf,
  timingAt,
  titleOf,
  uidOf,
  UNTITLED,
} from './ics-event'
import { type EventLocation, scanIcs } from './ics-lines'
import { eventsProblem, sizeProblem } from './limits'
import { LONDON } from '@genomics-hub/shared/time'
import { londonDate } from './ics-time'

export { IcsImportError } from './ics-errors'

/** One event ready to import, times already resolved to instants (or London dates). */
export interface ParsedEvent {
  /** The event's UID; for an occurrence of a recurring event, `<UID>/<YYYYMMDD>` (see parseIcs). */
  uid: string
  title: string
  /** Plain text (HTML descriptions, as Google writes them, reduced to text). */
  description?: string
  location?: string
  url?: string
  timing: EventTiming
  status: EventStatus
  /** The SEQUENCE written in the file (0 when there is none). */
  sequence: number
  /** LAST-MODIFIED, else DTSTAMP, as an ISO instant: which of two copies is newer. */
  modified?: string
  /** For an occurrence of a recurring event: the series' own UID. */
  seriesUid?: string
  /** Where it came from, for messages: the BEGIN:VEVENT line. */
  source: { line?: number }
}

/** A whole calendar read: its events, the window series were expanded in, and its series. */
export interface ParsedCalendar {
  events: ParsedEvent[]
  window: ImportWindow
  /**
   * The recurring events whose rule (RRULE/RDATE) is in the file: for each, the file lists
   * every occurrence inside the window, so an occurrence it no longer lists is gone.
   */
  series: SeriesInfo[]
}

/** A recurring event's own UID, SEQUENCE and LAST-MODIFIED/DTSTAMP (those of its rule). */
export interface SeriesInfo {
  uid: string
  sequence: number
  modified?: string
}

export interface ParseIcsOptions {
  /** The moment the window is measured from (default: now). */
  now?: Date
  /** How far ahead recurring events are expanded, in months (default 24). */
  horizonMonths?: number
}

export const DEFAULT_HORIZON_MONTHS = 24
/** How far back recurring events are expanded: recent past occurrences stay on the site. */
export const PAST_MONTHS = 12

/**
 * Reads an .ics export (Outlook/Exchange, Google, Apple, WordPress The Events Calendar) with
 * ical.js, checking what ical.js lets through. Any problem rejects the whole file with an
 * IcsImportError that names the line.
 *
 * A recurring event becomes one event per occurrence inside the window (12 months back to
 * `horizonMonths` ahead of `now`), EXDATEs removed and RECURRENCE-ID overrides applied. Each
 * occurrence's UID is `<UID>/<YYYYMMDD>`, the London date it was originally due (its
 * RECURRENCE-ID), so a re-import updates it, even after the series moves to another time
 * of day. "/" keeps it apart from UIDs that themselves end in "-<digits>". A series with two
 * occurrences on one day uses `<UID>/<YYYYMMDDTHHMMSSZ>` (the original start in UTC).
 */
export function parseIcs(text: string, options: ParseIcsOptions = {}): ParsedEvent[] {
  return parseCalendar(text, options).events
}

/** parseIcs, also saying which window and which recurring series the events cover. */
export function parseCalendar(text: string, options: ParseIcsOptions = {}): ParsedCalendar {
  refuseIf(sizeProblem(Buffer.byteLength(text, 'utf8')))
  const source = text.replace(/^\uFEFF/, '') // Outlook sometimes starts with a byte-order mark
  const locations = scanIcs(source)
  // Counted from the lines, before ical.js reads the file into memory.
  refuseIf(eventsProblem(locations.length))
  const events = readEvents(source, locations)
  const window = windowFrom(options)
  const parsed: ParsedEvent[] = []
  const recurring: SeriesInfo[] = []
  for (const [uid, series] of groupByUid(events)) {
    try {
      parsed.push(...eventsOf(uid, series, window))
      refuseIf(eventsProblem(parsed.length, { from: window.startDate, to: window.endDate }))
      const master = series.masters.length ? series.masters.reduce(latest) : undefined
      if (master && isRecurring(master)) recurring.push({ uid, sequence: sequenceOf(master) ?? 0, modified: modifiedOf(master) })
    } catch (error) {
      if (error instanceof IcsImportError) throw error
      throw eventError(series.masters[0] ?? series.overrides[0], `could not be read: ${printable((error as Error).message, 300)}.`)
    }
  }
  checkUnique(parsed)
  return { events: parsed, window, series: recurring }
}

function refuseIf(problem: string | undefined) {
  if (problem) throw new IcsImportError(problem)
}

const isRecurring = (master: SourceEvent) => master.component.hasProperty('rrule') || master.component.hasProperty('rdate')

function readEvents(source: string, locations: EventLocation[]): SourceEvent[] {
  let jcal: unknown[]
  try {
    jcal = ICAL.parse(source) as unknown[]
  } catch (error) {
    throw new IcsImportError(`The calendar could not be read: ${printable((error as Error).message, 300)}`)
  }
  // One VCALENDAR parses to a component, several (concatenated exports) to a list of them.
  const calendars = (Array.isArray(jcal[0]) ? jcal : [jcal]).map((c) => new ICAL.Component(c as unknown[]))
  const components = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'))
  const aligned = components.length === locations.length
  return components.map((component, i) => ({ component, location: aligned ? locations[i] : undefined }))
}

function windowFrom({ now = new Date(), horizonMonths = DEFAULT_HORIZON_MONTHS }: ParseIcsOptions): ImportWindow {
  if (!(horizonMonths > 0)) throw new RangeError(`horizonMonths must be more than 0, not ${horizonMonths}`)
  const at = DateTime.fromJSDate(now, { zone: LONDON })
  const [start, end] = [at.minus({ months: PAST_MONTHS }), at.plus({ months: horizonMonths })]
  return { startMs: start.toMillis(), endMs: end.toMillis(), startDate: start.toISODate()!, endDate: end.toISODate()! }
}

interface Series {
  masters: SourceEvent[]
  overrides: SourceEvent[]
}

function groupByUid(events: SourceEvent[]): Map<string, Series> {
  const groups = new Map<string, Series>()
  for (const event of events) {
    const uid = uidOf(event)
    if (!uid) throw eventError(event, 'has no UID, so a later import could not update it.')
    checkOneLine(event)
    const group = groups.get(uid) ?? { masters: [], overrides: [] }
    groups.set(uid, group)
    ;(event.component.hasProperty('recurrence-id') ? group.overrides : group.masters).push(event)
  }
  return groups
}

/**
 * UID and URL are one line of text each, with no control characters. ical.js undoes the TEXT
 * escapes of a UID, so "UID:x\nEND:VEVENT\n..." reads as lines that, stored and written to
 * a feed, would add events of the sender's to every subscriber's calendar.
 */
function checkOneLine(event: SourceEvent) {
  for (const [name, value] of [['UID', uidOf(event)], ['URL', event.component.getFirstPropertyValue('url')]] as const) {
    const bad = typeof value === 'string' ? forbiddenCharacter(value) : undefined
    if (bad) throw eventError(event, `has a ${name} holding ${bad}, which a ${name} may not hold: correct it in the calendar it came from.`, name)
  }
}

/** Of several copies of one event, the one with the highest SEQUENCE (the last of equals). */
const latest = (a: SourceEvent, b: SourceEvent) => ((sequenceOf(b) ?? 0) >= (sequenceOf(a) ?? 0) ? b : a)

interface Instance {
  key: OccurrenceKey
  start: WrittenTime
  override?: SourceEvent
}

function eventsOf(uid: string, series: Series, window: ImportWindow): ParsedEvent[] {
  const master = series.masters.length ? series.masters.reduce(latest) : undefined
  const shape = master && shapeOf(master)
  const recurring = Boolean(master && isRecurring(master))
  const occurrences: Map<OccurrenceKey, WrittenTime> =
    !master || !shape ? new Map()
    : recurring ? expandSeries(master, shape, window)
    : new Map([[keyOf(master, shape.start, shape.start.time.isDate, 'dtstart'), shape.start]])

  const allDayOf = (start: WrittenTime) => shape?.start.time.isDate ?? start.time.isDate
  const isExcluded = master ? exclusionsOf(master, Boolean(shape?.start.time.isDate)) : () => false
  const overrides = new Map<OccurrenceKey, { event: SourceEvent; start: WrittenTime }>()
  for (const event of series.overrides) {
    const start = firstTime(event, 'recurrence-id')!
    const key = keyOf(event, start, allDayOf(start), 'recurrence-id')
    const seen = overrides.get(key)
    overrides.set(key, { event: seen ? latest(seen.event, event) : event, start })
  }

  const instances: Instance[] = [...occurrences].map(([key, start]) => ({ key, start, override: overrides.get(key)?.event }))
  // An override of an occurrence the rule does not make (or of a series not in the file) is
  // still an occurrence its calendar shows: keep it, within the window like the rest.
  for (const [key, { event, start }] of overrides) {
    const belongs = !master || recurring
    if (belongs && !occurrences.has(key) && inWindow(key, allDayOf(start), window) && !isExcluded(key, start)) {
      instances.push({ key, start, override: event })
    }
  }
  instances.sort((a, b) => sortMs(a) - sortMs(b))

  const occurrence = recurring || !master
  const uidFor = occurrence ? occurrenceUids(uid, instances) : () => uid
  return instances.map((instance) => {
    const primary = instance.override ?? master!
    const own = instance.override ? shapeOf(instance.override) : shape!
    const timing = timingAt(primary, own, instance.override ? own.start : instance.start)
    const parsed = toParsed(uidFor(instance), primary, instance.override && master, timing)
    return occurrence ? { ...parsed, seriesUid: uid } : parsed
  })
}

const isDateKey = (key: OccurrenceKey) => key.includes('-')
const sortMs = ({ key }: Instance) => (isDateKey(key) ? Date.parse(key) : Number(key))

/** `<UID>/<YYYYMMDD>` by London date, or by UTC date and time if a day has two occurrences. */
function occurrenceUids(uid: string, instances: Instance[]): (instance: Instance) => string {
  const day = ({ key }: Instance) => (isDateKey(key) ? key : londonDate(Number(key))).replace(/-/g, '')
  const days = instances.map(day)
  if (new Set(days).size === days.length) return (instance) => `${uid}/${day(instance)}`
  return (instance) =>
    isDateKey(instance.key)
      ? `${uid}/${day(instance)}`
      : `${uid}/${new Date(Number(instance.key)).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '')}`
}

/** The parsed event; an override falls back on its series for what it leaves out. */
function toParsed(uid: string, event: SourceEvent, series: SourceEvent | undefined, timing: EventTiming): ParsedEvent {
  const field = <T>(read: (e: SourceEvent) => T | undefined): T | undefined => read(event) ?? (series && read(series))
  const parsed: ParsedEvent = {
    uid,
    title: field(titleOf) ?? UNTITLED,
    timing,
    status: field(statusOf) ?? 'scheduled',
    sequence: field(sequenceOf) ?? 0,
    source: { line: event.location?.line },
  }
  const modified = field(modifiedOf)
  if (modified) parsed.modified = modified
  for (const name of ['description', 'location', 'url'] as const) {
    const value = field((e) => textOf(e, name))
    if (value) parsed[name] = value
  }
  return parsed
}

function checkUnique(events: ParsedEvent[]) {
  const seen = new Map<string, ParsedEvent>()
  for (const event of events) {
    const other = seen.get(event.uid)
    if (other) {
      const lines = [other.source.line, event.source.line].filter(Boolean).join(' and ')
      throw new IcsImportError(`Two events would both have the UID "${event.uid}"${lines ? ` (lines ${lines})` : ''}.`)
    }
    seen.set(event.uid, event)
  }
}

import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import { type EventShape, type SourceEvent, type WrittenTime, epochOf, eventError, timesOf } from './ics-event'
import { londonDate, luxonZoneFor, wallDate } from './ics-time'

/** When recurring events are expanded: timed ones by instant, all-day ones by London date. */
export interface ImportWindow {
  startMs: number
  endMs: number
  startDate: string
  endDate: string
}

/** Most occurrences one series may have inside the window: more is a rule gone wrong. */
export const MAX_OCCURRENCES = 500
/** Most steps through a rule (including those before the window) before giving up. */
const MAX_STEPS = 100_000

/**
 * Where an occurrence falls, for matching EXDATEs and overrides: the date of an all-day
 * occurrence, the instant of a timed one.
 */
export type OccurrenceKey = string

/** The key of an original start (an occurrence, or an override's RECURRENCE-ID). */
export function keyOf(event: SourceEvent, written: WrittenTime, allDaySeries: boolean, property: string): OccurrenceKey {
  return allDaySeries ? dateOf(written) : String(epochOf(event, written, property))
}

/**
 * The day a time names in an all-day series. Outlook writes all-day EXDATEs and UNTILs as
 * midnights: a zoned or floating midnight is its own date, a UTC one a London midnight.
 */
function dateOf({ time }: WrittenTime): string {
  if (time.isDate || time.zone !== ICAL.Timezone.utcTimezone) return wallDate(time)
  return londonDate(time.toUnixTime() * 1000)
}

/**
 * ical.js compares a UTC UNTIL with a DATE, or with a time in a zone it has no VTIMEZONE
 * for, as if those were UTC: Outlook's all-day UNTIL=20240728T230000Z (London midnight of
 * the 29th) then drops the 29th. Rewrite such UNTILs as DTSTART's own kind of time.
 */
function alignUntil(master: SourceEvent, start: WrittenTime) {
  const zone = luxonZoneFor(start.time, start.tzid)
  if (!start.time.isDate && !zone) return
  for (const property of master.component.getAllProperties('rrule')) {
    const recur = property.getFirstValue() as ICAL.Recur
    const until = recur.until
    if (!until || until.isDate || until.zone !== ICAL.Timezone.utcTimezone) continue
    const epoch = until.toUnixTime() * 1000
    if (start.time.isDate) {
      recur.until = ICAL.Time.fromDateString(londonDate(epoch))
    } else {
      const wall = DateTime.fromMillis(epoch, { zone })
      recur.until = ICAL.Time.fromData({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second })
    }
    property.setValue(recur)
  }
}

/** The time zone an occurrence from ical.js is in: its own if ical.js knows it, else the series'. */
function writtenOccurrence(time: ICAL.Time, series: WrittenTime): WrittenTime {
  if (time.zone === ICAL.Timezone.utcTimezone) return { time }
  const own = time.zone?.tzid
  return { time, tzid: own && own !== 'floating' ? own : series.tzid }
}

/** Whether an original start is inside the window. */
export function inWindow(key: OccurrenceKey, allDay: boolean, window: ImportWindow): boolean {
  if (!allDay) return Number(key) >= window.startMs && Number(key) < window.endMs
  return key >= window.startDate && key < window.endDate
}

/**
 * Whether EXDATE removes an original start. Applied here, by instant or by date, because
 * ical.js misses EXDATEs whose zone differs from DTSTART's or is unknown to it.
 */
export function exclusionsOf(master: SourceEvent, allDay: boolean): (key: OccurrenceKey, start: WrittenTime) => boolean {
  const excluded = new Set(timesOf(master, 'exdate').map((t) => (allDay || t.time.isDate ? dateOf(t) : keyOf(master, t, false, 'exdate'))))
  // A DATE in the EXDATE of a timed series removes whatever starts on that day.
  return (key, start) => excluded.has(key) || (!allDay && excluded.has(wallDate(start.time)))
}

/** The original starts of a recurring event inside the window, keyed, EXDATEs removed. */
export function expandSeries(master: SourceEvent, shape: EventShape, window: ImportWindow): Map<OccurrenceKey, WrittenTime> {
  const allDay = shape.start.time.isDate
  alignUntil(master, shape.start)
  const isExcluded = exclusionsOf(master, allDay)
  const occurrences = new Map<OccurrenceKey, WrittenTime>()
  const add = (start: WrittenTime) => {
    const key = keyOf(master, start, allDay, 'dtstart')
    if (inWindow(key, allDay, window) && !isExcluded(key, start)) occurrences.set(key, start)
  }
  // DTSTART is the first occurrence; with RDATEs but no RRULE ical.js leaves it out.
  if (!master.component.hasProperty('rrule')) add(shape.start)
  const iterator = new ICAL.Event(master.component, { strictExceptions: true, exceptions: [] }).iterator()
  for (let next = iterator.next(), steps = 1; next; next = iterator.next(), steps++) {
    if (steps > MAX_STEPS) throw eventError(master, 'repeats too often to expand (RRULE).', 'rrule')
    const start = writtenOccurrence(next, shape.start)
    const key = keyOf(master, start, allDay, 'dtstart')
    // ical.js gives occurrences in order: past the window's end, no more can be inside it.
    if (allDay ? key >= window.endDate : Number(key) >= window.endMs) break
    add(start)
    if (occurrences.size > MAX_OCCURRENCES) {
      const between = `between ${window.startDate} and ${window.endDate}`
      throw eventError(master, `repeats more than ${MAX_OCCURRENCES} times ${between}: import a shorter horizon.`, 'rrule')
    }
  }
  return occurrences
}

import { tzOffset } from '@date-fns/tz'
import { DateTime } from 'luxon'
import type { EventTiming } from './content'

/**
 * London-time calendar maths. Every function takes the zone explicitly (default
 * Europe/London) and never reads the host's zone, so a build in New York or on a UTC CI
 * runner gives the same pages.
 */
export const LONDON = 'Europe/London'

const ISO_DATE = 'yyyy-MM-dd'
const ISO_MONTH = 'yyyy-MM'
const LOCAL = "yyyy-MM-dd'T'HH:mm"

/** An instant as a UTC luxon DateTime. Bad input throws rather than printing "Invalid DateTime". */
export function parseInstant(instant: string | Date): DateTime {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: 'utc' })
      : DateTime.fromJSDate(instant, { zone: 'utc' })
  if (!dt.isValid) throw new RangeError(`Not a valid date and time: ${String(instant)}`)
  return dt
}

/** A 'YYYY-MM-DD' date as midnight UTC: date arithmetic with no zone to trip over. */
function day(date: string): DateTime {
  const dt = DateTime.fromFormat(date, ISO_DATE, { zone: 'utc' })
  if (!dt.isValid) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`)
  return dt
}

function firstOfMonth(month: string): DateTime {
  const dt = DateTime.fromFormat(month, ISO_MONTH, { zone: 'utc' })
  if (!dt.isValid) throw new RangeError(`Not a month (YYYY-MM): ${month}`)
  return dt
}

const inZone = (instant: string | Date, zone: string) => parseInstant(instant).setZone(zone).setLocale('en-GB')

/** The calendar date (YYYY-MM-DD) of an instant, in the zone. */
export function londonDateOf(instant: string | Date, zone = LONDON): string {
  return inZone(instant, zone).toFormat(ISO_DATE)
}

/** Every date from `first` to `last`, inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = []
  for (let d = day(first), end = day(last); d <= end; d = d.plus({ days: 1 })) dates.push(d.toFormat(ISO_DATE))
  return dates
}

/**
 * The London dates an event covers. A timed event ending exactly at midnight does not spill
 * onto the next day; a zero-length one covers its start date.
 */
export function eventDates(timing: EventTiming, zone = LONDON): string[] {
  if (timing.allDay) return datesBetween(timing.startDate, timing.endDate)
  const start = parseInstant(timing.start)
  const lastMoment = DateTime.max(start, parseInstant(timing.end).minus({ milliseconds: 1 }))
  return datesBetween(londonDateOf(start.toJSDate(), zone), londonDateOf(lastMoment.toJSDate(), zone))
}

/** First and last London date of an event. */
export function eventSpan(timing: EventTiming, zone = LONDON): { first: string; last: string } {
  const dates = eventDates(timing, zone)
  return { first: dates[0], last: dates[dates.length - 1] }
}

/** 'YYYY-MM' of a 'YYYY-MM-DD' date. */
export const monthOf = (date: string): string => day(date).toFormat(ISO_MONTH)

export function addMonths(month: string, n: number): string {
  return firstOfMonth(month).plus({ months: n }).toFormat(ISO_MONTH)
}

/** Every month from `from` to `to`, inclusive ('YYYY-MM'); empty if `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = firstOfMonth(from), end = firstOfMonth(to); m <= end; m = m.plus({ months: 1 })) {
    months.push(m.toFormat(ISO_MONTH))
  }
  return months
}

export interface GridDay {
  date: string
  inMonth: boolean
}

export interface MonthGrid {
  month: string
  /** e.g. "March 2026" */
  caption: string
  /** Monday-first weeks, padded with the previous and next month's days: 4, 5 or 6 rows. */
  weeks: GridDay[][]
}

export function monthGrid(month: string): MonthGrid {
  const first = firstOfMonth(month)
  const last = first.endOf('month').startOf('day')
  const gridStart = first.minus({ days: first.weekday - 1 })
  const gridEnd = last.plus({ days: 7 - last.weekday })
  const weeks: GridDay[][] = []
  for (let d = gridStart; d <= gridEnd; d = d.plus({ days: 1 })) {
    if (d.weekday === 1) weeks.push([])
    weeks[weeks.length - 1].push({ date: d.toFormat(ISO_DATE), inMonth: d.month === first.month })
  }
  return { month: first.toFormat(ISO_MONTH), caption: monthCaption(month), weeks }
}

/** "March 2026": a month's name, without working out its grid. */
export function monthCaption(month: string): string {
  return firstOfMonth(month).setLocale('en-GB').toFormat('LLLL yyyy')
}

/**
 * The months the calendar publishes: from the earliest event's month (or the build month)
 * through `monthsAhead` months after the build, or the last event's month if later.
 */
export function publishedMonths(eventMonths: string[], buildDate: string, monthsAhead = 12): string[] {
  const buildMonth = monthOf(buildDate)
  const sorted = [...eventMonths, buildMonth].sort()
  const ahead = addMonths(buildMonth, monthsAhead)
  const lastEvent = sorted[sorted.length - 1]
  return monthsBetween(sorted[0], lastEvent > ahead ? lastEvent : ahead)
}

/** Today's date in the zone. */
export function todayIn(zone = LONDON, now: Date = new Date()): string {
  return londonDateOf(now, zone)
}

export interface WallClock {
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:mm', 24-hour */
  time: string
  /** ISO 8601 with the zone's offset, for <time datetime> and schema.org. */
  iso: string
}

/** An instant as the zone's wall clock, for display. */
export function wallClock(instant: string | Date, zone = LONDON): WallClock {
  const dt = inZone(instant, zone)
  return { date: dt.toFormat(ISO_DATE), time: dt.toFormat('HH:mm'), iso: dt.toISO({ suppressMilliseconds: true })! }
}

/** "Tuesday 3 March 2026" */
export function formatDate(date: string): string {
  return day(date).setLocale('en-GB').toFormat('cccc d LLLL yyyy')
}

/**
 * When an event happens, in words, in the zone's wall-clock time:
 * "Tuesday 3 March 2026, 10:00 to 12:30", "2 to 4 March 2026 (all day)". An evening event
 * ending at midnight reads as one day ("20:00 to 00:00"), as it shows on the grid.
 */
export function formatEventWhen(timing: EventTiming, zone = LONDON): string {
  if (timing.allDay) {
    if (timing.startDate === timing.endDate) return `${formatDate(timing.startDate)} (all day)`
    const a = day(timing.startDate).setLocale('en-GB')
    const b = day(timing.endDate).setLocale('en-GB')
    const from =
      a.year !== b.year ? a.toFormat('d LLLL yyyy') : a.month !== b.month ? a.toFormat('d LLLL') : a.toFormat('d')
    return `${from} to ${b.toFormat('d LLLL yyyy')} (all day)`
  }
  const start = wallClock(timing.start, zone)
  const end = wallClock(timing.end, zone)
  const dates = eventDates(timing, zone)
  if (dates.length === 1) return `${formatDate(start.date)}, ${start.time} to ${end.time}`
  return `${formatDate(start.date)}, ${start.time} to ${formatDate(end.date)}, ${end.time}`
}

const DAY = 86_400_000

/** The zone's offset from UTC in minutes at an instant (@date-fns/tz: a third of luxon's cost). */
const offsetAt = (ms: number, zone: string) => tzOffset(zone, new Date(ms))

/**
 * The instant a wall-clock time (given as milliseconds as if it were UTC) names in the zone,
 * under RFC 5545 (as calendar apps read it): a time repeated when the clocks go back means
 * its first occurrence; a time skipped when they go forward uses the offset from before the gap.
 */
export function firstInstantOf(naive: number, zone: string, known?: { ms: number; offset: number }): number {
  const before = offsetAt(naive - DAY, zone)
  const after = offsetAt(naive + DAY, zone)
  let first = NaN
  for (const offset of before === after ? [before] : [before, after]) {
    const ms = naive - offset * 60_000
    const actual = ms === known?.ms ? known.offset : offsetAt(ms, zone)
    if (actual === offset && (Number.isNaN(first) || ms < first)) first = ms
  }
  return Number.isNaN(first) ? naive - before * 60_000 : first
}

/**
 * A wall-clock time ('YYYY-MM-DDTHH:mm') in the zone as an ISO instant in UTC, read as RFC
 * 5545 and calendar apps read it (see firstInstantOf).
 */
export function localDateTimeToInstant(local: string, zone = LONDON): string {
  const wall = DateTime.fromISO(local, { zone: 'utc' })
  if (!wall.isValid || !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(local)) {
    throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:mm): ${local}`)
  }
  return DateTime.fromMillis(firstInstantOf(wall.toMillis(), zone), { zone: 'utc' }).toISO()!
}

/** An instant as wall-clock time 'YYYY-MM-DDTHH:mm' in the zone. */
export function instantToLocal(instant: string | Date, zone = LONDON): string {
  return inZone(instant, zone).toFormat(LOCAL)
}

/**
 * An instant as epoch milliseconds. ISO 8601 with a Z or an offset (what the export writes)
 * is read natively, anything else by parseInstant, which throws on what it cannot read.
 */
export function instantMillis(instant: string | Date): number {
  if (instant instanceof Date || !/(?:Z|[+-]\d\d:?\d\d)$/i.test(instant)) return parseInstant(instant).toMillis()
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? parseInstant(instant).toMillis() : ms
}

/**
 * Whether an instant survives being written as zoned wall-clock time and read back under
 * RFC 5545's rule (false only for the second pass through the hour repeated in autumn).
 */
export function wallClockRoundTrips(instant: string | Date | number, zone = LONDON): boolean {
  const ms = typeof instant === 'number' ? instant : instantMillis(instant)
  const offset = offsetAt(ms, zone)
  return firstInstantOf(ms + offset * 60_000, zone, { ms, offset }) === ms
}

/** The instant with its zone offset, for schema.org and <time datetime>: 2026-03-03T10:00:00+00:00 */
export function instantWithOffset(instant: string, zone = LONDON): string {
  return wallClock(instant, zone).iso
}

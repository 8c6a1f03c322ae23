import { DateTime } from 'luxon'
import type { EventTiming } from './content'

/**
 * London-time calendar maths. Every function takes the zone explicitly (default
 * Europe/London) and never reads the host's zone, so a build in New York or on a UTC CI
 * runner gives the same pages.
 */
export const LONDON = 'Europe/London'

const ISO_DATE = 'yyyy-MM-dd'

/** The calendar date (YYYY-MM-DD) of an instant, in the zone. */
export function londonDateOf(instant: string | Date, zone = LONDON): string {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant)
  return dt.setZone(zone).toFormat(ISO_DATE)
}

const day = (date: string) => DateTime.fromISO(date, { zone: 'utc' })

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
  const start = Date.parse(timing.start)
  const end = Math.max(start, Date.parse(timing.end) - 1)
  return datesBetween(londonDateOf(new Date(start), zone), londonDateOf(new Date(end), zone))
}

/** First and last London date of an event. */
export function eventSpan(timing: EventTiming, zone = LONDON): { first: string; last: string } {
  const dates = eventDates(timing, zone)
  return { first: dates[0], last: dates[dates.length - 1] }
}

export const monthOf = (date: string): string => date.slice(0, 7)

export function addMonths(month: string, n: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' }).plus({ months: n }).toFormat('yyyy-MM')
}

/** Every month from `from` to `to`, inclusive ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m)
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
  /** Monday-first weeks, padded with the previous and next month's days. */
  weeks: GridDay[][]
}

export function monthGrid(month: string): MonthGrid {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'utc' })
  const last = first.endOf('month')
  const gridStart = first.minus({ days: first.weekday - 1 })
  const gridEnd = last.plus({ days: 7 - last.weekday })
  const weeks: GridDay[][] = []
  for (let d = gridStart; d <= gridEnd; d = d.plus({ days: 1 })) {
    if (d.weekday === 1) weeks.push([])
    weeks[weeks.length - 1].push({ date: d.toFormat(ISO_DATE), inMonth: d.month === first.month })
  }
  return { month, caption: first.setLocale('en-GB').toFormat('LLLL yyyy'), weeks }
}

/**
 * The months the calendar publishes: from the earliest event's month (or the build month)
 * through 12 months after the build, or the last event's month if later.
 */
export function publishedMonths(eventMonths: string[], buildDate: string, monthsAhead = 12): string[] {
  const buildMonth = monthOf(buildDate)
  const sorted = [...eventMonths].sort()
  const from = sorted[0] && sorted[0] < buildMonth ? sorted[0] : buildMonth
  const ahead = addMonths(buildMonth, monthsAhead)
  const lastEvent = sorted[sorted.length - 1]
  return monthsBetween(from, lastEvent && lastEvent > ahead ? lastEvent : ahead)
}

/** Today's date in the zone. */
export function todayIn(zone = LONDON, now: Date = new Date()): string {
  return londonDateOf(now, zone)
}

/** "Tuesday 3 March 2026" */
export function formatDate(date: string): string {
  return day(date).setLocale('en-GB').toFormat('cccc d LLLL yyyy')
}

const local = (instant: string, zone: string) => DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).setLocale('en-GB')

/**
 * When an event happens, in words, in the zone's wall-clock time:
 * "Tuesday 3 March 2026, 10:00 to 12:30", "2 to 4 March 2026 (all day)".
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
  const start = local(timing.start, zone)
  const end = local(timing.end, zone)
  if (start.toFormat(ISO_DATE) === end.toFormat(ISO_DATE)) {
    return `${start.toFormat('cccc d LLLL yyyy')}, ${start.toFormat('HH:mm')} to ${end.toFormat('HH:mm')}`
  }
  return `${start.toFormat('cccc d LLLL yyyy')}, ${start.toFormat('HH:mm')} to ${end.toFormat('cccc d LLLL yyyy')}, ${end.toFormat('HH:mm')}`
}

/** A London wall-clock time ('YYYY-MM-DDTHH:mm') as an ISO instant in UTC. */
export function localDateTimeToInstant(localTime: string, zone = LONDON): string {
  return DateTime.fromISO(localTime, { zone }).toUTC().toISO({ suppressMilliseconds: false })!
}

/** An instant as London wall-clock time 'YYYY-MM-DDTHH:mm'. */
export function instantToLocal(instant: string, zone = LONDON): string {
  return local(instant, zone).toFormat("yyyy-MM-dd'T'HH:mm")
}

/** The instant with its zone offset, for schema.org and <time datetime>: 2026-03-03T10:00:00+00:00 */
export function instantWithOffset(instant: string, zone = LONDON): string {
  return local(instant, zone).toISO({ suppressMilliseconds: true })!
}

import type { EventStatus, EventTiming } from '@genomics-hub/shared/content'
import { printable } from '@genomics-hub/shared/ics-lines'
import ICAL from 'ical.js'
import { IcsImportError, atLine } from './ics-errors'
import type { EventLocation } from './ics-lines'
import { addDays, epochAfterDuration, isoInstant, toEpoch, tzidOf, wallDate } from './ics-time'
import { plainText } from './plain-text'

/** A VEVENT and where it was in the file. */
export interface SourceEvent {
  component: ICAL.Component
  location?: EventLocation
}

/** A time as written: the ical.js value and the TZID it was given in. */
export interface WrittenTime {
  time: ICAL.Time
  tzid?: string
}

/** How long each occurrence lasts, taken from DTEND or DURATION. */
type Span =
  | { allDay: true; days: number }
  | { allDay: false; exactMs: number }
  | { allDay: false; duration: ICAL.Duration }

/** DTSTART and the span: enough to time the event itself or any occurrence of it. */
export interface EventShape {
  start: WrittenTime
  span: Span
}

export const UNTITLED = '(untitled event)'

export const textOf = (event: SourceEvent, name: string) => plainText(event.component.getFirstPropertyValue(name))
export const titleOf = (event: SourceEvent) => textOf(event, 'summary')

/** The UID as written (ical.js has already joined a UID folded over two lines). */
export function uidOf(event: SourceEvent): string | undefined {
  const uid = event.component.getFirstPropertyValue('uid')
  return typeof uid === 'string' && uid.trim() ? uid.trim() : undefined
}

/** "Event "Title" (UID x)": how messages name an event. */
export function describe(event: SourceEvent): string {
  const uid = uidOf(event)
  return `Event "${printable(titleOf(event) ?? UNTITLED, 300)}"${uid ? ` (UID ${printable(uid, 300)})` : ''}`
}

/** An IcsImportError placed at the event's property (or its BEGIN:VEVENT line). */
export function eventError(event: SourceEvent, message: string, property?: string): IcsImportError {
  const line = (property && event.location?.properties.get(property.toUpperCase())) || event.location?.line
  return new IcsImportError(atLine(line, `${describe(event)} ${message}`))
}

// ical.js quietly rolls "20261301T250000" over into 2027; check the written value first.
const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/

function isRealDate(raw: string): boolean {
  const m = DATE_OR_DATE_TIME.exec(raw)
  if (!m) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((part) => Number(part ?? 0))
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60
}

/** Every value of a date or date-time property, checked, with its TZID. */
export function timesOf(event: SourceEvent, name: string): WrittenTime[] {
  return event.component.getAllProperties(name).flatMap((property) => {
    const type = property.type
    if (type !== 'date' && type !== 'date-time') return [] // e.g. RDATE;VALUE=PERIOD
    const raw = (property.jCal as unknown[]).slice(3)
    const bad = raw.find((value) => typeof value !== 'string' || !isRealDate(value))
    if (bad !== undefined) {
      // ical.js has rewritten the value ("20261301" -> "2026-13-01"); undo that when it can be.
      const written = typeof bad === 'string' && DATE_OR_DATE_TIME.test(bad) ? ` "${bad.replace(/[-:]/g, '')}"` : ''
      throw eventError(event, `has a ${name.toUpperCase()}${written} that is not a real ${type}.`, name)
    }
    return property.getValues().map((time) => ({ time: time as ICAL.Time, tzid: tzidOf(property) }))
  })
}

export const firstTime = (event: SourceEvent, name: string): WrittenTime | undefined => timesOf(event, name)[0]

/** Reads DTSTART and DTEND/DURATION, refusing what cannot be an event. */
export function shapeOf(event: SourceEvent): EventShape {
  const start = firstTime(event, 'dtstart')
  if (!start) throw eventError(event, 'has no start (DTSTART).')
  const end = firstTime(event, 'dtend')
  const duration = event.component.getFirstPropertyValue('duration') as ICAL.Duration | null
  const allDay = start.time.isDate

  if (end && end.time.isDate !== allDay) {
    throw eventError(event, `has a DTSTART that is a ${allDay ? 'date' : 'date-time'} but a DTEND that is not.`, 'dtend')
  }
  if (allDay) {
    let days = 1
    if (end) days = Math.round((Date.parse(wallDate(end.time)) - Date.parse(wallDate(start.time))) / 86_400_000)
    else if (duration) {
      if (duration.hours || duration.minutes || duration.seconds) {
        throw eventError(event, 'is all-day but its DURATION is not a whole number of days.', 'duration')
      }
      days = (duration.isNegative ? -1 : 1) * (duration.weeks * 7 + duration.days)
    }
    if (days < 0) throw eventError(event, 'ends before it starts.', end ? 'dtend' : 'duration')
    // DTEND equal to DTSTART is not allowed for dates, but some software writes it: one day.
    return { start, span: { allDay: true, days: Math.max(days, 1) } }
  }
  if (duration && !end) return { start, span: { allDay: false, duration } }
  const exactMs = end ? epochOf(event, end, 'dtend') - epochOf(event, start, 'dtstart') : 0
  return { start, span: { allDay: false, exactMs } }
}

/** Epoch milliseconds of a written time, zone problems placed at the property. */
export function epochOf(event: SourceEvent, written: WrittenTime, property: string): number {
  try {
    return toEpoch(written.time, written.tzid)
  } catch (error) {
    throw eventError(event, `${(error as Error).message}.`, property)
  }
}

/** The timing of the occurrence starting at `start` (DTSTART itself for a one-off event). */
export function timingAt(event: SourceEvent, shape: EventShape, start: WrittenTime): EventTiming {
  const { span } = shape
  if (span.allDay) {
    const startDate = wallDate(start.time)
    return { allDay: true, startDate, endDate: addDays(startDate, span.days - 1) }
  }
  const startMs = epochOf(event, start, 'dtstart')
  const endMs = 'exactMs' in span ? startMs + span.exactMs : epochAfterDuration(start.time, start.tzid, span.duration)
  if (endMs < startMs) throw eventError(event, 'ends before it starts.', 'exactMs' in span ? 'dtend' : 'duration')
  return { allDay: false, start: isoInstant(startMs), end: isoInstant(endMs) }
}

// TENTATIVE and CONFIRMED both mean the event is planned: the hub has no "tentative".
export function statusOf(event: SourceEvent): EventStatus | undefined {
  const status = event.component.getFirstPropertyValue('status')
  if (typeof status !== 'string') return undefined
  return status.trim().toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled'
}

/**
 * When the source last changed this event: LAST-MODIFIED, else DTSTAMP (which Outlook and
 * WordPress set to the moment of the export), as an ISO instant. Floating values (WordPress
 * writes them) are read as UTC: they only ever meet values from the same calendar.
 */
export function modifiedOf(event: SourceEvent): string | undefined {
  for (const name of ['last-modified', 'dtstamp']) {
    const time = event.component.getFirstPropertyValue(name)
    if (time instanceof ICAL.Time && !Number.isNaN(time.toUnixTime())) return new Date(time.toUnixTime() * 1000).toISOString()
  }
  return undefined
}

export function sequenceOf(event: SourceEvent): number | undefined {
  const sequence = Number(event.component.getFirstPropertyValue('sequence'))
  return event.component.hasProperty('sequence') && Number.isInteger(sequence) && sequence >= 0 ? sequence : undefined
}

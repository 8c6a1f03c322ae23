import type { EventStatus, EventTiming } from '@genomics-hub/shared/content'
import ICAL from 'ical.js'
import { DateTime, IANAZone } from 'luxon'
import { WINDOWS_ZONES } from './windows-zones'

/** One event ready to import, times already resolved to instants (or London dates). */
export interface ParsedEvent {
  uid: string
  title: string
  description?: string
  location?: string
  url?: string
  timing: EventTiming
  status: EventStatus
  sequence: number
}

/** A file that cannot be imported: the message says what and where. Nothing is imported. */
export class IcsImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IcsImportError'
  }
}

const HUB_ZONE = 'Europe/London'
/** A runaway rule (no UNTIL or COUNT) is cut off here. */
const MAX_INSTANCES = 500
const OPEN_ENDED_MONTHS = 24

// NAME *(";" param) ":" value, where a param is NAME "=" value *("," value) (RFC 5545 3.1).
const PARAM_VALUE = '(?:"[^"]*"|[^";:,]*)'
const CONTENT_LINE = new RegExp(`^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=${PARAM_VALUE}(?:,${PARAM_VALUE})*)*:`)

/** Unfolds lines (CRLF or LF followed by a space or tab) and checks each is a property line. */
function checkLines(text: string) {
  const lines: { text: string; number: number }[] = []
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1].text += line.slice(1)
    else if (line.length) lines.push({ text: line, number: i + 1 })
  })
  for (const line of lines) {
    if (!CONTENT_LINE.test(line.text)) {
      throw new IcsImportError(`Line ${line.number}: "${line.text.slice(0, 80)}" is not a valid iCalendar property line.`)
    }
  }
  if (!lines.length || lines[0].text.toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new IcsImportError('This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.')
  }
  if (!lines.some((l) => /^VERSION:2\.0$/i.test(l.text))) {
    throw new IcsImportError('The file has no "VERSION:2.0" line, so it is not a complete iCalendar (.ics) file.')
  }
}

function ianaZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined
  const name = WINDOWS_ZONES[tzid] ?? tzid.replace(/^\/[^/]*\//, '') // "/mozilla.org/…/Europe/London"
  return IANAZone.isValidZone(name) ? name : undefined
}

/** Builds the converter from ICAL.Time to an instant, using the file's zones where needed. */
function instantOf(registered: Set<string>) {
  return (time: ICAL.Time, label: string): string => {
    const tzid = (time.timezone as string | undefined) ?? time.zone?.tzid
    if (tzid === 'Z' || tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone) {
      return new Date(time.toUnixTime() * 1000).toISOString()
    }
    const parts = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }
    // Floating times (no zone) are read as the hub's local time.
    const zone = tzid && tzid !== 'floating' ? ianaZone(tzid) : HUB_ZONE
    if (zone) return DateTime.fromObject(parts, { zone }).toUTC().toISO()!
    if (tzid && registered.has(tzid)) return new Date(time.toUnixTime() * 1000).toISOString()
    throw new IcsImportError(`Event "${label}" uses the time zone "${tzid}", which the file does not define.`)
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

function statusOf(value: unknown): EventStatus {
  return String(value ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled'
}

/**
 * Parses an .ics export (Outlook/Exchange, Google, Apple, WordPress The Events Calendar) with
 * ical.js. Recurring events become one event per occurrence (UID `<uid>/<date>`), overridden
 * instances and EXDATEs applied. Any problem rejects the whole file.
 */
export function parseIcs(source: string): ParsedEvent[] {
  checkLines(source)
  let root: ICAL.Component
  try {
    root = new ICAL.Component(ICAL.parse(source))
  } catch (error) {
    throw new IcsImportError(`The calendar could not be read: ${(error as Error).message}`)
  }

  const registered = new Set<string>()
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone)
    if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone.tzid, zone)
    registered.add(zone.tzid)
  }
  const toInstant = instantOf(registered)

  const vevents = root.getAllSubcomponents('vevent')
  const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'))
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'))
  const parsed: ParsedEvent[] = []

  for (const vevent of masters) {
    const uid = text(vevent.getFirstPropertyValue('uid'))
    const title = text(vevent.getFirstPropertyValue('summary')) ?? '(untitled event)'
    if (!uid) throw new IcsImportError(`Event "${title}" has no UID, so it could not be updated by a later import.`)
    if (!vevent.hasProperty('dtstart')) throw new IcsImportError(`Event "${title}" (UID ${uid}) has no start (DTSTART).`)
    const event = new ICAL.Event(vevent)
    for (const override of overrides.filter((o) => o.getFirstPropertyValue('uid') === uid)) {
      event.relateException(new ICAL.Event(override))
    }

    const occurrence = (start: ICAL.Time, end: ICAL.Time, item: ICAL.Event, id: string): ParsedEvent => {
      const label = item.summary || title
      let timing: EventTiming
      if (start.isDate) {
        const last = end.clone()
        last.adjust(-1, 0, 0, 0)
        const startDate = start.toString()
        timing = { allDay: true, startDate, endDate: last.compare(start) < 0 ? startDate : last.toString() }
      } else {
        timing = { allDay: false, start: toInstant(start, label), end: toInstant(end, label) }
        if (Date.parse(timing.end) < Date.parse(timing.start)) {
          throw new IcsImportError(`Event "${label}" (UID ${uid}) ends before it starts.`)
        }
      }
      return {
        uid: id,
        title: label,
        description: text(item.description),
        location: text(item.location),
        url: text(item.component.getFirstPropertyValue('url')),
        timing,
        status: statusOf(item.component.getFirstPropertyValue('status')),
        sequence: Number(item.sequence ?? 0) || 0,
      }
    }

    if (!event.isRecurring()) {
      parsed.push(occurrence(event.startDate, event.endDate, event, uid))
      continue
    }
    // Outlook writes EXDATEs of all-day series as midnights: match those by date.
    const excludedDays = new Set(
      event.startDate.isDate
        ? vevent.getAllProperties('exdate').flatMap((p) => p.getValues().map((t: ICAL.Time) => t.toString().slice(0, 10)))
        : [],
    )
    const iterator = event.iterator()
    const stop = ICAL.Time.fromJSDate(
      DateTime.max(DateTime.now(), DateTime.fromJSDate(event.startDate.toJSDate())).plus({ months: OPEN_ENDED_MONTHS }).toJSDate(),
      true,
    )
    for (let next = iterator.next(), count = 0; next && count < MAX_INSTANCES; next = iterator.next(), count++) {
      if (next.compare(stop) > 0) break
      if (excludedDays.has(next.toString().slice(0, 10))) continue
      const details = event.getOccurrenceDetails(next)
      const day = details.recurrenceId.toString().slice(0, 10).replace(/-/g, '')
      parsed.push(occurrence(details.startDate, details.endDate, details.item, `${uid}/${day}`))
    }
  }
  return parsed
}

import ICAL from 'ical.js'
import { DateTime, IANAZone } from 'luxon'
import { printable } from '@genomics-hub/shared/ics-lines'
import { LONDON, londonDateOf } from '@genomics-hub/shared/time'
import { WINDOWS_ZONES } from './windows-zones'

const DAY_MS = 86_400_000

/**
 * The IANA zone a TZID stands for: IANA names as they are, Windows names (Outlook, Exchange)
 * through the CLDR table, and Mozilla-style paths ("/mozilla.org/20070129_1/Europe/London")
 * by their tail. Undefined when it is none of these.
 */
export function ianaZoneName(tzid: string): string | undefined {
  const name = WINDOWS_ZONES[tzid.trim()] ?? tzid.trim()
  if (!name.startsWith('/')) return IANAZone.isValidZone(name) ? name : undefined
  const parts = name.split('/').filter(Boolean)
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('/')
    if (/^[A-Za-z]/.test(tail) && IANAZone.isValidZone(tail)) return tail
  }
  return undefined
}

/** The TZID parameter of the property a time came from (ical.js keeps only the zone). */
export function tzidOf(property: ICAL.Property | null): string | undefined {
  const tzid = property?.getParameter('tzid')
  return typeof tzid === 'string' && tzid ? tzid : undefined
}

/**
 * Epoch milliseconds of a wall-clock time in an IANA zone, as RFC 5545 3.3.5 reads it: a
 * time that happens twice (clocks going back) is the first one; a time that never happens
 * (clocks going forward) uses the offset from before the gap. Luxon picks the second of two.
 */
export function wallToEpoch(time: ICAL.Time, zoneName: string): number {
  const zone = IANAZone.create(zoneName)
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
  const before = zone.offset(wall - DAY_MS)
  const candidates = [...new Set([before, zone.offset(wall + DAY_MS)])]
    .map((offset) => wall - offset * 60_000)
    .filter((epoch) => wall - zone.offset(epoch) * 60_000 === epoch)
  return candidates.length ? Math.min(...candidates) : wall - before * 60_000
}

/**
 * Epoch milliseconds of an iCalendar time whose TZID is `tzid`. Known zone names go through
 * the tz database (full history, unlike the one or two rules a VTIMEZONE usually carries);
 * other names need the file's own VTIMEZONE, which ical.js attaches to the time. Floating
 * times (no zone) are the hub's local time. Throws a plain Error the caller places.
 */
export function toEpoch(time: ICAL.Time, tzid: string | undefined): number {
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000
  if (!tzid) return wallToEpoch(time, LONDON)
  const iana = ianaZoneName(tzid)
  if (iana) return wallToEpoch(time, iana)
  if (time.zone?.tzid === tzid) return time.toUnixTime() * 1000
  throw new Error(`uses the time zone "${printable(tzid)}", which is neither a known zone name nor defined by a VTIMEZONE in the file`)
}

/** The zone to do luxon arithmetic in, when ical.js does not know the time's zone itself. */
export function luxonZoneFor(time: ICAL.Time, tzid: string | undefined): string | undefined {
  const icalKnowsZone = time.zone === ICAL.Timezone.utcTimezone || (tzid && time.zone?.tzid === tzid)
  if (icalKnowsZone) return undefined
  return tzid ? ianaZoneName(tzid) : LONDON
}

export const isoInstant = (epoch: number) => new Date(epoch).toISOString()

/** YYYY-MM-DD in London of an instant. */
export const londonDate = (epoch: number) => londonDateOf(new Date(epoch))

/** YYYY-MM-DD of a DATE value, or of a date-time's own wall clock. */
export const wallDate = (time: ICAL.Time) =>
  `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`

/** A DATE (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!
}

/**
 * End of a timed event given by DURATION: days and weeks are nominal (same wall-clock time
 * so many days later), hours, minutes and seconds exact (RFC 5545 3.3.6).
 */
export function epochAfterDuration(start: ICAL.Time, tzid: string | undefined, duration: ICAL.Duration): number {
  const sign = duration.isNegative ? -1 : 1
  const later = start.clone()
  later.adjust(sign * (duration.weeks * 7 + duration.days), 0, 0, 0)
  const exact = (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000
  return toEpoch(later, tzid) + sign * exact
}

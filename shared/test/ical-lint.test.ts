import { describe, expect, it } from 'vitest'
import { lintIcs } from '../src/ical-lint'

const calendar = (...body: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...body, 'END:VCALENDAR', ''].join('\r\n')
const event = (...props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT']
const uid = 'UID:a@test'
const stamp = 'DTSTAMP:20260101T000000Z'
const good = [uid, stamp, 'DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z', 'SUMMARY:Fine']
/** A clean event with its times replaced. */
const timed = (...times: string[]) => calendar(...event(uid, stamp, ...times, 'SUMMARY:Fine'))
const london = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:STANDARD',
  'DTSTART:19701025T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'END:VTIMEZONE',
]

describe('lintIcs', () => {
  it('passes a clean calendar, including a zoned one with its VTIMEZONE', () => {
    expect(lintIcs(calendar(...event(...good)))).toEqual([])
    expect(
      lintIcs(calendar(...london, ...event(uid, stamp, 'DTSTART;TZID=Europe/London:20260329T003000', 'DTEND;TZID=Europe/London:20260329T033000'))),
    ).toEqual([])
  })

  it('finds a file that is not a calendar, and missing VERSION and PRODID', () => {
    expect(lintIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toEqual(['VERSION:2.0 is missing.', 'PRODID is missing.'])
    expect(lintIcs('hello\r\n')).toEqual([
      'The file does not start with BEGIN:VCALENDAR.',
      'VERSION:2.0 is missing.',
      'PRODID is missing.',
    ])
  })

  it('finds unbalanced BEGIN and END', () => {
    expect(lintIcs(calendar('BEGIN:VEVENT', ...good))).toContain('END:VCALENDAR does not match BEGIN:VEVENT.')
    expect(lintIcs(calendar(...event(...good)).replace('END:VCALENDAR\r\n', ''))).toEqual(['BEGIN:VCALENDAR is never ended.'])
  })

  it('finds LF and bare CR line endings and a missing final CRLF', () => {
    const lf = calendar(...event(...good)).replace(/\r\n/g, '\n')
    expect(lintIcs(lf)).toEqual(['11 line(s) end with a bare LF or CR instead of CRLF (first: line 1).'])
    const oneBare = calendar(...event(...good)).replace('SUMMARY:Fine\r\n', 'SUMMARY:Fine\r')
    expect(lintIcs(oneBare)).toEqual(['1 line(s) end with a bare LF or CR instead of CRLF (first: line 9).'])
    expect(lintIcs(calendar(...event(...good)).slice(0, -2))).toEqual(['The file does not end with CRLF.'])
  })

  it('finds unfolded long lines, counting octets not characters', () => {
    // 40 two-byte characters: 48 characters but 88 octets.
    const long = `SUMMARY:${'é'.repeat(40)}`
    expect(lintIcs(calendar(...event(...good.slice(0, 4), long)))).toEqual(['Line 9: 88 octets, longer than 75 (not folded).'])
    // The same text folded at 75 octets is fine.
    const folded = `SUMMARY:${'é'.repeat(33)}\r\n ${'é'.repeat(7)}`
    expect(lintIcs(calendar(...event(...good.slice(0, 4), folded)))).toEqual([])
  })

  it('finds a missing UID, DTSTAMP, DTSTART and duplicate UIDs', () => {
    const problems = lintIcs(calendar(...event(...good.slice(1)), ...event(...good), ...event(...good)))
    expect(problems).toEqual(['Event "Fine" has no UID.', 'UID a@test is used by more than one event.'])
    expect(lintIcs(calendar(...event(uid, ...good.slice(2))))).toEqual(['Event "a@test" has no DTSTAMP.'])
    expect(lintIcs(calendar(...event(uid, stamp)))).toEqual(['Event "a@test" has no DTSTART.'])
  })

  it('does not mistake a VALARM’s properties for its event’s', () => {
    const alarm = ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'DURATION:PT5M', 'REPEAT:2', 'END:VALARM']
    expect(lintIcs(calendar(...event(...good, ...alarm)))).toEqual([])
  })

  it('finds DTSTAMP, LAST-MODIFIED and CREATED not in UTC', () => {
    expect(lintIcs(calendar(...event(uid, 'DTSTAMP:20260101T000000', ...good.slice(2), 'LAST-MODIFIED:20260101T000000')))).toEqual([
      'DTSTAMP:20260101T000000 must be UTC (end in Z).',
      'LAST-MODIFIED:20260101T000000 must be UTC (end in Z).',
    ])
    expect(lintIcs(calendar(...event(...good, 'CREATED;TZID=Europe/London:20260101T000000')))).toContain(
      'CREATED:20260101T000000 must be UTC (end in Z).',
    )
  })

  it('finds a TZID with no VTIMEZONE, quoted or not', () => {
    expect(lintIcs(timed('DTSTART;TZID=Europe/London:20260101T100000', 'DTEND;TZID="Europe/London":20260101T110000'))).toEqual([
      'DTSTART uses TZID Europe/London with no VTIMEZONE for it.',
      'DTEND uses TZID Europe/London with no VTIMEZONE for it.',
    ])
  })

  it('finds an end before or at the start', () => {
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DTEND:20260101T090000Z'))).toEqual([
      'Event "a@test" ends (20260101T090000Z) before or when it starts (20260101T100000Z).',
    ])
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DTEND:20260101T100000Z'))).toHaveLength(1)
  })

  it('compares DATE values as dates: a one-day event ends the next day', () => {
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260102', 'DTEND;VALUE=DATE:20260103'))).toEqual([])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260102', 'DTEND;VALUE=DATE:20260102'))).toEqual([
      'Event "a@test" ends (20260102) before or when it starts (20260102).',
    ])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260102', 'DTEND:20260102T100000Z'))).toEqual([
      'Event "a@test" mixes a DATE and a DATE-TIME in DTSTART and DTEND.',
    ])
  })

  it('compares times in different zones as instants, not as text', () => {
    // 10:30 London (BST) is 09:30Z: an end at 09:45Z is after the start though "0945" < "1030".
    const zoned = (end: string) => calendar(...london, ...event(uid, stamp, 'DTSTART;TZID=Europe/London:20260701T103000', end))
    expect(lintIcs(zoned('DTEND:20260701T094500Z'))).toEqual([])
    expect(lintIcs(zoned('DTEND:20260701T100000Z'))).toEqual([])
    expect(lintIcs(zoned('DTEND:20260701T092000Z'))).toHaveLength(1)
  })

  it('handles DURATION: negative, unreadable, not whole days for a DATE, or alongside DTEND', () => {
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DURATION:PT1H30M'))).toEqual([])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260101', 'DURATION:P2D'))).toEqual([])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260101', 'DURATION:P1W'))).toEqual([])
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DURATION:-PT1H'))).toEqual(['Event "a@test" has a negative DURATION (-PT1H).'])
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DURATION:1 hour'))).toEqual(['Event "a@test" has an unreadable DURATION: 1 hour'])
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DURATION:PT'))).toEqual(['Event "a@test" has an unreadable DURATION: PT'])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260101', 'DURATION:PT12H'))).toEqual([
      'Event "a@test" is all-day but its DURATION (PT12H) is not whole days.',
    ])
    expect(lintIcs(timed('DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z', 'DURATION:PT1H'))).toEqual([
      'Event "a@test" has both DTEND and DURATION (only one is allowed).',
    ])
  })

  it('finds unreadable date values', () => {
    expect(lintIcs(timed('DTSTART:2026-01-01T10:00:00Z'))).toEqual(['Event "a@test" has an unreadable DTSTART: 2026-01-01T10:00:00Z'])
    expect(lintIcs(timed('DTSTART;VALUE=DATE:20260230', 'DTEND;VALUE=DATE:20260301'))).toEqual([
      'Event "a@test" has an unreadable DTSTART: 20260230',
    ])
  })

  it('finds unescaped commas and semicolons in text, but not escaped ones', () => {
    const summary = (value: string) => lintIcs(calendar(...event(...good.slice(0, 4), `SUMMARY:${value}`)))
    expect(summary('Genomics\\, testing\\; consent')).toEqual([])
    expect(summary('Genomics, testing')).toEqual(['SUMMARY has an unescaped comma or semicolon: Genomics, testing'])
    expect(summary('Genomics; testing')).toHaveLength(1)
    // An escaped backslash followed by a bare comma is still a bare comma.
    expect(summary('C:\\\\, D')).toHaveLength(1)
    expect(summary('C:\\\\\\, D')).toEqual([])
    expect(lintIcs(calendar(...event(...good, 'LOCATION:Room 1, Leeds', 'DESCRIPTION:a;b')))).toEqual([
      'LOCATION has an unescaped comma or semicolon: Room 1, Leeds',
      'DESCRIPTION has an unescaped comma or semicolon: a;b',
    ])
    expect(lintIcs(calendar('X-WR-CALNAME:Training, Leeds', ...event(...good)))).toEqual([
      'X-WR-CALNAME has an unescaped comma or semicolon: Training, Leeds',
    ])
  })

  it('allows commas where they separate values (CATEGORIES)', () => {
    expect(lintIcs(calendar(...event(...good, 'CATEGORIES:Workshop,Cancer')))).toEqual([])
  })

  it('finds lines that are not property lines, and values holding control characters', () => {
    expect(lintIcs(calendar(...event(...good, 'DTEND;;VALUE=DATE-TIME:20260101T110000Z')))).toEqual([
      'Line 10: "DTEND;;VALUE=DATE-TIME:20260101T110000Z" is not a valid iCalendar property line.',
    ])
    // A bare CR inside a value ends the line for parsers that split on it: what follows is
    // not a property of anything.
    const split = calendar(...event(...good.slice(0, 4), 'SUMMARY:Fine\rtail'))
    expect(lintIcs(split)).toEqual([
      '1 line(s) end with a bare LF or CR instead of CRLF (first: line 9).',
      'Line 10: "tail" is not a valid iCalendar property line.',
    ])
    expect(lintIcs(calendar(...event(...good, 'LOCATION:Room\u0000 1', 'X-NOTE:bell\u0007')))).toEqual([
      'Line 10: LOCATION holds a NUL (U+0000), which no value may hold.',
      'Line 11: X-NOTE holds a control character (U+0007), which no value may hold.',
    ])
  })
})

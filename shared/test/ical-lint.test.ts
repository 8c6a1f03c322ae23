import { describe, expect, it } from 'vitest'
import { lintIcs } from '../src/ical-lint'

const calendar = (...body: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...body, 'END:VCALENDAR', ''].join('\r\n')
const event = (...props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT']
const good = ['UID:a@test', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z', 'SUMMARY:Fine']

describe('lintIcs', () => {
  it('passes a clean calendar', () => {
    expect(lintIcs(calendar(...event(...good)))).toEqual([])
  })

  it('finds a missing VERSION and PRODID', () => {
    expect(lintIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toEqual(['VERSION:2.0 is missing.', 'PRODID is missing.'])
  })

  it('finds LF line endings', () => {
    expect(lintIcs(calendar(...event(...good)).replace(/\r\n/g, '\n'))).toContain('The file does not end with CRLF.')
  })

  it('finds unfolded long lines, counting octets not characters', () => {
    const long = `SUMMARY:${'é'.repeat(40)}`
    expect(lintIcs(calendar(...event(...good.slice(0, 4), long)))).toEqual([expect.stringMatching(/88 octets, longer than 75/)])
  })

  it('finds a missing UID, DTSTAMP and duplicate UIDs', () => {
    const problems = lintIcs(calendar(...event(...good.slice(1)), ...event(...good), ...event(...good)))
    expect(problems).toContain('Event "Fine" has no UID.')
    expect(problems).toContain('UID a@test is used by more than one event.')
    expect(lintIcs(calendar(...event(good[0], ...good.slice(2))))).toContain('Event "a@test" has no DTSTAMP.')
  })

  it('finds a DTSTAMP without Z', () => {
    expect(lintIcs(calendar(...event(good[0], 'DTSTAMP:20260101T000000', ...good.slice(2))))).toContain(
      'DTSTAMP:20260101T000000 must be UTC (end in Z).',
    )
  })

  it('finds a TZID with no VTIMEZONE', () => {
    const problems = lintIcs(calendar(...event(...good.slice(0, 2), 'DTSTART;TZID=Europe/London:20260101T100000', 'DTEND;TZID=Europe/London:20260101T110000')))
    expect(problems).toContain('DTSTART uses TZID Europe/London with no VTIMEZONE for it.')
  })

  it('finds an end before the start, for dates too', () => {
    expect(lintIcs(calendar(...event(...good.slice(0, 2), 'DTSTART:20260101T100000Z', 'DTEND:20260101T090000Z')))).toEqual([
      'Event "a@test" ends (20260101T090000Z) before or when it starts (20260101T100000Z).',
    ])
    expect(lintIcs(calendar(...event(...good.slice(0, 2), 'DTSTART;VALUE=DATE:20260102', 'DTEND;VALUE=DATE:20260102')))).toHaveLength(1)
  })

  it('finds unescaped commas and semicolons but accepts escaped ones', () => {
    expect(lintIcs(calendar(...event(...good.slice(0, 4), 'SUMMARY:Genomics\\, testing\\; consent')))).toEqual([])
    expect(lintIcs(calendar(...event(...good.slice(0, 4), 'SUMMARY:Genomics, testing')))).toEqual([
      'SUMMARY has an unescaped comma or semicolon: Genomics, testing',
    ])
  })
})

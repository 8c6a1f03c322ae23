import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIcs } from '../../src/import/parse-ics'

// Files written by Exchange and Google, kept outside the project (see its README.md). This
// check runs only where they are; the project's own fixtures cover the same features.
const REAL = '/work/shared/fixtures/ics'
const read = (name: string) => fs.readFileSync(path.join(REAL, name), 'utf8')

describe.skipIf(!fs.existsSync(REAL))('real calendar exports', () => {
  it('Exchange 2010: all-day fortnightly series with a midnight EXDATE and UTC UNTIL, and a timed event', () => {
    const events = parseIcs(read('outlook-exchange-2010.ics'), { now: new Date('2024-07-01T12:00:00Z') })
    // UIDs folded over two lines in the file; 15 Jul is excluded by a midnight EXDATE.
    const edited = '040000008200E00074C5B7101A82E00800000000C41E94C5B4F3DA010000000000000000100000007EA1D0AA9DB96545A536FABC0B0C1F5A'
    const alarm = '040000008200E00074C5B7101A82E00800000000EF8046288216DB010000000000000000100000000D748168D60A25439FA3E76297E80CB0'
    expect(events.map((e) => e.uid)).toEqual(['111/20240701', '111/20240729', `${edited}/20240701`, `${edited}/20240729`, alarm])
    expect(events.map((e) => e.timing)).toEqual([
      { allDay: true, startDate: '2024-07-01', endDate: '2024-07-07' },
      { allDay: true, startDate: '2024-07-29', endDate: '2024-08-04' },
      { allDay: true, startDate: '2024-07-01', endDate: '2024-07-07' },
      { allDay: true, startDate: '2024-07-29', endDate: '2024-08-04' },
      { allDay: false, start: '2024-10-04T17:30:00.000Z', end: '2024-10-04T18:00:00.000Z' },
    ])
    expect(events.map((e) => e.sequence)).toEqual([3, 3, 2, 2, 0])
    // Two years on, the 2024 series is outside the window; the one-off event stays.
    expect(parseIcs(read('outlook-exchange-2010.ics'), { now: new Date('2026-11-24T12:00:00Z') })).toHaveLength(1)
  })

  it('Google: DURATION P1D in Los Angeles time (06:00 PDT = 13:00Z)', () => {
    const [event] = parseIcs(read('google-duration.ics'))
    expect(event.timing).toEqual({ allDay: false, start: '2012-06-30T13:00:00.000Z', end: '2012-07-01T13:00:00.000Z' })
    expect([event.description, event.location]).toEqual([undefined, undefined])
  })

  it('the broken file: names line 4', () => {
    expect(() => parseIcs(read('broken-double-semicolon.ics'))).toThrow(
      'Line 4: "DTSTART;;VALUE=DATE-TIME:20140409T093000" is not a valid iCalendar property line.',
    )
  })
})

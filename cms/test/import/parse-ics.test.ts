import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IcsImportError, type ParsedEvent, parseIcs } from '../../src/import/parse-ics'

// Every expected instant below was worked out by hand from the wall-clock time and the UK
// (or other) offset on that date; none is computed by the code under test.
const NOW = new Date('2026-11-24T12:00:00Z')
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'ics', name), 'utf8')
const parse = (name: string, options = {}) => parseIcs(fixture(name), { now: NOW, ...options })
const titled = (events: ParsedEvent[], title: string) => events.filter((e) => e.title === title)
const withUid = (events: ParsedEvent[], uid: string) => events.filter((e) => e.uid === uid || e.uid.startsWith(`${uid}/`))

/** A small calendar written in the test, CRLF like the real thing; its first VEVENT is on line 4. */
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n')
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']
const one = (...lines: string[]) => parseIcs(calendar(...event('UID:one@test', 'SUMMARY:Team day', ...lines)), { now: NOW })

describe('Outlook/Exchange export (GMT Standard Time)', () => {
  const events = parse('exchange-gmt-standard-time.ics')
  const UID = '040000008200E00074C5B7101A82E00800000000123456789012345678901234567890123456789ABCDEF'

  it('joins the UID folded over two lines and expands the fortnightly series up to UNTIL, less the EXDATE', () => {
    // Tuesdays 7 Jul to 1 Sep 2026; 4 Aug is excluded; 1 Sep 12:30 BST is after UNTIL (1 Sep 00:00Z).
    expect(withUid(events, UID).map((e) => e.uid)).toEqual([`${UID}/20260707`, `${UID}/20260721`, `${UID}/20260818`])
  })

  it('reads "GMT Standard Time" as UK time: 12:30 in July is 11:30Z', () => {
    const [first] = withUid(events, UID)
    expect(first).toEqual({
      uid: `${UID}/20260707`,
      title: 'Genomics lunchtime webinar',
      description: 'Fortnightly webinar for primary care.',
      location: 'Microsoft Teams Meeting',
      timing: { allDay: false, start: '2026-07-07T11:30:00.000Z', end: '2026-07-07T12:30:00.000Z' },
      status: 'scheduled',
      sequence: 2,
      modified: '2026-06-01T09:00:00.000Z', // DTSTAMP: the file has no LAST-MODIFIED
      seriesUid: UID,
      source: { line: 21 },
    })
  })

  it('applies the overridden occurrence under the original date, keeping what it leaves out', () => {
    const [moved] = withUid(events, `${UID}/20260818`)
    expect(moved.title).toBe('Genomics lunchtime webinar (moved to 14:00)')
    expect(moved.timing).toEqual({ allDay: false, start: '2026-08-18T13:00:00.000Z', end: '2026-08-18T14:00:00.000Z' })
    expect(moved.sequence).toBe(3)
    expect(moved.location).toBe('Microsoft Teams Meeting')
    expect(moved.source.line).toBe(35)
  })

  it('keeps an all-day event as a date, the exclusive DTEND made inclusive', () => {
    const [day] = titled(events, 'Rare disease study day')
    expect(day.uid).toBe('study-day-2027@exchange.example')
    expect(day.timing).toEqual({ allDay: true, startDate: '2027-02-26', endDate: '2027-02-26' })
    expect(day.location).toBe('Education Centre, Leeds')
  })
})

describe('Outlook/Exchange all-day series', () => {
  const events = parse('exchange-all-day-series.ics')

  it("reads Outlook's midnight EXDATE and UTC UNTIL as dates (UNTIL 23:00Z on 18 Jul = the 19th)", () => {
    const series = titled(events, 'Rare disease MDT preparation day')
    expect(series.map((e) => e.timing)).toEqual(
      ['2027-06-07', '2027-06-21', '2027-07-19'].map((date) => ({ allDay: true, startDate: date, endDate: date })),
    )
    expect(series[0].uid).toBe(
      '040000008200E00074C5B7101A82E00800000000B0C5A7D3E1F0DB01000000000000000010000000AE3F27C4D1B84C6E9A0F5D2B7C8E1A90/20270607',
    )
    expect(series[0].description).toBe('Protected time to prepare cases for the rare disease multidisciplinary team meeting.')
  })

  it('ends a two-day conference on its second day', () => {
    const [conference] = titled(events, 'Genomic medicine education conference')
    expect(conference.timing).toEqual({ allDay: true, startDate: '2027-03-15', endDate: '2027-03-16' })
    expect(conference.location).toBe('Royal Armouries, Leeds')
  })
})

describe('Google Calendar exports', () => {
  it('uses DURATION when there is no DTEND, in New York time (09:00 EDT = 13:00Z)', () => {
    expect(parse('google-duration-new-york.ics')).toEqual([
      {
        uid: 'transatlantic-grand-round@google.com',
        title: 'Transatlantic genomics grand round',
        description: 'Joint session with colleagues in Boston.\n\nBring cases.',
        url: 'https://meet.example.org/grand-round',
        timing: { allDay: false, start: '2026-10-15T13:00:00.000Z', end: '2026-10-15T14:30:00.000Z' },
        status: 'scheduled',
        sequence: 0,
        modified: '2026-07-01T12:00:00.000Z',
        source: { line: 23 },
      },
    ])
  })

  const events = parse('google-weekly-series.ics')
  const teaching = withUid(events, '5k2n8q1v7c3m9p0r4t6w8y1z3b@google.com')

  it('expands a weekly series across the October clock change, with the EXDATE gap', () => {
    // COUNT=6 from 6 Oct counts the excluded 27 Oct; 10:00 London is 09:00Z in BST, 10:00Z after.
    expect(teaching.map((e) => [e.uid.split('/')[1], e.timing.allDay ? '' : e.timing.start])).toEqual([
      ['20261006', '2026-10-06T09:00:00.000Z'],
      ['20261013', '2026-10-13T09:00:00.000Z'],
      ['20261020', '2026-10-20T09:00:00.000Z'],
      ['20261103', '2026-11-03T10:00:00.000Z'],
      ['20261110', '2026-11-12T14:00:00.000Z'],
    ])
  })

  it('marks the occurrence Google cancelled, and moves the one rescheduled', () => {
    const [cancelled, moved] = teaching.slice(3)
    expect([cancelled.status, cancelled.sequence]).toEqual(['cancelled', 1])
    expect(moved).toMatchObject({
      title: 'Genomic practitioner teaching (moved to Thursday)',
      timing: { allDay: false, start: '2026-11-12T14:00:00.000Z', end: '2026-11-12T15:30:00.000Z' },
      status: 'scheduled',
      sequence: 1,
    })
  })

  it("turns Google's HTML description into plain text", () => {
    expect(teaching[0].description).toBe(
      'Weekly virtual teaching for genomic practitioners.\n\nJoin on Microsoft Teams (https://teams.example.org/join/gp-teaching).',
    )
    expect(teaching[0].location).toBeUndefined()
  })

  it('expands an open-ended monthly rule only up to the horizon', () => {
    const club = titled(events, 'Genomics journal club')
    // First Wednesdays from 6 Jan 2027 until 24 Nov 2028 (24 months on): 12 + 11.
    expect(club).toHaveLength(23)
    expect(club.at(-1)!.uid).toBe('0f7c2d9e4a1b6c3d8e5f2a7b4c1d9e6f@google.com/20281101')
    expect(club[2].timing).toMatchObject({ start: '2027-03-03T12:30:00.000Z' }) // GMT
    expect(club[3].timing).toMatchObject({ start: '2027-04-07T11:30:00.000Z' }) // BST
    expect(titled(parse('google-weekly-series.ics', { horizonMonths: 6 }), 'Genomics journal club')).toHaveLength(5)
  })

  it('leaves out occurrences more than 12 months old', () => {
    const later = parseIcs(fixture('google-weekly-series.ics'), { now: new Date('2029-06-01T12:00:00Z') })
    expect(withUid(later, '5k2n8q1v7c3m9p0r4t6w8y1z3b@google.com')).toEqual([])
    expect(titled(later, 'Genomics journal club')[0].uid.split('/')[1]).toBe('20280607')
  })
})

describe('Apple Calendar export (Europe/London across the clock changes)', () => {
  const events = parse('apple-clock-changes.ics')

  it('gets the night the clocks go back right (00:30 BST to 03:30 GMT)', () => {
    expect(titled(events, 'Overnight lab session as the clocks go back')[0].timing).toEqual({
      allDay: false,
      start: '2026-10-24T23:30:00.000Z',
      end: '2026-10-25T03:30:00.000Z',
    })
  })

  it('gets the night the clocks go forward right (00:30 GMT to 03:30 BST)', () => {
    expect(titled(events, 'Early session as the clocks go forward')[0].timing).toEqual({
      allDay: false,
      start: '2027-03-28T00:30:00.000Z',
      end: '2027-03-28T02:30:00.000Z',
    })
  })

  it('keeps a three-day all-day event as dates', () => {
    expect(titled(events, 'Genomics summer school')[0].timing).toEqual({ allDay: true, startDate: '2027-07-06', endDate: '2027-07-08' })
  })
})

describe('WordPress The Events Calendar export', () => {
  const [workshop, studyDay] = parse('wordpress-events-calendar.ics')

  it('reads STATUS:CANCELLED and SEQUENCE, and a Europe/London TZID with no VTIMEZONE', () => {
    expect(workshop).toMatchObject({
      uid: '10042-1764756000-1764763200@hub.example.org',
      status: 'cancelled',
      sequence: 4,
      timing: { allDay: false, start: '2026-12-03T10:00:00.000Z', end: '2026-12-03T12:00:00.000Z' },
      location: 'Medical School, Sheffield',
      url: 'https://hub.example.org/event/pharmacogenomics-workshop/',
    })
  })

  it('reads an all-day event with a folded DESCRIPTION, defaulting status and sequence', () => {
    expect(studyDay).toMatchObject({
      timing: { allDay: true, startDate: '2027-01-22', endDate: '2027-01-22' },
      description: 'A day for GPs and practice nurses on family history, referral and the National Genomic Test Directory.',
      status: 'scheduled',
      sequence: 0,
    })
  })
})

describe('files that are refused whole', () => {
  const refusal = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      expect(error).toBeInstanceOf(IcsImportError)
      return (error as Error).message
    }
    throw new Error('expected an IcsImportError')
  }

  it('names the malformed line (before noticing the missing VERSION)', () => {
    expect(refusal(() => parse('broken-double-semicolon.ics'))).toBe(
      'Line 12: "DTSTART;;VALUE=DATE-TIME:20261209T093000" is not a valid iCalendar property line.',
    )
  })

  it('refuses a calendar with no VERSION', () => {
    expect(refusal(() => parse('broken-missing-version.ics'))).toBe(
      'Line 1: The file has no "VERSION:2.0" line, so it is not a complete iCalendar (.ics) file.',
    )
  })

  it('refuses an event that ends before it starts, naming its DTEND line', () => {
    expect(refusal(() => parse('broken-end-before-start.ics'))).toBe('Line 14: Event "Backwards" (UID backwards@example) ends before it starts.')
    expect(refusal(() => one('DTSTART;VALUE=DATE:20270110', 'DTEND;VALUE=DATE:20270108'))).toBe(
      'Line 8: Event "Team day" (UID one@test) ends before it starts.',
    )
  })

  it('refuses what is not a calendar at all', () => {
    expect(refusal(() => parseIcs('<!doctype html><title>Not found</title>'))).toBe(
      'This is not an iCalendar file: it starts with "<!doctype html><title>Not found</title>", not BEGIN:VCALENDAR.',
    )
  })

  it('refuses an event without a UID or without a start', () => {
    expect(refusal(() => parseIcs(calendar(...event('SUMMARY:Team day', 'DTSTART:20261201T100000Z'))))).toBe(
      'Line 4: Event "Team day" has no UID, so a later import could not update it.',
    )
    expect(refusal(() => one('DTEND:20261201T100000Z'))).toBe('Line 4: Event "Team day" (UID one@test) has no start (DTSTART).')
  })

  it('refuses dates that do not exist, which ical.js would roll over', () => {
    expect(refusal(() => one('DTSTART:20261301T100000'))).toBe(
      'Line 7: Event "Team day" (UID one@test) has a DTSTART "20261301T100000" that is not a real date-time.',
    )
  })

  it('refuses a time zone neither known nor defined in the file', () => {
    expect(refusal(() => one('DTSTART;TZID=Customized Time Zone:20261201T100000'))).toBe(
      'Line 7: Event "Team day" (UID one@test) uses the time zone "Customized Time Zone", which is neither a known zone name nor defined by a VTIMEZONE in the file.',
    )
  })

  it('refuses components that are not closed, or closed wrongly', () => {
    expect(refusal(() => parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VCALENDAR\r\n'))).toBe(
      'Line 5: END:VCALENDAR does not close BEGIN:VEVENT (line 3).',
    )
    expect(refusal(() => parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'))).toBe('Line 1: BEGIN:VCALENDAR is never closed (no END:VCALENDAR).')
  })

  it('refuses a rule that would make more than 500 events, and accepts it over a shorter horizon', () => {
    const daily = calendar(...event('UID:daily@test', 'SUMMARY:Daily huddle', 'DTSTART:20261201T100000Z', 'RRULE:FREQ=DAILY'))
    expect(refusal(() => parseIcs(daily, { now: NOW }))).toBe(
      'Line 8: Event "Daily huddle" (UID daily@test) repeats more than 500 times between 2025-11-24 and 2028-11-24: import a shorter horizon.',
    )
    // 1 Dec 2026 to 24 Nov 2027 (10:00Z, before the window closes at 12:00Z) inclusive.
    expect(parseIcs(daily, { now: NOW, horizonMonths: 12 })).toHaveLength(359)
  })
})

describe('times, zones and details', () => {
  const timing = (...lines: string[]) => one(...lines)[0].timing

  it('maps Windows zone names without a VTIMEZONE to the IANA zone', () => {
    // W. Europe is CET (+1) in January; Eastern is EDT (-4) in July.
    expect(timing('DTSTART;TZID=W. Europe Standard Time:20270120T100000', 'DTEND;TZID=W. Europe Standard Time:20270120T113000')).toEqual({
      allDay: false,
      start: '2027-01-20T09:00:00.000Z',
      end: '2027-01-20T10:30:00.000Z',
    })
    expect(timing('DTSTART;TZID=Eastern Standard Time:20270701T090000')).toMatchObject({ start: '2027-07-01T13:00:00.000Z' })
    expect(timing('DTSTART;TZID=/mozilla.org/20070129_1/Europe/London:20270701T090000')).toMatchObject({
      start: '2027-07-01T08:00:00.000Z',
    })
  })

  it('reads a London time that happens twice as the first, and one that never happens with the offset before the gap', () => {
    expect(timing('DTSTART;TZID=Europe/London:20261025T013000')).toMatchObject({ start: '2026-10-25T00:30:00.000Z' })
    expect(timing('DTSTART;TZID=Europe/London:20270328T013000')).toMatchObject({ start: '2027-03-28T01:30:00.000Z' })
  })

  it('treats a floating time (no zone) as London time', () => {
    expect(timing('DTSTART:20270701T090000', 'DTEND:20270701T100000')).toMatchObject({ start: '2027-07-01T08:00:00.000Z' })
  })

  it('adds DURATION hours exactly and days by the calendar across a clock change', () => {
    expect(timing('DTSTART;TZID=Europe/London:20261024T230000', 'DURATION:PT4H')).toEqual({
      allDay: false,
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T02:00:00.000Z',
    })
    expect(timing('DTSTART;TZID=Europe/London:20261024T100000', 'DURATION:P1D')).toEqual({
      allDay: false,
      start: '2026-10-24T09:00:00.000Z',
      end: '2026-10-25T10:00:00.000Z',
    })
  })

  it('makes an all-day event with no DTEND one day long, and with DURATION that many days', () => {
    expect(timing('DTSTART;VALUE=DATE:20270301')).toEqual({ allDay: true, startDate: '2027-03-01', endDate: '2027-03-01' })
    expect(timing('DTSTART;VALUE=DATE:20270301', 'DURATION:P2D')).toEqual({ allDay: true, startDate: '2027-03-01', endDate: '2027-03-02' })
  })

  it('imports TENTATIVE as scheduled and defaults SEQUENCE to 0', () => {
    expect(one('DTSTART:20270301T100000Z', 'STATUS:TENTATIVE')[0]).toMatchObject({ status: 'scheduled', sequence: 0 })
  })

  it('accepts LF line endings and a byte-order mark', () => {
    const lf = `\uFEFF${calendar(...event('UID:lf@test', 'SUMMARY:Plain', 'DTSTART:20270301T100000Z')).replace(/\r\n/g, '\n')}`
    expect(parseIcs(lf).map((e) => e.uid)).toEqual(['lf@test'])
  })

  it('keeps the copy with the highest SEQUENCE when an event appears twice', () => {
    const copy = (sequence: number, title: string) => event('UID:twice@test', `SUMMARY:${title}`, 'DTSTART:20270301T100000Z', `SEQUENCE:${sequence}`)
    expect(parseIcs(calendar(...copy(2, 'Newer'), ...copy(1, 'Older'))).map((e) => e.title)).toEqual(['Newer'])
  })

  it('keeps an overridden occurrence whose series is not in the file', () => {
    const orphan = calendar(
      ...event('UID:series@test', 'SUMMARY:Moved clinic', 'RECURRENCE-ID:20270302T100000Z', 'DTSTART:20270303T100000Z', 'DTEND:20270303T110000Z'),
    )
    expect(parseIcs(orphan, { now: NOW }).map((e) => [e.uid, e.timing])).toEqual([
      ['series@test/20270302', { allDay: false, start: '2027-03-03T10:00:00.000Z', end: '2027-03-03T11:00:00.000Z' }],
    ])
  })

  it('expands RDATEs, less EXDATEs', () => {
    const dates = one(
      'DTSTART;TZID=Europe/London:20270301T100000',
      'RDATE;TZID=Europe/London:20270315T100000,20270329T100000',
      'EXDATE;TZID=Europe/London:20270315T100000',
    )
    // 29 Mar 2027 is the day after the clocks go forward: 10:00 BST is 09:00Z.
    expect(dates.map((e) => [e.uid, e.timing.allDay ? '' : e.timing.start])).toEqual([
      ['one@test/20270301', '2027-03-01T10:00:00.000Z'],
      ['one@test/20270329', '2027-03-29T09:00:00.000Z'],
    ])
  })

  it('matches a UTC UNTIL and EXDATE to a London series with no VTIMEZONE', () => {
    // 10:00 BST = 09:00Z: 8 Jun is excluded and 22 Jun is the last, both given in UTC.
    const weekly = one('DTSTART;TZID=Europe/London:20270601T100000', 'RRULE:FREQ=WEEKLY;UNTIL=20270622T090000Z', 'EXDATE:20270608T090000Z')
    expect(weekly.map((e) => e.uid)).toEqual(['one@test/20270601', 'one@test/20270615', 'one@test/20270622'])
  })

  it('gives a series with two occurrences a day UIDs by UTC time', () => {
    const twice = one('DTSTART;TZID=Europe/London:20270301T090000', 'DTEND;TZID=Europe/London:20270301T100000', 'RRULE:FREQ=DAILY;COUNT=2;BYHOUR=9,14')
    expect(twice.map((e) => e.uid)).toEqual(['one@test/20270301T090000Z', 'one@test/20270301T140000Z'])
  })
})

describe('what would break a feed is refused or cleaned', () => {
  const refused = (text: string) => {
    try {
      parseIcs(text, { now: NOW })
    } catch (error) {
      expect(error).toBeInstanceOf(IcsImportError)
      return (error as Error).message
    }
    throw new Error('expected an IcsImportError')
  }

  it('refuses a UID holding escaped line breaks (an event of its own for every subscriber), naming the event and line', () => {
    const hostile = calendar(...event('UID:x\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:phish', 'SUMMARY:Team day', 'DTSTART:20270301T100000Z'))
    expect(refused(hostile)).toBe(
      'Line 5: Event "Team day" (UID x\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:phish) has a UID holding a line feed (U+000A), which a UID may not hold: correct it in the calendar it came from.',
    )
    expect(refused(calendar(...event('SUMMARY:Team day', 'UID:a\\Nb', 'DTSTART:20270301T100000Z')))).toMatch(/^Line 6: .* has a UID holding a line feed/)
  })

  it('refuses a UID or URL holding a control character', () => {
    expect(refused(calendar(...event('UID:one\u0000@test', 'SUMMARY:Team day', 'DTSTART:20270301T100000Z')))).toBe(
      'Line 5: Event "Team day" (UID one\\u{0}@test) has a UID holding a NUL (U+0000), which a UID may not hold: correct it in the calendar it came from.',
    )
    expect(refused(calendar(...event('UID:one@test', 'SUMMARY:Team day', 'DTSTART:20270301T100000Z', 'URL:https://ex\u0007ample.org/')))).toBe(
      'Line 8: Event "Team day" (UID one@test) has a URL holding a control character (U+0007), which a URL may not hold: correct it in the calendar it came from.',
    )
  })

  it('turns line breaks of every kind in text into new lines, and drops other control characters', () => {
    const [clean] = parseIcs(
      calendar(
        ...event(
          'UID:t@test',
          'SUMMARY:Team\u0000 day\u0007',
          'DTSTART:20270301T100000Z',
          'DESCRIPTION:Line one\u000bline two\u2028three\u0000 four\u001b[31m red\\nfive',
          'LOCATION:Room\u0085 1',
        ),
      ),
      { now: NOW },
    )
    expect(clean).toMatchObject({ title: 'Team day', description: 'Line one\nline two\nthree four[31m red\nfive', location: 'Room\n 1' })
  })

  it('names a TZID holding control characters without printing them', () => {
    expect(refused(calendar(...event('UID:z@test', 'SUMMARY:Team day', 'DTSTART;TZID=Zone\u001b[2J:20270301T100000')))).toBe(
      'Line 7: Event "Team day" (UID z@test) uses the time zone "Zone\\u{1B}[2J", which is neither a known zone name nor defined by a VTIMEZONE in the file.',
    )
  })
})

describe('import limits', () => {
  const MB = 1024 * 1024
  const refused = (text: string) => {
    try {
      parseIcs(text, { now: NOW })
    } catch (error) {
      expect(error).toBeInstanceOf(IcsImportError)
      return (error as Error).message
    }
    throw new Error('expected an IcsImportError')
  }
  /** One event padded with an X- property to exactly `bytes` bytes. */
  const ofSize = (bytes: number) => {
    const bare = calendar(...event('UID:big@test', 'SUMMARY:Big', 'DTSTART:20270301T100000Z', 'X-PAD:'))
    return calendar(...event('UID:big@test', 'SUMMARY:Big', 'DTSTART:20270301T100000Z', `X-PAD:${'a'.repeat(bytes - bare.length)}`))
  }
  const many = (n: number) => calendar(...Array.from({ length: n }, (_, i) => event(`UID:e${i}@test`, `SUMMARY:Session ${i}`, 'DTSTART:20270301T100000Z')).flat())
  const daily = (i: number) => event(`UID:daily-${i}@test`, `SUMMARY:Daily ${i}`, 'DTSTART:20270101T090000Z', 'RRULE:FREQ=DAILY;COUNT=460')

  it('takes a file of 5 MB, and refuses a larger one saying the limit', () => {
    expect(Buffer.byteLength(ofSize(5 * MB))).toBe(5_242_880)
    expect(parseIcs(ofSize(5 * MB), { now: NOW })).toHaveLength(1)
    expect(refused(ofSize(5.5 * MB))).toBe(
      'The file is 5.5 MB; an import takes at most 5 MB. Export a shorter date range (or one calendar at a time) and import each file.',
    )
  })

  it('takes 5,000 events, and refuses 5,001 before reading them', () => {
    expect(parseIcs(many(5000), { now: NOW })).toHaveLength(5000)
    expect(refused(many(5001))).toBe(
      'The file holds 5,001 events; an import takes at most 5,000. Export a shorter date range (or one calendar at a time) and import each file.',
    )
  })

  it('counts each occurrence of a series: ten daily series of 460 are taken, eleven refused', () => {
    const series = (n: number) => calendar(...Array.from({ length: n }, (_, i) => daily(i)).flat())
    expect(parseIcs(series(10), { now: NOW })).toHaveLength(4600)
    expect(refused(series(11))).toBe(
      'The file makes more than 5,000 events (a recurring event counts once for each date between 2025-11-24 and 2028-11-24); an import takes at most 5,000. Export a shorter date range (or one calendar at a time) and import each file.',
    )
  })
})

import ICAL from 'ical.js'
import nodeIcal, { type VEvent } from 'node-ical'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HubEvent } from '../src/content'
import { buildFeed, type FeedOptions } from '../src/ical'
import { lintIcs } from '../src/ical-lint'
import { sampleEvents } from './sample-events'

const options: FeedOptions = {
  name: 'Genomics training',
  description: 'Training for professionals',
  events: sampleEvents,
  siteUrl: 'https://hub.example/',
}
const feed = (more: Partial<FeedOptions> = {}) => buildFeed({ ...options, ...more })
const STATUS = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const
const PREFIX = { scheduled: '', postponed: 'Postponed: ', cancelled: 'Cancelled: ' } as const
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
/** The content lines, unfolded. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')
/** The lines of one event. */
const veventOf = (text: string, uid: string) => {
  const lines = unfolded(text)
  const start = lines.indexOf(`UID:${uid}`)
  return lines.slice(start, lines.indexOf('END:VEVENT', start))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('buildFeed', () => {
  it('passes the lint: CRLF, folding, UIDs, DTSTAMP in UTC, VTIMEZONE for every TZID, escaping', () => {
    expect(lintIcs(feed())).toEqual([])
    for (const event of sampleEvents) expect(lintIcs(feed({ name: event.title, events: [event] }))).toEqual([])
  })

  it('round-trips every event through ical.js exactly', () => {
    const vevents = new ICAL.Component(ICAL.parse(feed())).getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(sampleEvents.length)
    for (const source of sampleEvents) {
      const vevent = vevents.find((v) => v.getFirstPropertyValue('uid') === source.uid)!
      const event = new ICAL.Event(vevent)
      expect(event.sequence).toBe(source.sequence)
      expect(String(vevent.getFirstPropertyValue('status'))).toBe(STATUS[source.status])
      expect(event.summary).toBe(PREFIX[source.status] + source.title)
      expect(String(vevent.getFirstPropertyValue('url'))).toBe(`https://hub.example/events/${source.slug}/`)
      expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-02-01T10:11:12Z')
      expect(vevent.getFirstProperty('categories')?.getValues() ?? []).toEqual(source.category ? [source.category.name] : [])
      if (source.allDay) {
        expect(event.startDate.isDate).toBe(true)
        expect(event.endDate.isDate).toBe(true)
        expect(event.startDate.toString()).toBe(source.startDate)
        expect(event.endDate.toString()).toBe(dayAfter(source.endDate))
      } else {
        expect(event.startDate.isDate).toBe(false)
        expect(event.startDate.toJSDate().toISOString()).toBe(source.start)
        expect(event.endDate.toJSDate().toISOString()).toBe(source.end)
      }
    }
  })

  it('round-trips every event through node-ical exactly', () => {
    const parsed = nodeIcal.sync.parseICS(feed())
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[]
    expect(events).toHaveLength(sampleEvents.length)
    for (const source of sampleEvents) {
      const event = events.find((e) => e.uid === source.uid)!
      expect(Number(event.sequence)).toBe(source.sequence)
      expect(event.status).toBe(STATUS[source.status])
      expect(event.summary).toBe(PREFIX[source.status] + source.title)
      if (source.allDay) {
        expect(event.datetype).toBe('date')
        expect((event.start as Date & { dateOnly?: boolean }).dateOnly).toBe(true)
        // node-ical gives a DATE as local midnight of that date on the parsing machine.
        expect(localDate(event.start)).toBe(source.startDate)
        expect(localDate(event.end!)).toBe(dayAfter(source.endDate))
      } else {
        expect(event.datetype).toBe('date-time')
        expect(event.start.toISOString()).toBe(source.start)
        expect(event.end?.toISOString()).toBe(source.end)
      }
    }
  })

  it('writes London wall-clock times with TZID across both clock changes', () => {
    const text = feed()
    // Spring: 00:30 GMT to 03:30 BST is two hours long.
    expect(veventOf(text, 'spring@hub.test')).toContain('DTSTART;TZID=Europe/London:20260329T003000')
    expect(veventOf(text, 'spring@hub.test')).toContain('DTEND;TZID=Europe/London:20260329T033000')
    // Autumn: 00:30 BST to 03:30 GMT is four hours long.
    expect(veventOf(text, 'fall@hub.test')).toContain('DTSTART;TZID=Europe/London:20261025T003000')
    expect(veventOf(text, 'fall@hub.test')).toContain('DTEND;TZID=Europe/London:20261025T033000')
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/g)).toHaveLength(1)
  })

  it('writes the second pass through the repeated autumn hour in UTC, which London time cannot name', () => {
    const lines = veventOf(feed(), 'repeated-hour@hub.test')
    expect(lines).toContain('DTSTART:20261025T013000Z')
    expect(lines).toContain('DTEND:20261025T023000Z')
  })

  it('writes all-day events as dates with an exclusive end', () => {
    expect(veventOf(feed(), 'conference@hub.test')).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20270327', 'DTEND;VALUE=DATE:20270329']),
    )
    expect(veventOf(feed(), 'leap@hub.test')).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20280229', 'DTEND;VALUE=DATE:20280301']))
  })

  it('gives a zero-length event no DTEND rather than one equal to its start', () => {
    const lines = veventOf(feed(), 'zero-length@hub.test')
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260630T170000')
    expect(lines.some((l) => l.startsWith('DTEND'))).toBe(false)
  })

  it('stamps events with their last update in UTC, never the build time', () => {
    vi.useFakeTimers({ now: new Date('2031-05-06T07:08:09Z'), toFake: ['Date'] })
    const later = feed()
    vi.useRealTimers()
    expect(later).toBe(feed())
    expect(later).toContain('DTSTAMP:20260201T101112Z')
    expect(later).toContain('LAST-MODIFIED:20260201T101112Z')
    expect(later).not.toMatch(/2031/)
  })

  it('is byte-identical whatever the build machine’s zone', () => {
    const hostOffset = () => new Date('2026-07-01T12:00:00Z').getTimezoneOffset()
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      expect(hostOffset()).toBe(0)
      const utc = feed()
      process.env.TZ = 'America/New_York'
      expect(hostOffset()).toBe(240)
      expect(feed()).toBe(utc)
      process.env.TZ = 'Asia/Tokyo'
      expect(feed()).toBe(utc)
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })

  it('orders events by start, then UID, whatever order they arrive in', () => {
    const shuffled = [...sampleEvents].reverse()
    expect(feed({ events: shuffled })).toBe(feed())
    const uids = [...feed().matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim())
    expect(uids).toEqual([
      'spring@hub.test',
      'zero-length@hub.test',
      'fall@hub.test',
      'repeated-hour@hub.test',
      'midnight@hub.test',
      'conference@hub.test',
      'leap@hub.test',
    ])
    const twin: HubEvent = { ...sampleEvents[0], id: '99', uid: 'a-twin@hub.test', slug: 'twin' }
    const withTwin = [...feed({ events: [sampleEvents[0], twin] }).matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim())
    expect(withTwin).toEqual(['a-twin@hub.test', 'spring@hub.test'])
  })

  it('marks cancelled and postponed events in status and summary', () => {
    const text = feed()
    expect(veventOf(text, 'conference@hub.test')).toEqual(
      expect.arrayContaining(['SUMMARY:Cancelled: Regional genomics conference', 'STATUS:CANCELLED']),
    )
    expect(veventOf(text, 'fall@hub.test')).toEqual(expect.arrayContaining(['SUMMARY:Postponed: Fall back session', 'STATUS:TENTATIVE']))
    expect(veventOf(text, 'spring@hub.test')).toContain('STATUS:CONFIRMED')
  })

  it('names the calendar and tells subscribers how often to refresh', () => {
    const head = unfolded(feed()).slice(0, 8)
    expect(head).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Genomics Education Hub//Training calendar//EN',
      'METHOD:PUBLISH',
      'NAME:Genomics training',
      'X-WR-CALNAME:Genomics training',
      'DESCRIPTION:Training for professionals',
      'X-WR-CALDESC:Training for professionals',
    ])
    const text = feed()
    expect(text).toContain('\r\nX-WR-TIMEZONE:Europe/London\r\n')
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n')
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT12H\r\n')
    expect(feed({ refreshHours: 6 })).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('describes the calendar with RFC 7986 DESCRIPTION as well as X-WR-CALDESC', () => {
    const text = feed()
    expect(unfolded(text)).toEqual(expect.arrayContaining(['DESCRIPTION:Training for professionals', 'X-WR-CALDESC:Training for professionals']))
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('description')).toBe('Training for professionals')
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Training for professionals')
    // A long, multi-line description is escaped and folded like any other line.
    const long = `Genomics; testing, consent\n${'Whole genome sequencing – für Familien 🧬 '.repeat(4)}`
    const folded = feed({ description: long })
    expect(lintIcs(folded)).toEqual([])
    expect(new ICAL.Component(ICAL.parse(folded)).getFirstPropertyValue('description')).toBe(long)
    expect(nodeIcal.sync.parseICS(folded).vcalendar?.['WR-CALDESC']).toBe(long)
    // No description, neither property (and no event's DESCRIPTION is mistaken for one).
    const bare = unfolded(feed({ description: undefined }))
    expect(bare.slice(0, bare.indexOf('BEGIN:VEVENT')).some((l) => /^(DESCRIPTION|X-WR-CALDESC):/.test(l))).toBe(false)
  })

  it('escapes commas, semicolons and new lines in names and text', () => {
    const text = feed({ name: 'Teaching, bedside;\ninformal', description: 'One; two,\nthree' })
    expect(text).toContain('\r\nX-WR-CALNAME:Teaching\\, bedside\\; informal\r\n')
    expect(text).toContain('\r\nX-WR-CALDESC:One\\; two\\,\\nthree\r\n')
    expect(text).toContain('\r\nDESCRIPTION:One\\; two\\,\\nthree\r\n')
    expect(nodeIcal.sync.parseICS(text).vcalendar?.['WR-CALNAME']).toBe('Teaching, bedside; informal')
    const lines = veventOf(text, 'repeated-hour@hub.test')
    expect(lines).toContain('SUMMARY:Night shift teaching\\nsecond line')
    expect(lines).toContain('LOCATION:Ward 5\\; Level 2\\, "North" wing')
    expect(lines).toContain('CATEGORIES:Teaching\\, bedside\\; informal')
    expect(veventOf(text, 'spring@hub.test')).toContain('SUMMARY:Spring forward: genomics\\, testing\\; consent')
    expect(veventOf(text, 'spring@hub.test')).toContain('LOCATION:Education Centre\\, 1 Hospital Road\\, Leeds')
    expect(lintIcs(text)).toEqual([])
  })

  it('describes each event in plain text with its booking link and page', () => {
    const description = veventOf(feed(), 'midnight@hub.test').find((l) => l.startsWith('DESCRIPTION:'))
    expect(description).toBe(
      'DESCRIPTION:An introduction for clinicians.\\n\\nBring your questions.\\n\\nBook: https://www.eventbrite.co.uk/e/123\\n\\nDetails: https://hub.example/events/evening-to-midnight/',
    )
    expect(veventOf(feed(), 'midnight@hub.test')).toContain('URL;VALUE=URI:https://hub.example/events/evening-to-midnight/')
    expect(veventOf(feed(), 'spring@hub.test')).toContain('CATEGORIES:Workshop')
    expect(veventOf(feed(), 'fall@hub.test')).toContain('LOCATION:Online')
  })

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const long = '“Whole genome sequencing” – für Familien 🧬 '.repeat(5)
    const event: HubEvent = { ...sampleEvents[1], summary: long, descriptionHtml: '' }
    const text = feed({ events: [event] })
    const physical = text.split('\r\n')
    expect(physical.some((l) => l.startsWith(' '))).toBe(true)
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
      // A lone surrogate would mean an emoji was cut in half.
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    }
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!)
    expect(parsed.description.split('\n\n')[1]).toBe(long)
  })

  it('is an empty but valid calendar with no events', () => {
    const text = buildFeed({ name: 'Empty', events: [], siteUrl: 'https://hub.example' })
    expect(lintIcs(text)).toEqual([])
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(0)
  })

  it('refuses a zone it has no VTIMEZONE for, and unreadable times', () => {
    expect(() => feed({ timezone: 'Europe/Atlantis' })).toThrow(/No VTIMEZONE/)
    const broken = { ...sampleEvents[0], uid: 'broken@hub.test', start: 'next Tuesday' } as HubEvent
    expect(() => feed({ events: [broken] })).toThrow(RangeError)
  })
})

import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importIcs } from '../src/import/import-events'
import { IcsImportError, parseIcs } from '../src/import/parse-ics'
import { startPayload, stopPayload } from './payload-harness'

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ics', name), 'utf8')
const byTitle = (events: ReturnType<typeof parseIcs>, title: string) => events.find((e) => e.title === title)!
const FOLDED_UID = '040000008200E00074C5B7101A82E0080000000012345678901234567890123456789012' + '3456789ABCDEF'

describe('parseIcs: Outlook/Exchange export', () => {
  const events = parseIcs(fixture('exchange-gmt-standard-time.ics'))

  it('turns a fortnightly series into one event per occurrence, without the excluded date', () => {
    const series = events.filter((e) => e.uid.startsWith(FOLDED_UID))
    expect(series.map((e) => e.uid)).toEqual([`${FOLDED_UID}/20260707`, `${FOLDED_UID}/20260721`, `${FOLDED_UID}/20260818`])
  })

  it('reads "GMT Standard Time" as UK time (BST in summer)', () => {
    const first = events.find((e) => e.uid.endsWith('/20260707'))!
    expect(first.timing).toEqual({ allDay: false, start: '2026-07-07T11:30:00.000Z', end: '2026-07-07T12:30:00.000Z' })
    expect(first.sequence).toBe(2)
    expect(first.location).toBe('Microsoft Teams Meeting')
  })

  it('applies the overridden occurrence', () => {
    const moved = events.find((e) => e.uid.endsWith('/20260818'))!
    expect(moved.title).toBe('Genomics lunchtime webinar (moved to 14:00)')
    expect(moved.timing).toEqual({ allDay: false, start: '2026-08-18T13:00:00.000Z', end: '2026-08-18T14:00:00.000Z' })
    expect(moved.sequence).toBe(3)
  })

  it('keeps all-day events as dates, the exclusive end made inclusive', () => {
    expect(byTitle(events, 'Rare disease study day').timing).toEqual({ allDay: true, startDate: '2027-02-26', endDate: '2027-02-26' })
  })
})

describe('parseIcs: Google, Apple and WordPress exports', () => {
  it('uses DURATION when there is no DTEND, in a non-UK zone', () => {
    const [event] = parseIcs(fixture('google-duration-new-york.ics'))
    expect(event.timing).toEqual({ allDay: false, start: '2026-10-15T13:00:00.000Z', end: '2026-10-15T14:30:00.000Z' })
    expect(event.description).toBe('Joint session with colleagues in Boston.\n\nBring cases.')
  })

  it('gets both clock changes right', () => {
    const events = parseIcs(fixture('apple-clock-changes.ics'))
    expect(byTitle(events, 'Overnight lab session as the clocks go back').timing).toEqual({
      allDay: false,
      start: '2026-10-24T23:30:00.000Z',
      end: '2026-10-25T03:30:00.000Z',
    })
    expect(byTitle(events, 'Early session as the clocks go forward').timing).toEqual({
      allDay: false,
      start: '2027-03-28T00:30:00.000Z',
      end: '2027-03-28T02:30:00.000Z',
    })
    expect(byTitle(events, 'Genomics summer school').timing).toEqual({ allDay: true, startDate: '2027-07-06', endDate: '2027-07-08' })
  })

  it('reads STATUS:CANCELLED and SEQUENCE, and an IANA TZID without a VTIMEZONE', () => {
    const [event] = parseIcs(fixture('wordpress-events-calendar.ics'))
    expect(event.status).toBe('cancelled')
    expect(event.sequence).toBe(4)
    expect(event.timing).toEqual({ allDay: false, start: '2026-12-03T10:00:00.000Z', end: '2026-12-03T12:00:00.000Z' })
    expect(event.location).toBe('Medical School, Sheffield')
  })
})

describe('parseIcs: broken files', () => {
  it('names the malformed line', () => {
    expect(() => parseIcs(fixture('broken-double-semicolon.ics'))).toThrow(
      new IcsImportError('Line 12: "DTSTART;;VALUE=DATE-TIME:20261209T093000" is not a valid iCalendar property line.'),
    )
  })

  it('refuses a file with no VERSION', () => {
    expect(() => parseIcs(fixture('broken-missing-version.ics'))).toThrow(
      'The file has no "VERSION:2.0" line, so it is not a complete iCalendar (.ics) file.',
    )
  })

  it('refuses an event that ends before it starts', () => {
    expect(() => parseIcs(fixture('broken-end-before-start.ics'))).toThrow('Event "Backwards" (UID backwards@example) ends before it starts.')
  })

  it('refuses something that is not a calendar at all', () => {
    expect(() => parseIcs('<html>Not found</html>')).toThrow(/not a valid iCalendar property line|not an iCalendar file/)
  })
})

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

describe('importIcs into Payload', () => {
  const events = async () =>
    (await payload.find({ collection: 'events', pagination: false, draft: true, overrideAccess: true })).docs as Record<string, any>[]

  it('creates drafts, keeping the original UIDs', async () => {
    const result = await importIcs(payload, fixture('exchange-gmt-standard-time.ics'))
    expect(result).toMatchObject({ created: 4, updated: 0 })
    const docs = await events()
    expect(docs.map((d) => d.uid).sort()).toEqual([`${FOLDED_UID}/20260707`, `${FOLDED_UID}/20260721`, `${FOLDED_UID}/20260818`, 'study-day-2027@exchange.example'].sort())
    expect(docs.every((d) => d._status === 'draft')).toBe(true)
    const anonymous = await payload.find({ collection: 'events', overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('updates by UID on re-import and duplicates nothing', async () => {
    const before = (await events()).length
    const result = await importIcs(payload, fixture('exchange-gmt-standard-time.ics'))
    expect(result).toMatchObject({ created: 0, updated: 4 })
    expect((await events()).length).toBe(before)
  })

  it('publishes with --publish, and a changed time raises the sequence', async () => {
    await importIcs(payload, fixture('apple-clock-changes.ics'), { publish: true })
    const uid = 'A1B2C3D4-0001-4000-8000-000000000001'
    const [doc] = (await payload.find({ collection: 'events', where: { uid: { equals: uid } }, overrideAccess: false })).docs as Record<string, any>[]
    expect(doc.start).toBe('2026-10-24T23:30:00.000Z')
    expect(doc.sequence).toBe(1)
    const moved = fixture('apple-clock-changes.ics').replace('DTEND;TZID=Europe/London:20261025T033000', 'DTEND;TZID=Europe/London:20261025T043000')
    await importIcs(payload, moved, { publish: true })
    const [after] = (await payload.find({ collection: 'events', where: { uid: { equals: uid } }, overrideAccess: true })).docs as Record<string, any>[]
    expect(after.end).toBe('2026-10-25T04:30:00.000Z')
    expect(after.sequence).toBe(2)
    expect(after.id).toBe(doc.id)
  })

  it('imports cancelled events as cancelled', async () => {
    await importIcs(payload, fixture('wordpress-events-calendar.ics'), { publish: true })
    const [doc] = (await payload.find({ collection: 'events', where: { uid: { equals: '10042-1764756000-1764763200@hub.example.org' } }, overrideAccess: true })).docs as Record<string, any>[]
    expect(doc.status).toBe('cancelled')
    expect(doc.venue).toBe('Medical School, Sheffield')
    expect(doc.bookingUrl).toBe('https://hub.example.org/event/pharmacogenomics-workshop/')
  })

  it.each(['broken-double-semicolon.ics', 'broken-missing-version.ics', 'broken-end-before-start.ics'])(
    'writes nothing from %s',
    async (name) => {
      const before = (await events()).length
      await expect(importIcs(payload, fixture(name))).rejects.toBeInstanceOf(IcsImportError)
      expect((await events()).length).toBe(before)
    },
  )
})


describe('importing from the admin (upload)', () => {
  const upload = (name: string, publish = false) => {
    const data = Buffer.from(fixture(name))
    return payload.create({
      collection: 'calendar-imports',
      data: { publish } as never,
      file: { data, mimetype: 'text/calendar', name, size: data.length },
      overrideAccess: true,
    })
  }
  const eventCount = async () => (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs

  it('creates the events and records what it did', async () => {
    const before = await eventCount()
    const record = await upload('google-duration-new-york.ics', true)
    expect(record.summary).toBe('1 created, 0 updated, published.')
    expect(await eventCount()).toBe(before + 1)
    const [event] = (await payload.find({ collection: 'events', where: { uid: { equals: 'transatlantic-grand-round@google.com' } }, overrideAccess: false })).docs
    expect(event.title).toBe('Transatlantic genomics grand round')
  })

  it('refuses a broken file with the reason, saving neither the upload nor any event', async () => {
    const before = await eventCount()
    const imports = (await payload.count({ collection: 'calendar-imports', overrideAccess: true })).totalDocs
    await expect(upload('broken-double-semicolon.ics')).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: 'Line 12: "DTSTART;;VALUE=DATE-TIME:20261209T093000" is not a valid iCalendar property line.' }] },
    })
    expect(await eventCount()).toBe(before)
    expect((await payload.count({ collection: 'calendar-imports', overrideAccess: true })).totalDocs).toBe(imports)
  })
})

import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NO_JOINING_NOTE } from '../src/import/event-data'
import { importIcs } from '../src/import/import-events'
import { type ParsedEvent, parseIcs } from '../src/import/parse-ics'
import { startPayload, stopPayload } from './payload-harness'

/** Every project fixture that is a good calendar, imported into a real Payload and again. */
const DIR = path.join(import.meta.dirname, 'fixtures', 'ics')
const FIXTURES = fs.readdirSync(DIR).filter((name) => name.endsWith('.ics') && !name.startsWith('broken-'))
const NOW = new Date('2026-11-24T12:00:00Z')
const text = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8')
type Doc = Record<string, any>

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const stored = async (uids: string[]) => {
  const { docs } = await payload.find({ collection: 'events', where: { uid: { in: uids } }, pagination: false, draft: true, overrideAccess: true, depth: 0 })
  return new Map((docs as Doc[]).map((doc) => [doc.uid as string, doc]))
}
const iso = (value: unknown) => (value ? new Date(String(value)).toISOString() : null)
/** What a stored event says, in the parser's terms. */
const asParsed = (doc: Doc) => ({
  uid: doc.uid,
  title: doc.title,
  timing: doc.allDay
    ? { allDay: true, startDate: doc.startDate, endDate: doc.endDate }
    : { allDay: false, start: iso(doc.start), end: iso(doc.end) },
  status: doc.status,
  sequence: doc.sequence,
  location: doc.format === 'online' ? (doc.onlineNote === NO_JOINING_NOTE ? undefined : doc.onlineNote) : doc.venue,
})
const expected = (event: ParsedEvent) => ({
  uid: event.uid,
  title: event.title,
  timing: event.timing,
  status: event.status,
  sequence: event.sequence,
  location: event.location,
})
/** A stored event without what changes on every save. */
const lasting = ({ updatedAt, importSource, ...rest }: Doc) => ({ ...rest, importSource: { ...importSource, importedAt: undefined } })

describe.each(FIXTURES)('importing %s', (name) => {
  const parsed = parseIcs(text(name), { now: NOW })
  let first: Map<string, Doc>

  it('stores every event as the file has it, with where it came from', async () => {
    const result = await importIcs(payload, text(name), { now: NOW, source: name, publish: true })
    expect(result).toMatchObject({ created: parsed.length, updated: 0, skipped: 0, cancelled: 0, missing: 0 })
    first = await stored(parsed.map((e) => e.uid))
    expect(first.size).toBe(parsed.length)
    for (const event of parsed) {
      const doc = first.get(event.uid)!
      expect(asParsed(doc), event.uid).toEqual(expected(event))
      expect(doc._status).toBe('published')
      expect(doc.slug).toMatch(/-\d{4}-\d{2}-\d{2}(-[0-9a-f]{6})?$/)
      expect(doc.importSource).toEqual({
        source: name,
        uid: event.uid,
        sequence: event.sequence,
        modified: event.modified ?? null,
        importedAt: NOW.toISOString(),
      })
    }
  })

  it('a second import changes nothing: same fields, same SEQUENCE, same ids and slugs', async () => {
    const later = new Date(NOW.getTime() + 3_600_000)
    const result = await importIcs(payload, text(name), { now: later, source: name, publish: true })
    expect(result).toMatchObject({ created: 0, updated: parsed.length, skipped: 0, cancelled: 0, missing: 0 })
    const second = await stored(parsed.map((e) => e.uid))
    for (const [uid, doc] of first) {
      expect(lasting(second.get(uid)!), uid).toEqual(lasting(doc))
      expect(second.get(uid)!.importSource.importedAt).toBe(later.toISOString())
    }
  })
})

describe('what the series fixtures become', () => {
  it('Exchange all-day series: three all-day dates, the excluded Monday missing; a two-day conference', async () => {
    const docs = [...(await stored(parseIcs(text('exchange-all-day-series.ics'), { now: NOW }).map((e) => e.uid))).values()]
    const series = docs.filter((d) => d.title === 'Rare disease MDT preparation day').sort((a, b) => a.startDate.localeCompare(b.startDate))
    expect(series.map((d) => [d.allDay, d.startDate, d.endDate, d.start ?? null])).toEqual([
      [true, '2027-06-07', '2027-06-07', null],
      [true, '2027-06-21', '2027-06-21', null],
      [true, '2027-07-19', '2027-07-19', null],
    ])
    expect(series.map((d) => d.slug)).toEqual([
      'rare-disease-mdt-preparation-day-2027-06-07',
      'rare-disease-mdt-preparation-day-2027-06-21',
      'rare-disease-mdt-preparation-day-2027-07-19',
    ])
    const conference = docs.find((d) => d.title === 'Genomic medicine education conference')!
    expect([conference.startDate, conference.endDate, conference.format, conference.venue]).toEqual(['2027-03-15', '2027-03-16', 'in-person', 'Royal Armouries, Leeds'])
  })

  it('Google weekly series: the cancelled occurrence cancelled, the moved one moved, HTML made plain', async () => {
    const uid = '5k2n8q1v7c3m9p0r4t6w8y1z3b@google.com'
    const docs = await stored(['20261006', '20261103', '20261110'].map((day) => `${uid}/${day}`))
    const [first, cancelled, moved] = ['20261006', '20261103', '20261110'].map((day) => docs.get(`${uid}/${day}`)!)
    expect([first.start, first.end, first.status]).toEqual(['2026-10-06T09:00:00.000Z', '2026-10-06T10:00:00.000Z', 'scheduled'])
    expect([cancelled.status, cancelled.sequence, cancelled.start]).toEqual(['cancelled', 1, '2026-11-03T10:00:00.000Z'])
    expect([moved.title, moved.start, moved.end, moved.slug]).toEqual([
      'Genomic practitioner teaching (moved to Thursday)',
      '2026-11-12T14:00:00.000Z',
      '2026-11-12T15:30:00.000Z',
      'genomic-practitioner-teaching-moved-to-thursday-2026-11-12',
    ])
    expect(first.summary).toBe('Weekly virtual teaching for genomic practitioners. Join on Microsoft Teams (https://teams.example.org/join/gp-teaching).')
    expect(JSON.stringify(first.description)).not.toMatch(/<p>|<b>/)
  })
})

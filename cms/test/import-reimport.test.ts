import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importIcs } from '../src/import/import-events'
import { calendar, timed } from './ics-builder'
import { makeUsers } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** Re-importing: where events came from, older copies skipped, series kept in step. */
const NOW = new Date('2026-11-24T12:00:00Z')
type Doc = Record<string, any>

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const one = async (uid: string) =>
  ((await payload.find({ collection: 'events', where: { uid: { equals: uid } }, draft: true, overrideAccess: true, depth: 0 })).docs as Doc[])[0]
const run = (file: string, source = 'hub.ics', publish = true) => importIcs(payload, file, { now: NOW, source, publish })
const actions = (result: Awaited<ReturnType<typeof run>>, action: string) =>
  result.events.filter((e) => e.action === action).map((e) => [e.uid, e.reason])

describe('where an imported event came from', () => {
  it('is kept on the event, shown to staff only, and not editable through the API', async () => {
    await run(calendar(...timed('kept@source.test', 'Source kept', '20261210T100000', 'SEQUENCE:3', 'LAST-MODIFIED:20261120T101500Z')), 'https://calendar.example.org/private-abc/basic.ics')
    const doc = await one('kept@source.test')
    expect(doc.importSource).toEqual({
      source: 'https://calendar.example.org/private-abc/basic.ics',
      uid: 'kept@source.test',
      sequence: 3,
      modified: '2026-11-20T10:15:00.000Z',
      importedAt: NOW.toISOString(),
    })
    const [anonymous] = (await payload.find({ collection: 'events', where: { uid: { equals: 'kept@source.test' } }, overrideAccess: false })).docs as Doc[]
    expect(anonymous.title).toBe('Source kept')
    expect(anonymous.importSource).toBeUndefined()
    const { editor } = await makeUsers(payload)
    await payload.update({ collection: 'events', id: doc.id, data: { importSource: { source: 'forged.ics', sequence: 99 } } as never, overrideAccess: false, user: editor as never })
    expect((await one('kept@source.test')).importSource).toMatchObject({ source: 'https://calendar.example.org/private-abc/basic.ics', sequence: 3 })
  })
})

describe('an older copy of an event', () => {
  const v = (sequence: number, start: string, modified?: string, stamp = '20261101T000000Z') =>
    calendar(...timed('stale@reimport.test', 'Stale check', start, `SEQUENCE:${sequence}`, `DTSTAMP:${stamp}`, ...(modified ? [`LAST-MODIFIED:${modified}`] : [])))

  it('is skipped and reported when its SEQUENCE is lower, leaving the stored event and its SEQUENCE alone', async () => {
    await run(v(2, '20261210T100000', '20261120T000000Z'))
    const before = await one('stale@reimport.test')
    const result = await run(v(1, '20261210T140000', '20261121T000000Z'))
    expect(result).toMatchObject({ created: 0, updated: 0, skipped: 1 })
    expect(actions(result, 'skipped')).toEqual([['stale@reimport.test', 'its SEQUENCE 1 is lower than the 2 already imported']])
    const after = await one('stale@reimport.test')
    expect([after.start, after.sequence, after.importSource.sequence]).toEqual(['2026-12-10T10:00:00.000Z', before.sequence, 2])
  })

  it('is skipped when its SEQUENCE is the same but it was last modified earlier (LAST-MODIFIED, else DTSTAMP)', async () => {
    const older = await run(v(2, '20261210T140000', '20261110T000000Z'))
    expect(actions(older, 'skipped')).toEqual([
      ['stale@reimport.test', 'it was last changed 2026-11-10T00:00:00.000Z, before the copy already imported (2026-11-20T00:00:00.000Z)'],
    ])
    expect((await run(v(2, '20261210T140000', undefined, '20261101T000000Z'))).skipped).toBe(1)
    expect((await one('stale@reimport.test')).start).toBe('2026-12-10T10:00:00.000Z')
  })

  it('a newer copy updates it: the time moves and the SEQUENCE goes up once', async () => {
    const before = await one('stale@reimport.test')
    const result = await run(v(2, '20261210T140000', '20261122T000000Z'))
    expect(result).toMatchObject({ updated: 1, skipped: 0 })
    const after = await one('stale@reimport.test')
    expect([after.start, after.sequence, after.importSource.modified]).toEqual(['2026-12-10T14:00:00.000Z', before.sequence + 1, '2026-11-22T00:00:00.000Z'])
  })
})

describe('re-importing a recurring series', () => {
  const UID = 'weekly@series.test'
  const series = (sequence: number, modified: string, ...rule: string[]) =>
    calendar(...timed(UID, 'Weekly genomics huddle', '20261201T100000', `SEQUENCE:${sequence}`, `LAST-MODIFIED:${modified}`, ...rule))
  const occurrence = (day: string) => one(`${UID}/${day}`)

  it('cancels an occurrence the series no longer has (EXDATE added), raising its SEQUENCE, and reports it', async () => {
    expect(await run(series(0, '20261120T000000Z', 'RRULE:FREQ=WEEKLY;COUNT=4'))).toMatchObject({ created: 4 })
    const before = await occurrence('20261215')
    const result = await run(series(1, '20261121T000000Z', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;TZID=Europe/London:20261215T100000'))
    expect(result).toMatchObject({ created: 0, updated: 3, cancelled: 1, changesLiveSite: true })
    expect(actions(result, 'cancelled')).toEqual([[`${UID}/20261215`, 'its series in the file no longer has this date']])
    const after = await occurrence('20261215')
    expect([after.status, after.sequence, after._status, after.start]).toEqual(['cancelled', before.sequence + 1, 'published', before.start])
    const [live] = (await payload.find({ collection: 'events', where: { uid: { equals: `${UID}/20261215` } }, overrideAccess: false })).docs as Doc[]
    expect(live.status).toBe('cancelled')
  })

  it('does it once: the same file again cancels nothing more and leaves the SEQUENCE alone', async () => {
    const before = await occurrence('20261215')
    const result = await run(series(1, '20261121T000000Z', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;TZID=Europe/London:20261215T100000'))
    expect(result).toMatchObject({ updated: 3, cancelled: 0 })
    expect((await occurrence('20261215')).sequence).toBe(before.sequence)
  })

  it('cancels the occurrences after an UNTIL moved earlier', async () => {
    const result = await run(series(2, '20261122T000000Z', 'RRULE:FREQ=WEEKLY;UNTIL=20261208T235959Z'))
    expect(result).toMatchObject({ updated: 2, cancelled: 1 })
    expect(actions(result, 'cancelled').map(([uid]) => uid)).toEqual([`${UID}/20261222`])
    expect((await Promise.all(['20261201', '20261208', '20261215', '20261222'].map(occurrence))).map((d) => d.status)).toEqual([
      'scheduled',
      'scheduled',
      'cancelled',
      'cancelled',
    ])
  })

  it('trusts no gap in an older copy of the series: its occurrences are skipped and the missing one kept', async () => {
    const result = await run(series(0, '20261120T000000Z', 'RRULE:FREQ=WEEKLY;COUNT=1'))
    expect(result).toMatchObject({ updated: 0, skipped: 1, cancelled: 0 })
    expect(actions(result, 'kept')).toEqual([
      [`${UID}/20261208`, 'no longer in its series in the file, but not cancelled: the file is an older copy of its series than the one already imported'],
    ])
    expect((await occurrence('20261208')).status).toBe('scheduled')
  })
})

describe('an event that vanished from its file', () => {
  const first = calendar(
    ...timed('a@vanish.test', 'Stays', '20261205T100000'),
    ...timed('b@vanish.test', 'Vanishes', '20261206T100000'),
    ...timed('c@vanish.test', 'Past and gone', '20260105T100000'),
  )

  it('is reported and left unchanged (one-off events are not cancelled by absence)', async () => {
    await run(first, 'team.ics')
    await run(calendar(...timed('other@vanish.test', 'From elsewhere', '20261207T100000')), 'other.ics')
    const result = await run(calendar(...timed('a@vanish.test', 'Stays', '20261205T100000')), 'team.ics')
    expect(result).toMatchObject({ updated: 1, missing: 1, cancelled: 0, changesLiveSite: true })
    expect(actions(result, 'missing')).toEqual([['b@vanish.test', 'imported before from team.ics, not in this file; left unchanged']])
    expect((await one('b@vanish.test')).status).toBe('scheduled')
  })
})

describe('the admin upload', () => {
  it('says what was skipped and cancelled in the import record', async () => {
    const data = Buffer.from(calendar(...timed('stale@reimport.test', 'Stale check', '20261210T090000', 'SEQUENCE:0')))
    const record = await payload.create({
      collection: 'calendar-imports',
      data: { publish: true } as never,
      file: { data, mimetype: 'text/calendar', name: 'old-export.ics', size: data.length },
      overrideAccess: true,
    })
    expect(record.summary).toBe(
      '0 created, 0 updated, 1 skipped (older than the copy already imported), published.\n' +
        'skipped: Stale check (stale@reimport.test): its SEQUENCE 0 is lower than the 2 already imported',
    )
  })
})

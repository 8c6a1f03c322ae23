import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importIcs } from '../src/import/import-events'
import { IcsImportError } from '../src/import/parse-ics'
import { calendar, timed, vevent } from './ics-builder'
import { startPayload, stopPayload } from './payload-harness'

const NOW = new Date('2026-11-24T12:00:00Z')
type Doc = Record<string, any>

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const byUid = async (prefix: string) =>
  ((await payload.find({ collection: 'events', where: { uid: { contains: prefix } }, pagination: false, draft: true, overrideAccess: true, sort: 'uid' })).docs as Doc[])
const versions = async () => (await payload.countVersions({ collection: 'events', overrideAccess: true })).totalDocs
const sqlite = () => !process.env.DATABASE_URI?.startsWith('mongodb')

describe.runIf(sqlite())('an import that fails part-way', () => {
  it('writes nothing (no event, no version) and names the event that failed, with its line', async () => {
    const file = calendar(
      ...timed('first@atomic.test', 'First of three', '20261201T100000'),
      ...timed('second@atomic.test', 'Second of three', '20261202T100000'),
      ...timed('third@atomic.test', 'Third of three', '20261203T100000'),
    )
    // The database refuses the third event, as a constraint or a failing hook would.
    const refuseThird: CollectionBeforeChangeHook = ({ data }) => {
      if (data.uid === 'third@atomic.test') throw new Error('the database refused it')
      return data
    }
    const hooks = payload.collections.events.config.hooks.beforeChange
    hooks.push(refuseThird)
    const before = await versions()
    try {
      const error = await importIcs(payload, file, { now: NOW }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(IcsImportError)
      expect((error as Error).message).toBe(
        'Nothing was imported. Line 16: Event "Third of three" (UID third@atomic.test) could not be saved: the database refused it',
      )
    } finally {
      hooks.splice(hooks.indexOf(refuseThird), 1)
    }
    expect(await byUid('@atomic.test')).toEqual([])
    expect(await versions()).toBe(before)
    // The same file then imports whole.
    expect(await importIcs(payload, file, { now: NOW })).toMatchObject({ created: 3, updated: 0 })
  })
})

describe('slugs of imported events', () => {
  const LONG = 'Introduction to genomic testing for primary care teams across the whole region'

  it('keep the date of each occurrence of a weekly series with a long title (80 characters at most)', async () => {
    const result = await importIcs(
      payload,
      calendar(...timed('long-series@slug.test', LONG, '20261201T100000', 'RRULE:FREQ=WEEKLY;COUNT=4')),
      { now: NOW },
    )
    expect(result.created).toBe(4)
    const slugs = (await byUid('long-series@slug.test')).map((d) => d.slug)
    expect(slugs).toEqual([
      'introduction-to-genomic-testing-for-primary-care-teams-across-the-who-2026-12-01',
      'introduction-to-genomic-testing-for-primary-care-teams-across-the-who-2026-12-08',
      'introduction-to-genomic-testing-for-primary-care-teams-across-the-who-2026-12-15',
      'introduction-to-genomic-testing-for-primary-care-teams-across-the-who-2026-12-22',
    ])
    expect(slugs.every((s) => s.length <= 80)).toBe(true)
  })

  it('tell apart same-day events whose titles have no Latin letters, and one already there', async () => {
    await payload.create({
      collection: 'events',
      data: { title: 'Existing', slug: 'event-2026-12-09', summary: 'x', start: '2026-12-09T10:00:00Z', end: '2026-12-09T11:00:00Z', format: 'online', onlineNote: 'Teams' } as never,
      overrideAccess: true,
    })
    const result = await importIcs(
      payload,
      calendar(
        ...timed('ru@slug.test', 'Геномика для врачей общей практики', '20261209T100000'),
        ...timed('zh@slug.test', '基因组医学培训', '20261209T140000'),
        ...timed('ar@slug.test', 'التدريب على علم الجينوم', '20261209T160000'),
      ),
      { now: NOW },
    )
    expect(result.created).toBe(3)
    const slugs = (await byUid('@slug.test')).filter((d) => !d.uid.startsWith('long')).map((d) => d.slug)
    expect(new Set(slugs).size).toBe(3)
    for (const slug of slugs) expect(slug).toMatch(/^event-2026-12-09-[0-9a-f]{6}$/)
  })

  it('date an event by its London day (00:30 BST on 8 July is still 7 July in UTC)', async () => {
    await importIcs(payload, calendar(...vevent('UID:early@slug.test', 'SUMMARY:Early start', 'DTSTART:20260707T233000Z', 'DURATION:PT1H')), { now: NOW })
    expect((await byUid('early@slug.test'))[0].slug).toBe('early-start-2026-07-08')
  })
})

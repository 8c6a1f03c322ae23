import { eventDates, monthsBetween } from '@genomics-hub/shared/time'
import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPublishedContent } from '../src/publishing/published-content'
import { seed } from '../src/seed'
import { startPayload, stopPayload } from './payload-harness'

const TODAY = '2026-11-24'
let payload: Payload
let first: Awaited<ReturnType<typeof seed>>
let second: Awaited<ReturnType<typeof seed>>

beforeAll(async () => {
  payload = await startPayload()
  first = await seed(payload, { today: TODAY })
  second = await seed(payload, { today: TODAY })
})
afterAll(async () => stopPayload(payload))

const count = async (collection: string) =>
  (await payload.count({ collection: collection as never, overrideAccess: true })).totalDocs
const allEvents = async () =>
  (await payload.find({ collection: 'events', pagination: false, overrideAccess: true, draft: true })).docs as Record<string, any>[]

describe('seed', () => {
  it('creates nothing the second time', async () => {
    expect(Object.values(second.created)).toEqual([])
    expect(second.existing).toEqual(first.created)
    for (const [collection, created] of Object.entries(first.created)) expect(await count(collection)).toBe(created)
  })

  it('has the four guidance pages, 20+ resources and 30+ events', async () => {
    expect(await count('guidance')).toBe(4)
    expect(await count('resources')).toBeGreaterThanOrEqual(20)
    expect(await count('events')).toBeGreaterThanOrEqual(30)
  })

  it('covers every resource format, clinical area and audience', async () => {
    const docs = (await payload.find({ collection: 'resources', pagination: false, overrideAccess: true })).docs as Record<string, any>[]
    expect(new Set(docs.map((d) => d.format)).size).toBe(8)
    expect(new Set(docs.map((d) => d.clinicalArea))).toEqual(new Set(['cancer', 'rare-disease', 'general']))
    expect(new Set(docs.flatMap((d) => d.audience)).size).toBe(7)
  })

  it('includes every kind of event the calendar must handle', async () => {
    const events = await allEvents()
    const timing = (e: Record<string, any>) =>
      e.allDay ? { allDay: true as const, startDate: e.startDate, endDate: e.endDate } : { allDay: false as const, start: e.start, end: e.end }
    const timed = events.filter((e) => !e.allDay)
    expect(events.some((e) => e.allDay && e.endDate > e.startDate), 'multi-day all-day').toBe(true)
    expect(events.some((e) => e.allDay && e.endDate === e.startDate), 'one-day all-day').toBe(true)
    expect(timed.some((e) => eventDates(timing(e)).length >= 2 && DateTime.fromISO(e.end).diff(DateTime.fromISO(e.start), 'hours').hours > 24), 'multi-day timed').toBe(true)
    expect(timed.some((e) => eventDates(timing(e)).length === 2 && DateTime.fromISO(e.end).diff(DateTime.fromISO(e.start), 'hours').hours < 12), 'crossing midnight').toBe(true)
    expect(events.some((e) => e.format === 'online')).toBe(true)
    expect(events.some((e) => e.format === 'hybrid')).toBe(true)
    expect(events.some((e) => e.status === 'cancelled')).toBe(true)
    expect(events.some((e) => e.status === 'postponed')).toBe(true)
    const dates = events.flatMap((e) => eventDates(timing(e)))
    expect(dates, 'the October clock change').toContain('2026-10-25')
    expect(dates, 'the March clock change').toContain('2027-03-28')
  })

  it('spreads events over the 18 months around today, leaving one month empty', async () => {
    const events = await allEvents()
    const months = new Set(events.flatMap((e) => (e.allDay ? [e.startDate.slice(0, 7)] : [DateTime.fromISO(e.start, { zone: 'Europe/London' }).toFormat('yyyy-MM')])))
    const window = monthsBetween('2026-05', '2027-10')
    const empty = window.filter((m) => !months.has(m))
    expect(empty).toEqual(['2027-08'])
  })

  it('keeps drafts out of what anonymous readers and the site get', async () => {
    const drafts = (await payload.find({ collection: 'events', where: { _status: { equals: 'draft' } }, overrideAccess: true, draft: true })).docs
    expect(drafts.length).toBeGreaterThan(0)
    const content = await readPublishedContent(payload)
    const publicSlugs = new Set(content.events.map((e) => e.slug))
    for (const draft of drafts) expect(publicSlugs.has((draft as { slug: string }).slug)).toBe(false)
    expect(content.resources.some((r) => r.title.startsWith('Draft'))).toBe(false)
    expect(content.events.length).toBe((await count('events')) - drafts.length)
  })
})

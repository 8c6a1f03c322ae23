import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { needsAttention } from '../src/publishing/needs-attention'
import { seed } from '../src/seed'
import { lexical } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** The admin dashboard's list, on the demo seed plus documents on each boundary. */
const TODAY = '2026-11-24'
const NOW = DateTime.fromISO(`${TODAY}T09:00`, { zone: 'Europe/London' })
const day = (days: number) => NOW.plus({ days }).toISODate()!
const at = (days: number, time = '10:00') => DateTime.fromISO(`${day(days)}T${time}`, { zone: 'Europe/London' }).toUTC().toISO()!

let payload: Payload
let attention: Awaited<ReturnType<typeof needsAttention>>
const opts = { overrideAccess: true, context: { skipPublishHooks: true } } as const

async function guidance(slug: string, nextReview: string, status: 'draft' | 'published' = 'published') {
  await payload.create({
    collection: 'guidance',
    data: { title: slug, slug, summary: 's', body: lexical('b'), owner: 'Owner', lastReviewed: day(-300), nextReview, _status: status } as never,
    draft: status === 'draft',
    ...opts,
  })
}
async function event(slug: string, when: { start?: string; startDate?: string }, status: 'draft' | 'published' = 'draft') {
  const timing = when.start
    ? { allDay: false, start: when.start, end: DateTime.fromISO(when.start).plus({ hours: 1 }).toISO() }
    : { allDay: true, startDate: when.startDate, endDate: when.startDate }
  await payload.create({
    collection: 'events',
    data: { title: slug, slug, summary: 's', ...timing, format: 'online', onlineNote: 'Teams', _status: status } as never,
    draft: status === 'draft',
    ...opts,
  })
}

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { today: TODAY })
  await guidance('review-overdue', day(-3))
  await guidance('review-in-30-days', day(30))
  await guidance('review-in-31-days', day(31))
  await guidance('draft-review-in-10-days', day(10), 'draft')
  await event('draft-started-an-hour-ago', { start: NOW.minus({ hours: 1 }).toUTC().toISO()! })
  await event('draft-tomorrow', { start: at(1) })
  await event('draft-all-day-today', { startDate: day(0) })
  await event('draft-in-14-days-morning', { start: at(14, '08:00') })
  await event('draft-all-day-in-14-days', { startDate: day(14) })
  await event('draft-in-15-days', { start: at(15) })
  await event('published-tomorrow', { start: at(1) }, 'published')
  for (const [status, startedAt] of [['succeeded', '2026-11-23T10:00:00Z'], ['failed', '2026-11-24T08:00:00Z'], ['succeeded', '2026-11-22T10:00:00Z']]) {
    await payload.create({ collection: 'site-builds', data: { status, startedAt, trigger: status } as never, overrideAccess: true })
  }
  attention = await needsAttention(payload, NOW)
})
afterAll(async () => stopPayload(payload))

describe('needs attention', () => {
  it('shows the latest build, failed or not', () => {
    expect(attention.lastBuild).toMatchObject({ status: 'failed', startedAt: '2026-11-24T08:00:00.000Z' })
  })

  it('lists guidance overdue or due within 30 days (drafts too), soonest first', () => {
    expect(attention.reviewsDue.map((g) => g.slug)).toEqual(['review-overdue', 'draft-review-in-10-days', 'national-genomic-test-directory', 'review-in-30-days'])
  })

  it('lists draft events starting from now to 14 days ahead, timed and all-day, and nothing published', () => {
    expect(attention.draftEventsSoon.map((e) => e.slug).sort()).toEqual(
      ['draft-all-day-in-14-days', 'draft-all-day-today', 'draft-in-14-days-morning', 'draft-tomorrow', 'lynch-syndrome-pathway-launch'].sort(),
    )
  })
})

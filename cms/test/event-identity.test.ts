import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** The iCal UID never changes; SEQUENCE grows on time, place or status changes only. */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

const create = (data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'events', data: { ...validData.events(), _status: 'published', ...data } as never, overrideAccess: true })
const update = (id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: 'events', id, data: data as never, overrideAccess: true })

describe('event UID', () => {
  it('is made at creation, unique per event', async () => {
    const a = await create()
    const b = await create()
    expect(a.uid).toMatch(/^[0-9a-f-]{36}@genomics-education-hub\.nhs\.uk$/)
    expect(b.uid).not.toBe(a.uid)
    expect(a.sequence).toBe(0)
  })

  it('keeps an imported UID', async () => {
    const doc = await create({ uid: 'abc-123@outlook.example', sequence: 3 })
    expect(doc.uid).toBe('abc-123@outlook.example')
    expect(doc.sequence).toBe(3)
  })

  it('never changes, even when an update asks it to', async () => {
    const doc = await create()
    const updated = await update(doc.id, { uid: 'hijacked@example.org', title: 'Renamed' })
    expect(updated.uid).toBe(doc.uid)
    const viaApi = await payload.update({
      collection: 'events',
      id: doc.id,
      data: { uid: 'again@example.org' } as never,
      overrideAccess: false,
      user: (await payload.find({ collection: 'users', limit: 1, overrideAccess: true })).docs[0] as never,
    }).catch(() => null)
    const stored = await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: true })
    expect(stored.uid).toBe(doc.uid)
    expect(viaApi === null || viaApi.uid === doc.uid).toBe(true)
  })
})

describe('event SEQUENCE', () => {
  it.each([
    ['start', { start: '2026-12-01T09:00:00.000Z' }],
    ['end', { end: '2026-12-01T12:00:00.000Z' }],
    ['venue', { venue: 'Education Centre, Room 2' }],
    ['address', { address: '1 Hospital Road' }],
    ['format', { format: 'hybrid' }],
    ['status', { status: 'cancelled' }],
    ['all-day switch', { allDay: true, startDate: '2026-12-01', endDate: '2026-12-01' }],
  ])('goes up when %s changes', async (_label, change) => {
    const doc = await create()
    const updated = await update(doc.id, change)
    expect(updated.sequence).toBe(1)
  })

  it.each([
    ['title', { title: 'A clearer title' }],
    ['summary', { summary: 'Better words' }],
    ['organiser', { organiser: 'Education team' }],
    ['booking link', { bookingUrl: 'https://www.eventbrite.co.uk/e/123' }],
    ['the same times written differently', { start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00.000Z' }],
  ])('stays when only %s changes', async (_label, change) => {
    const doc = await create()
    const updated = await update(doc.id, change)
    expect(updated.sequence).toBe(0)
  })

  it('counts each change: reschedule, move, cancel', async () => {
    const doc = await create()
    await update(doc.id, { start: '2026-12-03T10:00:00.000Z', end: '2026-12-03T11:00:00.000Z' })
    await update(doc.id, { venue: 'Seminar room' })
    const last = await update(doc.id, { status: 'cancelled' })
    expect(last.sequence).toBe(3)
  })
})

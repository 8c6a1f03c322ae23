import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, type StaffUser } from './access-apis'
import { restCall, restLogin } from './access-clients'
import { makeUsers, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * The iCal UID never changes; SEQUENCE grows on time, place or status changes only. Both are
 * the plugin's: staff cannot write them through the API; trusted server code (the calendar
 * import, Local API with access overridden) can bring an original UID and a higher SEQUENCE.
 */
let payload: Payload
let tokens: Record<'contributor' | 'editor' | 'admin', string>
beforeAll(async () => {
  payload = await startPayload()
  const staff = (await makeUsers(payload)) as unknown as Record<keyof typeof tokens, StaffUser>
  tokens = {
    contributor: await restLogin(staff.contributor.email, PASSWORD),
    editor: await restLogin(staff.editor.email, PASSWORD),
    admin: await restLogin(staff.admin.email, PASSWORD),
  }
})
afterAll(async () => stopPayload(payload))

const create = (data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'events', data: { ...validData.events(), _status: 'published', ...data } as never, overrideAccess: true })
/** As the calendar import writes: Local API, access overridden. */
const update = (id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: 'events', id, data: data as never, overrideAccess: true })
const stored = (id: number | string) => payload.findByID({ collection: 'events', id, overrideAccess: true })

describe('event UID', () => {
  it('is made at creation, unique per event', async () => {
    const a = await create()
    const b = await create()
    expect(a.uid).toMatch(/^[0-9a-f-]{36}@genomics-education-hub\.nhs\.uk$/)
    expect(b.uid).not.toBe(a.uid)
    expect(a.sequence).toBe(0)
  })

  it('keeps the UID and SEQUENCE an import brings', async () => {
    const doc = await create({ uid: 'abc-123@outlook.example', sequence: 3 })
    expect(doc.uid).toBe('abc-123@outlook.example')
    expect(doc.sequence).toBe(3)
  })

  it('never changes, even when the import asks it to', async () => {
    const doc = await create()
    const updated = await update(doc.id, { uid: 'hijacked@example.org', title: 'Renamed' })
    expect(updated.uid).toBe(doc.uid)
    expect(updated.title).toBe('Renamed')
  })

  it('cannot be changed or chosen by staff over REST: the rest of the save goes through', async () => {
    const doc = await create()
    const reply = await restCall('PATCH', `events/${doc.id}`, { token: tokens.admin, json: { uid: 'again@example.org', title: 'Retitled' } })
    expect(reply.status).toBe(200)
    expect(reply.body.doc.uid).toBe(doc.uid)
    expect((await stored(doc.id)).uid).toBe(doc.uid)
    expect((await stored(doc.id)).title).toBe('Retitled')

    const made = await restCall('POST', 'events', { token: tokens.editor, json: { ...validData.events(), uid: 'chosen@example.org' } })
    expect(made.status).toBe(201)
    expect(made.body.doc.uid).toMatch(/^[0-9a-f-]{36}@genomics-education-hub\.nhs\.uk$/)
  })
})

describe('event SEQUENCE', () => {
  it.each([
    ['start', {}, { start: '2026-12-01T09:00:00.000Z' }],
    ['end', {}, { end: '2026-12-01T12:00:00.000Z' }],
    ['venue', { format: 'in-person', venue: 'Room 1' }, { venue: 'Education Centre, Room 2' }],
    ['address', { format: 'in-person', venue: 'Room 1' }, { address: '1 Hospital Road' }],
    ['format', { format: 'in-person', venue: 'Room 1' }, { format: 'hybrid' }],
    ['joining instructions', {}, { onlineNote: 'Join on Zoom instead.' }],
    ['status', {}, { status: 'cancelled' }],
    ['all-day switch', {}, { allDay: true, startDate: '2026-12-01', endDate: '2026-12-01' }],
  ])('goes up when %s changes', async (_label, base, change) => {
    const doc = await create(base)
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
    const doc = await create({ format: 'in-person', venue: 'Room 1' })
    await update(doc.id, { start: '2026-12-03T10:00:00.000Z', end: '2026-12-03T11:00:00.000Z' })
    await update(doc.id, { venue: 'Seminar room' })
    const last = await update(doc.id, { status: 'cancelled' })
    expect(last.sequence).toBe(3)
  })

  it('takes a higher SEQUENCE from an import, and never goes down', async () => {
    const doc = await create()
    expect((await update(doc.id, { sequence: 7, title: 'From Outlook' })).sequence).toBe(7)
    expect((await update(doc.id, { sequence: 2 })).sequence).toBe(7)
  })

  it.each(['contributor', 'editor', 'admin'] as const)('cannot be set by %s over REST', async (role) => {
    const doc = await create()
    const draft = role === 'contributor'
    const reply = await restCall('PATCH', `events/${doc.id}`, { token: tokens[role], query: { draft }, json: { title: 'Only the title', sequence: 99 } })
    expect(reply.status).toBe(200)
    expect(reply.body.doc.title).toBe('Only the title')
    expect(reply.body.doc.sequence).toBe(0)
    const latest = await payload.findByID({ collection: 'events', id: doc.id, draft: true, overrideAccess: true })
    expect(latest.sequence).toBe(0)
  })

  it('starts at 0 whatever a REST create sends', async () => {
    const reply = await restCall('POST', 'events', { token: tokens.editor, json: { ...validData.events(), sequence: 42, _status: 'published' } })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.sequence).toBe(0)
  })
})

describe('duplicating an event', () => {
  it('gives the copy a UID of its own and sequence 0 (Local API)', async () => {
    const doc = await create({ uid: 'series-1@outlook.example', sequence: 4 })
    const copy = await payload.duplicate({ collection: 'events', id: doc.id, overrideAccess: true })
    expect(copy.uid).toMatch(/^[0-9a-f-]{36}@genomics-education-hub\.nhs\.uk$/)
    expect(copy.sequence).toBe(0)
    expect(copy.title).toBe(doc.title)
    expect((await stored(doc.id)).uid).toBe('series-1@outlook.example')
  })

  it('does the same from the admin’s Duplicate button (REST)', async () => {
    const doc = await create({ sequence: 2 })
    const reply = await restCall('POST', `events/${doc.id}/duplicate`, { token: tokens.editor, query: { draft: true }, json: {} })
    expect(reply.status).toBe(200)
    expect(reply.body.doc.uid).not.toContain(doc.uid)
    expect(reply.body.doc.uid).toMatch(/^[0-9a-f-]{36}@genomics-education-hub\.nhs\.uk$/)
    expect(reply.body.doc.sequence).toBe(0)
  })
})

import { eventDates, monthsBetween } from '@genomics-hub/shared/time'
import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { needsAttention } from '../src/publishing/needs-attention'
import { readPublishedContent } from '../src/publishing/published-content'
import { seed } from '../src/seed'
import { ensureAdmin } from '../src/seed/admin'
import { startPayload, stopPayload } from './payload-harness'

const TODAY = '2026-11-24'
const ZONE = 'Europe/London'
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
const all = async (collection: string) =>
  (await payload.find({ collection: collection as never, pagination: false, overrideAccess: true, draft: true, depth: 0 })).docs as Record<string, any>[]
const timing = (e: Record<string, any>) =>
  e.allDay ? { allDay: true as const, startDate: e.startDate, endDate: e.endDate } : { allDay: false as const, start: e.start, end: e.end }
const london = (instant: string) => DateTime.fromISO(instant, { zone: ZONE })
const hours = (e: Record<string, any>) => DateTime.fromISO(e.end).diff(DateTime.fromISO(e.start), 'hours').hours

describe('seed', () => {
  it('creates nothing the second time, and every document once', async () => {
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true)
    expect(Object.values(second.updated).every((n) => n === 0)).toBe(true)
    expect(second.existing).toEqual(first.created)
    for (const [collection, created] of Object.entries(first.created)) {
      expect(created, collection).toBeGreaterThan(0)
      expect(await count(collection), collection).toBe(created)
    }
  })

  it('has the four guidance pages, the taxonomy, 20+ resources and 30+ events', async () => {
    expect(await count('guidance')).toBe(4)
    expect(await count('topics')).toBeGreaterThanOrEqual(7)
    expect((await all('event-categories')).map((c) => c.name)).toEqual(
      expect.arrayContaining(['Webinar', 'Workshop', 'Conference', 'E-learning live session', 'Masterclass']),
    )
    expect(await count('resources')).toBeGreaterThanOrEqual(20)
    expect(await count('events')).toBeGreaterThanOrEqual(30)
  })

  it('gives each guidance page an owner, review dates, an order and https further reading', async () => {
    const pages = await all('guidance')
    expect(pages.map((p) => p.slug).sort()).toEqual(
      ['100-000-genomes-project-guidance-for-clinicians', 'getting-results', 'how-to-order-a-genomic-test', 'national-genomic-test-directory'],
    )
    for (const page of pages) {
      expect(page.owner).toBeTruthy()
      expect(page.lastReviewed < TODAY && page.nextReview > TODAY, page.slug).toBe(true)
      expect(page.furtherReading.length).toBeGreaterThan(0)
      for (const link of page.furtherReading) expect(link.url).toMatch(/^https:\/\//)
    }
    expect(new Set(pages.map((p) => p.navOrder)).size).toBe(4)
    const html = (await readPublishedContent(payload)).guidance.find((g) => g.slug === 'getting-results')!.bodyHtml
    expect(html).toContain('Genomic Tumour Advisory Board (GTAB)')
    expect(html).toContain('GARD')
  })

  it('covers every resource format, clinical area and audience, with https links', async () => {
    const docs = await all('resources')
    expect(new Set(docs.map((d) => d.format)).size).toBe(8)
    expect(new Set(docs.map((d) => d.clinicalArea))).toEqual(new Set(['cancer', 'rare-disease', 'general']))
    expect(new Set(docs.flatMap((d) => d.audience)).size).toBe(7)
    expect(docs.filter((d) => d.featured).length).toBeGreaterThanOrEqual(2)
    for (const doc of docs) {
      expect(doc.externalUrl, doc.slug).toMatch(/^https:\/\//)
      expect(doc.reviewDate, doc.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(doc.topics.length, doc.slug).toBeGreaterThan(0)
    }
  })

  it('includes every kind of event the calendar must handle', async () => {
    const events = await all('events')
    const timed = events.filter((e) => !e.allDay)
    expect(events.some((e) => e.allDay && e.endDate > e.startDate), 'multi-day all-day').toBe(true)
    expect(events.some((e) => e.allDay && e.endDate === e.startDate), 'one-day all-day').toBe(true)
    expect(timed.some((e) => eventDates(timing(e)).length >= 2 && hours(e) > 24), 'multi-day timed').toBe(true)
    expect(timed.some((e) => eventDates(timing(e)).length === 2 && hours(e) < 12), 'crossing midnight').toBe(true)
    for (const format of ['online', 'hybrid', 'in-person']) expect(events.some((e) => e.format === format), format).toBe(true)
    expect(events.some((e) => e.status === 'cancelled')).toBe(true)
    expect(events.some((e) => e.status === 'postponed')).toBe(true)
    for (const e of events) {
      if (e.format !== 'in-person') expect(e.onlineNote, e.slug).toBeTruthy()
      if (e.format !== 'online') expect(e.venue && e.address, e.slug).toBeTruthy()
      expect(e.uid, e.slug).toMatch(/@/)
      expect(e.category, e.slug).toBeTruthy()
    }
  })

  it('stores London wall-clock times as instants, right across both clock changes', async () => {
    const events = await all('events')
    const byTitle = (title: string) => events.find((e) => e.title === title)!
    // The example from the brief: 20:00 to 01:00 the next day, in winter (GMT).
    const night = byTitle('Night shift genomics: teaching for resident doctors')
    expect([night.start, night.end].map((t) => new Date(t).toISOString())).toEqual(['2026-12-10T20:00:00.000Z', '2026-12-11T01:00:00.000Z'])
    expect(night.start_tz).toBe(ZONE)
    // Autumn: 22:00 BST Saturday to 06:00 GMT Sunday is nine hours.
    const autumn = byTitle('Overnight in the rapid sequencing lab')
    expect(eventDates(timing(autumn))).toEqual(['2026-10-24', '2026-10-25'])
    expect(new Date(autumn.start).toISOString()).toBe('2026-10-24T21:00:00.000Z')
    expect(hours(autumn)).toBe(9)
    // Spring: 00:30 GMT to 03:30 BST on Sunday is two hours.
    const spring = byTitle('Night shift genomics: rapid genome sequencing in intensive care')
    expect(eventDates(timing(spring))).toEqual(['2027-03-28'])
    expect(hours(spring)).toBe(2)
    expect(london(spring.end).toFormat('HH:mm')).toBe('03:30')
    // A summer session is stored an hour earlier in UTC than its London time.
    const summer = byTitle('Genomics for GPs: when to refer')
    expect(london(summer.start).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-05-12 12:30')
    expect(new Date(summer.start).toISOString()).toBe('2026-05-12T11:30:00.000Z')
    const dates = events.flatMap((e) => eventDates(timing(e)))
    expect(dates, 'the October clock change').toContain('2026-10-25')
    expect(dates, 'the March clock change').toContain('2027-03-28')
  })

  it('puts timed sessions on weekdays, except the clock-change weekend', async () => {
    const weekend = (await all('events')).filter((e) => !e.allDay && london(e.start).weekday >= 6)
    expect(weekend.map((e) => e.title)).toEqual(['Overnight in the rapid sequencing lab', 'Night shift genomics: rapid genome sequencing in intensive care'].filter((t) => weekend.some((e) => e.title === t)))
    expect(weekend.length).toBeLessThanOrEqual(2)
  })

  it('spreads events over the 18 months around today, leaving August 2027 empty', async () => {
    const events = await all('events')
    const months = new Set(events.flatMap((e) => eventDates(timing(e)).map((d) => d.slice(0, 7))))
    const window = monthsBetween('2026-05', '2027-11')
    expect(window.filter((m) => !months.has(m))).toEqual(['2027-08'])
    expect([...months].sort()[0]).toBe('2026-05')
    expect([...months].sort().at(-1)).toBe('2027-11')
  })

  it('keeps the drafts from anonymous readers and from the site', async () => {
    for (const collection of ['events', 'resources']) {
      const drafts = (await payload.find({ collection: collection as never, where: { _status: { equals: 'draft' } }, pagination: false, overrideAccess: true, draft: true })).docs as Record<string, any>[]
      expect(drafts.length, collection).toBe(1)
      const anonymous = await payload.find({ collection: collection as never, pagination: false, overrideAccess: false })
      expect(anonymous.docs.length, collection).toBe((await count(collection)) - 1)
      expect(anonymous.docs.some((d) => (d as unknown as { slug: string }).slug === drafts[0].slug), collection).toBe(false)
      const asDraft = await payload.find({ collection: collection as never, where: { slug: { equals: drafts[0].slug } }, draft: true, overrideAccess: false })
      expect(asDraft.docs, `${collection} with draft: true`).toHaveLength(0)
    }
    const content = await readPublishedContent(payload)
    expect(content.events.some((e) => e.slug === 'lynch-syndrome-pathway-launch')).toBe(false)
    expect(content.resources.some((r) => r.title.startsWith('Draft'))).toBe(false)
    expect(content.events.length).toBe((await count('events')) - 1)
  })

  it('gives the admin dashboard something to show: a review due and a draft event soon', async () => {
    const attention = await needsAttention(payload, DateTime.fromISO(`${TODAY}T09:00`, { zone: ZONE }))
    expect(attention.reviewsDue.map((g) => g.slug)).toEqual(['national-genomic-test-directory'])
    expect(attention.draftEventsSoon.map((e) => e.slug)).toEqual(['lynch-syndrome-pathway-launch'])
  })

  it('creates the admin from the given credentials once, and no other users', async () => {
    expect(await count('users')).toBe(0)
    const made = await seed(payload, { today: TODAY, admin: { email: 'Education.Lead@example.nhs.uk', password: 'from-the-environment' } })
    expect(made.created.users).toBe(1)
    const again = await seed(payload, { today: TODAY, admin: { email: 'education.lead@example.nhs.uk', password: 'x' } })
    expect(again.created.users).toBe(0)
    expect(await ensureAdmin(payload, ' EDUCATION.LEAD@example.nhs.uk', 'y')).toBe(false)
    const users = await all('users')
    expect(users.map((u) => [u.email, u.role])).toEqual([['education.lead@example.nhs.uk', 'admin']])
  })

  it('with refresh, puts changed documents back and leaves the rest untouched', async () => {
    const [event] = (await payload.find({ collection: 'events', where: { title: { equals: 'Cancer genomics update' } }, overrideAccess: true })).docs as Record<string, any>[]
    await payload.update({ collection: 'events', id: event.id, data: { title: 'Edited by hand', venue: 'Somewhere' } as never, overrideAccess: true, context: { skipPublishHooks: true } })
    const plain = await seed(payload, { today: TODAY })
    expect(Object.values(plain.updated).every((n) => n === 0)).toBe(true)
    const refreshed = await seed(payload, { today: TODAY, refresh: true })
    expect(refreshed.updated).toEqual({ topics: 0, 'event-categories': 0, guidance: 0, resources: 0, events: 1 })
    const back = (await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true })) as Record<string, any>
    expect([back.title, back.venue ?? null, back.uid]).toEqual(['Cancer genomics update', null, event.uid])
    const again = await seed(payload, { today: TODAY, refresh: true })
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true)
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true)
  })
})

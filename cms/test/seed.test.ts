import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { addMonths, datesBetween, eventDates, monthOf, monthsBetween } from '@genomics-hub/shared/time'
import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { needsAttention } from '../src/publishing/needs-attention'
import { readPublishedContent, writePublishedContent } from '../src/publishing/published-content'
import { seed } from '../src/seed'
import { ensureAdmin } from '../src/seed/admin'
import { plannedEvents } from '../src/seed/events'
import { isSeedFile, mediaFiles } from '../src/seed/media'
import { textPdf } from '../src/seed/pdf'
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
      // The overview is a global: one document, no count.
      if (collection !== 'overview') expect(await count(collection), collection).toBe(created)
    }
    expect(first.created.overview).toBe(1)
    expect((await payload.findGlobalVersions({ slug: 'overview', pagination: false, overrideAccess: true })).docs).toHaveLength(1)
  })

  it('publishes the overview with the four-step pathway, linked to how to order a test', async () => {
    const anonymous = (await payload.findGlobal({ slug: 'overview', overrideAccess: false, depth: 0 })) as Record<string, any>
    expect(anonymous._status).toBe('published')
    expect(anonymous.pathway.steps.map((s: { title: string }) => s.title)).toEqual([
      'Identify and consent',
      'Request the test and send samples',
      'Sequencing and analysis',
      'Results and report',
    ])
    const { overview } = await readPublishedContent(payload)
    expect(overview?.heading).toBe('Genomics education for healthcare professionals')
    expect(overview?.introduction).toMatch(/^Genomics is part of everyday care/)
    expect(overview?.pathway?.steps).toHaveLength(4)
    expect(overview?.pathway?.steps[3].text).toContain('GTAB for cancer, GARD for rare disease')
    expect(overview?.pathway?.guidance).toEqual({ slug: 'how-to-order-a-genomic-test', title: 'How to order a genomic test' })
    expect(overview?.whyGenomicsMatters?.heading).toBe('Why genomics matters to every clinician')
    expect(overview?.whyGenomicsMatters?.bodyHtml).toContain('<a href="https://www.england.nhs.uk/genomics/the-national-genomic-test-directory/"')
    expect(overview?.whyGenomicsMatters?.bodyHtml).toMatch(/<li[^>]*>Medicines: pharmacogenomic tests/)
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
      // A link or an uploaded document, one of the two.
      expect(Boolean(doc.externalUrl) !== Boolean(doc.document), doc.slug).toBe(true)
      if (doc.externalUrl) expect(doc.externalUrl, doc.slug).toMatch(/^https:\/\//)
      expect(doc.reviewDate, doc.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(doc.topics.length, doc.slug).toBeGreaterThan(0)
    }
  })

  it('uploads a real PDF factsheet for a resource and thumbnails with alt text, which the export carries', async () => {
    const media = await all('media')
    const pdfs = media.filter((m) => m.mimeType === 'application/pdf')
    const images = media.filter((m) => m.mimeType === 'image/png')
    expect(pdfs).toHaveLength(1)
    expect(images.length).toBeGreaterThanOrEqual(3)
    for (const image of images) {
      expect(image.alt, image.filename).toMatch(/\w+ \w+ \w+/)
      expect(image.sizes.thumbnail, image.filename).toMatchObject({ width: 400, height: 300 })
    }
    const resources = await all('resources')
    const factsheet = resources.find((r) => String(r.document) === String(pdfs[0].id))!
    expect([factsheet.format, factsheet.externalUrl ?? null, factsheet._status]).toEqual(['factsheet', null, 'published'])
    expect(resources.filter((r) => r.thumbnail).length).toBeGreaterThanOrEqual(3)

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-export-'))
    const content = await writePublishedContent(payload, path.join(dir, 'published.json'), { cmsUrl: 'http://cms.example' })
    const exported = content.resources.find((r) => r.slug === factsheet.slug)!
    expect(exported.document).toMatchObject({ mimeType: 'application/pdf', url: `/media/${pdfs[0].filename}` })
    const copied = fs.readFileSync(path.join(dir, content.mediaDir!, pdfs[0].filename))
    expect(copied.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(copied.length).toBe(pdfs[0].filesize)
    const thumbnails = content.resources.filter((r) => r.thumbnail).map((r) => r.thumbnail!)
    expect(thumbnails.length).toBe(resources.filter((r) => r.thumbnail && r._status === 'published').length)
    for (const thumbnail of thumbnails) {
      expect(thumbnail.alt).toBeTruthy()
      for (const url of [thumbnail.url, ...(thumbnail.sizes ?? []).map((s) => s.url)]) {
        expect(fs.existsSync(path.join(dir, content.mediaDir!, decodeURIComponent(url.replace('/media/', '')))), url).toBe(true)
      }
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

  it('puts a session on each of the three clock-change weekends, and timed sessions on weekdays otherwise', async () => {
    const events = await all('events')
    const dates = events.flatMap((e) => eventDates(timing(e)))
    for (const sunday of ['2026-10-25', '2027-03-28', '2027-10-31']) expect(dates, sunday).toContain(sunday)
    const weekend = events.filter((e) => !e.allDay && london(e.start).weekday >= 6)
    expect(weekend.map((e) => london(e.start).toISODate()).sort()).toEqual(['2026-10-24', '2027-03-28', '2027-10-30'])
    // Saturday 10:00 BST to Sunday 13:00 GMT is 28 hours.
    const course = weekend.find((e) => e.title === 'Genomics weekend school for resident doctors')!
    expect([london(course.start).toFormat('ccc HH:mm'), london(course.end).toFormat('ccc HH:mm'), hours(course)]).toEqual(['Sat 10:00', 'Sun 13:00', 28])
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
    expect(refreshed.updated).toEqual({ topics: 0, 'event-categories': 0, guidance: 0, resources: 0, events: 1, media: 0, overview: 0 })
    const back = (await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true })) as Record<string, any>
    expect([back.title, back.venue ?? null, back.uid]).toEqual(['Cancer genomics update', null, event.uid])
    const again = await seed(payload, { today: TODAY, refresh: true })
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true)
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true)
  })

  it('leaves an editor’s overview alone, and with refresh puts the seed’s back', async () => {
    await payload.updateGlobal({ slug: 'overview', data: { heading: 'Our own heading' } as never, draft: true, overrideAccess: true, context: { skipPublishHooks: true } })
    const plain = await seed(payload, { today: TODAY })
    expect([plain.existing.overview, plain.updated.overview]).toEqual([1, 0])
    expect((await payload.findGlobal({ slug: 'overview', draft: true, overrideAccess: true })).heading).toBe('Our own heading')
    const refreshed = await seed(payload, { today: TODAY, refresh: true })
    expect(refreshed.updated.overview).toBe(1)
    const live = await payload.findGlobal({ slug: 'overview', overrideAccess: false })
    expect([live.heading, live._status]).toEqual(['Genomics education for healthcare professionals', 'published'])
  })
})

/** The UTC instant the clocks change on this London date, or undefined: read from the zone's rules, not from the seed's. */
function clockChange(date: string): DateTime | undefined {
  const midnight = DateTime.fromISO(`${date}T00:00:00Z`)
  if (midnight.setZone(ZONE).offset === midnight.plus({ days: 1 }).setZone(ZONE).offset) return undefined
  for (let hour = 1; hour <= 24; hour++) {
    const at = midnight.plus({ hours: hour })
    if (at.setZone(ZONE).offset !== at.minus({ minutes: 1 }).setZone(ZONE).offset) return at
  }
  return undefined
}

describe('the demo calendar for any seed date', () => {
  // Every month of four years (each month of the year, odd and even years), and the days on
  // and around a clock change.
  const seedDates = [...monthsBetween('2025-01', '2028-12').map((m) => `${m}-15`), '2026-03-29', '2026-10-25', '2027-01-31', '2027-06-30']

  it.each(seedDates)('seeded on %s, every clock-change weekend in its 19 months has a session across the change', (date) => {
    const planned = plannedEvents(DateTime.fromISO(date, { zone: ZONE }))
    const window = monthsBetween(addMonths(monthOf(date), -6), addMonths(monthOf(date), 12))
    const changes = datesBetween(`${window[0]}-01`, DateTime.fromISO(`${window.at(-1)}-01`).endOf('month').toISODate()!)
      .map((day) => ({ day, at: clockChange(day) }))
      .filter((change): change is { day: string; at: DateTime } => change.at !== undefined)
    expect(changes.length).toBeGreaterThanOrEqual(3)
    for (const { day, at } of changes) {
      const across = planned.filter(
        ({ timing }) => !timing.allDay && DateTime.fromISO(timing.start) < at && DateTime.fromISO(timing.end) > at,
      )
      expect(across.map(({ event }) => event.title), `the clock change on ${day}`).toHaveLength(1)
      expect(eventDates(across[0].timing)).toContain(day)
    }
    // Each session has its own title (slugs come from titles).
    expect(new Set(planned.map(({ event }) => event.title)).size).toBe(planned.length)
  })

  it.each(seedDates)('seeded on %s, exactly one of its 19 months has no events', (date) => {
    const planned = plannedEvents(DateTime.fromISO(date, { zone: ZONE }))
    const window = monthsBetween(addMonths(monthOf(date), -6), addMonths(monthOf(date), 12))
    const months = new Set(planned.flatMap(({ timing }) => eventDates(timing).map(monthOf)))
    expect([...months].filter((m) => !window.includes(m))).toEqual([])
    const empty = window.filter((m) => !months.has(m))
    expect(empty).toHaveLength(1)
    expect(['03', '10']).not.toContain(empty[0].slice(5))
  })
})

describe('the seed’s media files', () => {
  it('writes well-formed PDFs: every cross-reference points at its object, every stream is as long as it says', async () => {
    const long = Array.from({ length: 60 }, (_, i) => ({ text: `Line ${i + 1} (with brackets) and a back\\slash`, style: 'bullet' as const }))
    for (const pdf of [await mediaFiles.find((f) => f.mimeType === 'application/pdf')!.make(), textPdf({ title: 'Two pages', author: 'Test', lines: long })]) {
      const text = pdf.toString('latin1')
      expect(text.startsWith('%PDF-1.4\n') && text.endsWith('%%EOF\n')).toBe(true)
      const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1])
      expect(text.slice(xref, xref + 5)).toBe('xref\n')
      const entries = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
      expect(entries.length).toBe(Number(/\/Size (\d+)/.exec(text)![1]) - 1)
      entries.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`))
      for (const [, length, body] of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)) {
        expect(Buffer.byteLength(body, 'latin1')).toBe(Number(length))
      }
      expect(Number(/\/Count (\d+)/.exec(text)![1])).toBe([...text.matchAll(/\/Type \/Page /g)].length)
    }
    expect(textPdf({ title: 'Two pages', author: 'Test', lines: long }).toString('latin1')).toContain('/Count 2')
    expect(() => textPdf({ title: 'Bad', author: 'Test', lines: [{ text: 'Genome ✓' }] })).toThrow(/plain ASCII/)
  })

  it('recognises its files under the names Payload gives repeated uploads', () => {
    expect(['family-pedigree.png', 'family-pedigree-1.png', 'family-pedigree-12.png'].every((name) => isSeedFile(name, 'family-pedigree.png'))).toBe(true)
    expect(['family-pedigree-old.png', 'family-pedigree.jpg', 'my-family-pedigree.png', undefined].some((name) => isSeedFile(name, 'family-pedigree.png'))).toBe(false)
  })
})


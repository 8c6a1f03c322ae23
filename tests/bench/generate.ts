import { randomBytes } from 'node:crypto'
import { slugify } from '@genomics-hub/shared/slug'
import { DateTime } from 'luxon'
import type { Payload } from 'payload'

export interface HubSize {
  events: number
  resources: number
  guidance: number
  years: number
}

export const PRESETS: Record<'full' | 'quick', HubSize> = {
  full: { events: 5000, resources: 2000, guidance: 50, years: 5 },
  quick: { events: 500, resources: 200, guidance: 10, years: 2 },
}

const FORMATS = ['guide', 'e-learning', 'video', 'podcast', 'factsheet', 'report', 'tool', 'website']
const AUDIENCES = ['gps', 'nurses', 'midwives', 'hospital-doctors', 'genetic-counsellors', 'pharmacists', 'all-healthcare-professionals']
const AREAS = ['cancer', 'rare-disease', 'general']
const paragraph = (text: string) => ({
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1,
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

/**
 * A large hub written straight through the database adapter (the benchmark measures reading
 * and building, not editing): a realistic mix of timed, all-day, multi-day and cancelled
 * events across categories, spread over `years` around today.
 */
export async function generateHub(payload: Payload, size: HubSize): Promise<void> {
  const db = payload.db
  const now = DateTime.now().setZone('Europe/London').startOf('day')
  const stamp = now.toUTC().toISO()!
  const topicIds: (number | string)[] = []
  for (let i = 0; i < 12; i++) {
    const doc = await db.create({ collection: 'topics', data: { name: `Topic ${i}`, slug: `topic-${i}`, createdAt: stamp, updatedAt: stamp } })
    topicIds.push(doc.id)
  }
  const categoryIds: (number | string)[] = []
  for (let i = 0; i < 6; i++) {
    const doc = await db.create({ collection: 'event-categories', data: { name: `Category ${i}`, slug: `category-${i}`, createdAt: stamp, updatedAt: stamp } })
    categoryIds.push(doc.id)
  }
  for (let i = 0; i < size.guidance; i++) {
    await db.create({
      collection: 'guidance',
      data: {
        title: `Guidance page ${i}`, slug: `guidance-page-${i}`, summary: 'How to order and use genomic tests.',
        body: paragraph('Genomic testing guidance. '.repeat(40)), owner: 'GLH', lastReviewed: '2026-01-01', nextReview: '2027-01-01',
        navOrder: i, furtherReading: [{ id: randomBytes(12).toString('hex'), label: 'NHS England genomics', url: 'https://www.england.nhs.uk/genomics/' }],
        _status: 'published', createdAt: stamp, updatedAt: stamp,
      },
    })
  }
  for (let i = 0; i < size.resources; i++) {
    await db.create({
      collection: 'resources',
      data: {
        title: `Resource ${i}: genomics for clinicians`, slug: `resource-${i}`, summary: 'A curated resource on genomics in practice.',
        format: FORMATS[i % FORMATS.length], audience: [AUDIENCES[i % AUDIENCES.length], AUDIENCES[(i + 3) % AUDIENCES.length]],
        clinicalArea: AREAS[i % AREAS.length], topics: [topicIds[i % topicIds.length], topicIds[(i + 5) % topicIds.length]],
        provider: 'Genomics Education Programme', externalUrl: `https://example.org/resources/${i}`, featured: i % 50 === 0,
        _status: 'published', createdAt: stamp, updatedAt: stamp,
      },
    })
  }
  const first = now.minus({ years: Math.floor(size.years / 2) })
  const spanDays = size.years * 365
  for (let i = 0; i < size.events; i++) {
    const day = first.plus({ days: Math.floor((i * spanDays) / size.events) })
    const kind = i % 10
    const title = `Genomics session ${i}`
    const timing =
      kind === 0
        ? { allDay: true, startDate: day.toFormat('yyyy-MM-dd'), endDate: day.plus({ days: i % 3 }).toFormat('yyyy-MM-dd') }
        : {
            allDay: false,
            start: day.set({ hour: 9 + (i % 8) }).toUTC().toISO(),
            end: day.set({ hour: 9 + (i % 8) }).plus({ hours: kind === 1 ? 30 : 2 }).toUTC().toISO(),
            start_tz: 'Europe/London',
            end_tz: 'Europe/London',
          }
    await db.create({
      collection: 'events',
      data: {
        title, slug: `${slugify(title)}`, summary: 'Training for healthcare professionals.', description: paragraph('Details of the session.'),
        ...timing, format: ['in-person', 'online', 'hybrid'][i % 3], venue: i % 3 === 1 ? undefined : 'Education Centre',
        organiser: 'GLH Education', category: categoryIds[i % categoryIds.length], audience: [AUDIENCES[i % AUDIENCES.length]],
        bookingUrl: 'https://example.org/book', status: i % 25 === 0 ? 'cancelled' : i % 40 === 0 ? 'postponed' : 'scheduled',
        uid: `bench-${i}@genomics-education-hub.nhs.uk`, sequence: 0, _status: 'published', createdAt: stamp, updatedAt: stamp,
      },
    })
  }
}

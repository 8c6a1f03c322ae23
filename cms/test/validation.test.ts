import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexical, pngFile, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** Each rule rejects bad input with a message that says what to fix, and saves nothing. */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

/** Publishes a document and returns the validation messages by field path. */
async function rejected(collection: string, data: Record<string, unknown>, file?: unknown): Promise<Record<string, string>> {
  const before = (await payload.count({ collection: collection as never, overrideAccess: true })).totalDocs
  try {
    await payload.create({ collection: collection as never, data: { ...data, _status: 'published' } as never, file: file as never, overrideAccess: true })
  } catch (error) {
    const after = (await payload.count({ collection: collection as never, overrideAccess: true })).totalDocs
    expect(after, 'nothing is saved').toBe(before)
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (errors) return Object.fromEntries(errors.map((e) => [e.path, e.message]))
    return { '': (error as Error).message }
  }
  throw new Error('expected the document to be rejected')
}

describe('events', () => {
  it('refuses an event that ends before it starts, saying so in London time', async () => {
    const errors = await rejected('events', {
      ...validData.events(),
      start: '2026-10-25T09:30:00.000Z',
      end: '2026-10-25T08:00:00.000Z',
    })
    expect(errors.end).toBe(
      'The event ends (25 Oct 2026, 08:00) before it starts (25 Oct 2026, 09:30). Set an end after the start.',
    )
  })

  it('accepts an event that ends when it starts (a deadline)', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: { ...validData.events(), start: '2026-12-02T10:00:00.000Z', end: '2026-12-02T10:00:00.000Z' } as never,
      overrideAccess: true,
    })
    expect(doc.id).toBeDefined()
  })

  it('asks for start and end times on a timed event', async () => {
    const errors = await rejected('events', { ...validData.events(), start: undefined, end: undefined })
    expect(errors.start).toBe('Enter the date and time the event starts.')
    expect(errors.end).toBe('Enter the date and time the event ends.')
  })

  it('stores all-day events as dates and refuses a last day before the first', async () => {
    const errors = await rejected('events', {
      ...validData.events(),
      allDay: true,
      startDate: '2026-12-10',
      endDate: '2026-12-09',
    })
    expect(errors.endDate).toBe('The last day (2026-12-09) must be on or after the first day (2026-12-10).')
    const doc = await payload.create({
      collection: 'events',
      data: { ...validData.events(), start: undefined, end: undefined, allDay: true, startDate: '2026-12-10', endDate: '2026-12-11' } as never,
      overrideAccess: true,
    })
    expect(doc.startDate).toBe('2026-12-10')
  })

  it('refuses an impossible all-day date', async () => {
    const errors = await rejected('events', { ...validData.events(), allDay: true, startDate: '2027-02-30', endDate: '2027-03-01' })
    expect(errors.startDate).toBe('"2027-02-30" is not a date. Write the first day as YYYY-MM-DD, for example 2026-03-14.')
  })

  it('refuses a javascript: booking link', async () => {
    const errors = await rejected('events', { ...validData.events(), bookingUrl: 'javascript:alert(1)' })
    expect(errors.bookingUrl).toBe('Links must start with https:// or http:// (javascript: links are not allowed).')
  })

  it('refuses a malformed booking link', async () => {
    const errors = await rejected('events', { ...validData.events(), bookingUrl: 'www.eventbrite' })
    expect(errors.bookingUrl).toBe('"www.eventbrite" is not a complete web address. Links must start with https:// (or http://).')
  })

  it('refuses the reserved slugs "month" and "category"', async () => {
    for (const slug of ['month', 'category']) {
      const errors = await rejected('events', { ...validData.events(), slug })
      expect(errors.slug).toBe(`"${slug}" is reserved for other pages of the site. Choose another slug.`)
    }
  })

  it('keeps a script tag in a title as text (escaped by every page and feed, never run)', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: { ...validData.events(), title: '<script>alert(1)</script> Genomics' } as never,
      overrideAccess: true,
    })
    expect(doc.title).toBe('<script>alert(1)</script> Genomics')
    expect(doc.slug).toBe('script-alert-1-script-genomics')
  })
})

describe('resources', () => {
  it('needs a link or a document', async () => {
    const errors = await rejected('resources', { ...validData.resources(), externalUrl: undefined })
    expect(errors.document).toBe('Add a link (https://...) or upload a document.')
  })

  it('refuses a data: link', async () => {
    const errors = await rejected('resources', { ...validData.resources(), externalUrl: 'data:text/html,<b>x</b>' })
    expect(errors.externalUrl).toBe('Links must start with https:// or http:// (data: links are not allowed).')
  })

  it('refuses a link hidden behind whitespace tricks', async () => {
    const errors = await rejected('resources', { ...validData.resources(), externalUrl: 'java\tscript:alert(1)' })
    expect(errors.externalUrl).toBe('A web address cannot contain spaces or line breaks. Check the address and paste it again.')
  })
})

describe('guidance', () => {
  it('needs the next review after the last review', async () => {
    const errors = await rejected('guidance', { ...validData.guidance(), lastReviewed: '2026-06-01', nextReview: '2026-05-01' })
    expect(errors.nextReview).toBe('The next review due (2026-05-01) must be after the last reviewed (2026-06-01).')
  })

  it('refuses a javascript: further-reading link', async () => {
    const errors = await rejected('guidance', {
      ...validData.guidance(),
      furtherReading: [{ label: 'Bad', url: 'JavaScript:alert(1)' }],
    })
    expect(errors['furtherReading.0.url']).toBe('Links must start with https:// or http:// (javascript: links are not allowed).')
  })

  it('needs a body', async () => {
    const errors = await rejected('guidance', { ...validData.guidance(), body: undefined })
    expect(Object.keys(errors)).toContain('body')
  })

  it('makes the slug from the title', async () => {
    const doc = await payload.create({
      collection: 'guidance',
      data: { ...validData.guidance(), title: 'Getting results: GTAB & GARD', body: lexical('x') } as never,
      overrideAccess: true,
    })
    expect(doc.slug).toBe('getting-results-gtab-and-gard')
  })
})

describe('media', () => {
  it('needs alternative text on images', async () => {
    const errors = await rejected('media', { alt: '' }, await pngFile())
    expect(errors.alt).toBe('Add alternative text describing the image, for people using screen readers.')
  })

  it('makes responsive sizes with sharp', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Pathway diagram' } as never,
      file: await pngFile('pathway.png', 1600, 900),
      overrideAccess: true,
    })
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.thumbnail?.width).toBe(400)
  })

  it('refuses a file that is not really an image, even named .png', async () => {
    const data = Buffer.from('<html><script>alert(1)</script></html>')
    const errors = await rejected('media', { alt: 'x' }, { data, mimetype: 'image/png', name: 'fake.png', size: data.length })
    expect(Object.values(errors).join(' ')).toMatch(/file type|not allowed|invalid/i)
  })

  it('refuses a file type that is not an image or PDF', async () => {
    const data = Buffer.from('name,role\nA,B\n')
    const errors = await rejected('media', { alt: 'x' }, { data, mimetype: 'text/csv', name: 'people.csv', size: data.length })
    expect(Object.values(errors).join(' ')).toMatch(/file type|not allowed|invalid/i)
  })

  it('refuses an oversized upload, saying the limit', async () => {
    const data = Buffer.alloc(11 * 1024 * 1024, 1)
    const errors = await rejected('media', { alt: 'x' }, { data, mimetype: 'application/pdf', name: 'big.pdf', size: data.length })
    expect(Object.values(errors).join(' ')).toBe(
      'This file is 11.0 MB; the largest upload allowed is 10.0 MB. Make it smaller and try again.',
    )
  })
})

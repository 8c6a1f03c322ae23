import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, type StaffUser } from './access-apis'
import { restCall, restLogin, type UploadFile } from './access-clients'
import { lexical, makeUsers, pngFile, validData } from './fixtures'
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

  it('asks for a venue on in-person and hybrid events', async () => {
    const VENUE = 'Enter the venue: in-person and hybrid events need a place for people to go to.'
    expect((await rejected('events', { ...validData.events(), format: 'in-person', venue: '' })).venue).toBe(VENUE)
    expect((await rejected('events', { ...validData.events(), format: 'hybrid', venue: '  ' })).venue).toBe(VENUE)
  })

  it('asks for joining instructions on online and hybrid events', async () => {
    const JOINING =
      'Enter the joining instructions: online and hybrid events need a note on how to join, e.g. "A Microsoft Teams link is sent to booked attendees."'
    expect((await rejected('events', { ...validData.events(), format: 'online', onlineNote: '' })).onlineNote).toBe(JOINING)
    const hybrid = await rejected('events', { ...validData.events(), format: 'hybrid', venue: 'Room 1', onlineNote: undefined })
    expect(hybrid).toEqual({ onlineNote: JOINING })
  })

  it('needs no venue online, and no joining note in person', async () => {
    const online = await payload.create({ collection: 'events', data: { ...validData.events(), format: 'online', venue: undefined } as never, overrideAccess: true })
    const inPerson = await payload.create({
      collection: 'events',
      data: { ...validData.events(), format: 'in-person', venue: 'Education Centre', onlineNote: undefined } as never,
      overrideAccess: true,
    })
    expect([online.format, inPerson.format]).toEqual(['online', 'in-person'])
  })

  it('lets a draft be saved without a venue, and asks for it on publishing', async () => {
    const draft = await payload.create({
      collection: 'events',
      data: { ...validData.events(), format: 'in-person', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await expect(
      payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' } as never, overrideAccess: true }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'venue', message: expect.stringMatching(/^Enter the venue/) }] } })
  })

  it('clears the stored times when an event becomes all-day, and the dates when it goes back', async () => {
    const timed = await payload.create({ collection: 'events', data: validData.events() as never, overrideAccess: true })
    const allDay = await payload.update({
      collection: 'events',
      id: timed.id,
      data: { allDay: true, startDate: '2026-12-01', endDate: '2026-12-02' } as never,
      overrideAccess: true,
    })
    expect([allDay.start, allDay.end, allDay.startDate, allDay.endDate]).toEqual([null, null, '2026-12-01', '2026-12-02'])
    const back = await payload.update({
      collection: 'events',
      id: timed.id,
      data: { allDay: false, start: '2026-12-05T10:00:00.000Z', end: '2026-12-05T11:00:00.000Z' } as never,
      overrideAccess: true,
    })
    expect([back.startDate, back.endDate, back.start, back.end]).toEqual([null, null, '2026-12-05T10:00:00.000Z', '2026-12-05T11:00:00.000Z'])
    const stored = await payload.findByID({ collection: 'events', id: timed.id, overrideAccess: true })
    expect([stored.startDate, stored.endDate]).toEqual([null, null])
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
  const MB = 1024 * 1024
  const NOT_AN_IMAGE = (name: string) => `"${name}" is not an image or PDF: upload a JPEG, PNG, WebP, GIF or PDF.`
  const HOW_TO_FIX = 'Make it smaller (compress the PDF, or export the image at a smaller size) and upload it again.'
  const fakePng = () => {
    const data = Buffer.from('<html><script>alert(1)</script></html>')
    return { data, mimetype: 'image/png', name: 'fake.png', size: data.length }
  }
  const csv = () => {
    const data = Buffer.from('name,role\nA,B\n')
    return { data, mimetype: 'text/csv', name: 'people.csv', size: data.length }
  }
  const bigPdf = (megabytes: number) => {
    const data = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(megabytes * MB, 1)])
    return { data, mimetype: 'application/pdf', name: 'big.pdf', size: data.length }
  }

  /** Uploads as an editor would, through the REST route the admin uses. */
  let token: string
  beforeAll(async () => {
    const { editor } = (await makeUsers(payload)) as unknown as Record<string, StaffUser>
    token = await restLogin(editor.email, PASSWORD)
  })
  async function restRefusal(file: UploadFile) {
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const reply = await restCall('POST', 'media', { token, upload: { file, data: { alt: 'x' } } })
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs, 'nothing is saved').toBe(before)
    return { status: reply.status, message: reply.body?.errors?.[0]?.message }
  }

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

  it('takes a real image over REST (the upload path the refusals below use)', async () => {
    const reply = await restCall('POST', 'media', { token, upload: { file: await pngFile('over-rest.png'), data: { alt: 'A blue square' } } })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.mimeType).toBe('image/png')
  })

  it('refuses a file that is not really an image, even named .png, saying what to upload', async () => {
    expect(await rejected('media', { alt: 'x' }, fakePng())).toEqual({ '': NOT_AN_IMAGE('fake.png') })
    expect(await restRefusal(fakePng())).toEqual({ status: 415, message: NOT_AN_IMAGE('fake.png') })
  })

  it('refuses a file type that is not an image or PDF, saying what to upload', async () => {
    expect(await rejected('media', { alt: 'x' }, csv())).toEqual({ '': NOT_AN_IMAGE('people.csv') })
    expect(await restRefusal(csv())).toEqual({ status: 415, message: NOT_AN_IMAGE('people.csv') })
  })

  it('refuses an oversized upload with its size and the limit', async () => {
    expect(await rejected('media', { alt: 'x' }, bigPdf(11))).toEqual({ '': `"big.pdf" is 11 MB; the limit is 10 MB. ${HOW_TO_FIX}` })
  })

  it('refuses an oversized upload over REST, before reading it all, saying the limit and what to do', async () => {
    expect(await restRefusal(bigPdf(12))).toEqual({ status: 413, message: `This file is larger than the 10 MB limit. ${HOW_TO_FIX}` })
  })
})

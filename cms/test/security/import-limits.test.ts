import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restCall, restLogin } from '../access-clients'
import { calendar, timed } from '../ics-builder'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * Attack: one calendar upload big enough to hold the CMS in one long transaction (or its
 * memory). Through the app's real REST handler, as the admin uploads: multipart, signed in.
 */
let payload: Payload
let token: string
beforeAll(async () => {
  payload = await startPayload()
  await payload.create({
    collection: 'users',
    data: { email: 'editor@example.nhs.uk', password: 'correct-horse-battery', role: 'editor' } as never,
    overrideAccess: true,
  })
  token = await restLogin('editor@example.nhs.uk', 'correct-horse-battery')
})
afterAll(async () => stopPayload(payload))

const MB = 1024 * 1024
const upload = (text: string) =>
  restCall('POST', 'calendar-imports', {
    token,
    upload: { file: { data: Buffer.from(text), mimetype: 'text/calendar', name: 'export.ics' }, data: { publish: false } },
  })
/** The field error Payload answers a refused upload with. */
const refusalOf = (reply: { body: any }) => reply.body.errors[0].data.errors[0]
const counts = async () => ({
  events: (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs,
  imports: (await payload.count({ collection: 'calendar-imports', overrideAccess: true })).totalDocs,
})
const sessions = (n: number) => calendar(...Array.from({ length: n }, (_, i) => timed(`s${i}@hub.example`, `Session ${i}`, '20270301T100000')).flat())

describe('import limits in the admin', () => {
  it('a calendar over 5 MB is refused, saying the limit, and nothing is saved', async () => {
    const before = await counts()
    const padded = sessions(1).replace('END:VEVENT', `X-PAD:${'a'.repeat(5.5 * MB)}\r\nEND:VEVENT`)
    const reply = await upload(padded)
    expect(reply.status).toBe(400)
    expect(refusalOf(reply)).toEqual({
      path: 'file',
      message: 'The file is 5.5 MB; an import takes at most 5 MB. Export a shorter date range (or one calendar at a time) and import each file.',
    })
    expect(await counts()).toEqual(before)
  })

  it('a calendar of 5,001 events is refused, saying the limit, and nothing is saved', async () => {
    const before = await counts()
    const reply = await upload(sessions(5001))
    expect(reply.status).toBe(400)
    expect(refusalOf(reply)).toEqual({
      path: 'file',
      message: 'The file holds 5,001 events; an import takes at most 5,000. Export a shorter date range (or one calendar at a time) and import each file.',
    })
    expect(await counts()).toEqual(before)
  })

  it('a calendar within the limits is imported', async () => {
    const before = await counts()
    const reply = await upload(sessions(3))
    expect(reply.status).toBe(201)
    expect(reply.body.doc.summary).toBe('3 created, 0 updated as drafts.')
    expect(await counts()).toEqual({ events: before.events + 3, imports: before.imports + 1 })
  })
})

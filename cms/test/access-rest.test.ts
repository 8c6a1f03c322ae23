import { describe, expect, it } from 'vitest'
import { PASSWORD } from './access-apis'
import { restCall, restLogin } from './access-clients'
import { describeAccessMatrix } from './access-matrix'
import { validData } from './fixtures'

/** The access matrix through the app's REST route handlers, each role signed in for real. */
const { payload, staff } = describeAccessMatrix('rest')

describe('contributors over REST', () => {
  it('are told what to do when they try to unpublish', async () => {
    const token = await restLogin(staff().contributor.email, PASSWORD)
    const doc = await payload().create({ collection: 'events', data: { ...validData.events(), _status: 'published' } as never, overrideAccess: true })
    const reply = await restCall('PATCH', `events/${doc.id}`, { token, json: { _status: 'draft' } })
    expect(reply.status).toBe(403)
    expect(reply.body.errors[0].message).toBe(
      'Contributors can save drafts only. Use "Save draft" and ask an editor to publish: publishing, unpublishing and changing the live version are for editors.',
    )
  })

  it('may restore an old version of a published document as a draft, never over the live one', async () => {
    const token = await restLogin(staff().contributor.email, PASSWORD)
    const doc = await payload().create({ collection: 'guidance', data: { ...validData.guidance(), _status: 'published' } as never, overrideAccess: true })
    await payload().update({ collection: 'guidance', id: doc.id, data: { title: 'Second title' } as never, overrideAccess: true })
    const { docs } = await payload().findVersions({ collection: 'guidance', where: { parent: { equals: doc.id } }, sort: 'createdAt', overrideAccess: true })
    const first = docs[0]
    const live = async () => payload().findByID({ collection: 'guidance', id: doc.id, overrideAccess: true })

    expect((await restCall('POST', `guidance/versions/${first.id}`, { token })).status).toBe(403)
    expect((await live()).title).toBe('Second title')

    expect((await restCall('POST', `guidance/versions/${first.id}`, { token, query: { draft: true } })).status).toBe(200)
    expect((await live()).title).toBe('Second title')
    expect((await live())._status).toBe('published')
    const newest = await payload().findByID({ collection: 'guidance', id: doc.id, draft: true, overrideAccess: true })
    expect(newest.title).toBe(doc.title)
  })
})

import { describe, expect, it } from 'vitest'
import { describeAccessMatrix } from './access-matrix'
import { lexical, validData } from './fixtures'

/** The access matrix through the Local API with access enforced (see access-matrix.ts). */
const { payload, staff } = describeAccessMatrix('local')

const as = (role: 'contributor' | 'editor') => ({ overrideAccess: false, user: staff()[role] as never })

const published = async (collection: 'events' | 'guidance' | 'resources') =>
  payload().create({ collection, data: { ...validData[collection](), _status: 'published' } as never, overrideAccess: true })

describe('publishing rules beyond the matrix', () => {
  it('a contributor cannot unpublish a document whose newest version is a draft', async () => {
    const doc = await published('events')
    // An editor has started a draft: the newest version is a draft, the live one is published.
    await payload().update({ collection: 'events', id: doc.id, data: { title: 'Next year’s dates' } as never, draft: true, ...as('editor') })
    await expect(
      payload().update({ collection: 'events', id: doc.id, data: { _status: 'draft' } as never, ...as('contributor') }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/^Contributors can save drafts only/) })
    const live = await payload().findByID({ collection: 'events', id: doc.id, overrideAccess: true })
    expect(live._status).toBe('published')
    expect(live.title).toBe(doc.title)
  })

  it('a contributor cannot restore an old version over a published document', async () => {
    const doc = await published('guidance')
    await payload().update({ collection: 'guidance', id: doc.id, data: { title: 'Second title' } as never, overrideAccess: true })
    const { docs } = await payload().findVersions({ collection: 'guidance', where: { parent: { equals: doc.id } }, sort: 'createdAt', overrideAccess: true })
    // (Payload's Local restoreVersion has no draft option: restoring as a draft is tested over REST.)
    await expect(payload().restoreVersion({ collection: 'guidance', id: docs[0].id, ...as('contributor') })).rejects.toMatchObject({ status: 403 })
    expect((await payload().findByID({ collection: 'guidance', id: doc.id, overrideAccess: true })).title).toBe('Second title')
  })

  it('a contributor’s draft of a published document reaches the public only when an editor publishes it', async () => {
    const doc = await published('resources')
    await payload().update({ collection: 'resources', id: doc.id, data: { title: 'Better title' } as never, draft: true, ...as('contributor') })
    const before = await payload().findByID({ collection: 'resources', id: doc.id, overrideAccess: false })
    expect(before.title).toBe(doc.title)
    await payload().update({ collection: 'resources', id: doc.id, data: { _status: 'published' } as never, ...as('editor') })
    const after = await payload().findByID({ collection: 'resources', id: doc.id, overrideAccess: false })
    expect(after.title).toBe('Better title')
  })

  it('a contributor cannot restore an old version of the published overview over it', async () => {
    const content = (heading: string) => ({
      heading,
      introduction: 'Genomics is part of everyday care.',
      whyGenomicsMatters: { heading: 'Why genomics matters', body: lexical('Every clinician has a part to play.') },
      pathway: { heading: 'The whole genome sequencing pathway', steps: [{ title: 'Identify and consent', text: 'Check eligibility.' }] },
      _status: 'published',
    })
    await payload().updateGlobal({ slug: 'overview', data: content('First heading') as never, overrideAccess: true })
    await payload().updateGlobal({ slug: 'overview', data: content('Second heading') as never, overrideAccess: true })
    const { docs } = await payload().findGlobalVersions({ slug: 'overview', where: { 'version.heading': { equals: 'First heading' } }, overrideAccess: true })
    const first = docs[0]
    await expect(payload().restoreGlobalVersion({ slug: 'overview', id: String(first.id), ...as('contributor') })).rejects.toMatchObject({ status: 403 })
    expect((await payload().findGlobal({ slug: 'overview', overrideAccess: true })).heading).toBe('Second heading')
    await payload().restoreGlobalVersion({ slug: 'overview', id: String(first.id), ...as('editor') })
    expect((await payload().findGlobal({ slug: 'overview', overrideAccess: false })).heading).toBe('First heading')
  })

  it('only admins can change a role, even on their own account', async () => {
    const contributor = staff().contributor
    const updated = await payload().update({
      collection: 'users',
      id: contributor.id,
      data: { role: 'admin', name: 'Me' } as never,
      ...as('contributor'),
    })
    expect(updated.role).toBe('contributor')
    expect(updated.name).toBe('Me')
  })
})

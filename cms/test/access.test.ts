import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUsers, pngFile, type Role, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * The access matrix: every role x every action x every collection, each cell a real Local
 * API call with access enforced. For collections without drafts, "read draft" and "publish"
 * mean what they do there: a saved document is public at once, so they match read and create.
 */
type Actor = Role | 'anonymous'
type Action = 'create' | 'read draft' | 'read published' | 'update' | 'delete' | 'publish'
const ACTORS: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']
const ACTIONS: Action[] = ['create', 'read draft', 'read published', 'update', 'delete', 'publish']

const yes = true
const no = false
const drafted = {
  anonymous: { create: no, 'read draft': no, 'read published': yes, update: no, delete: no, publish: no },
  contributor: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: no, publish: no },
  editor: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
  admin: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
}
const taxonomy = {
  anonymous: { create: no, 'read draft': yes, 'read published': yes, update: no, delete: no, publish: no },
  contributor: { create: no, 'read draft': yes, 'read published': yes, update: no, delete: no, publish: no },
  editor: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
  admin: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
}
const media = {
  anonymous: { create: no, 'read draft': yes, 'read published': yes, update: no, delete: no, publish: no },
  contributor: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: no, publish: yes },
  editor: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
  admin: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
}
// Users: "read"/"update"/"delete" act on someone else's account; publish does not apply and
// is asserted as creating an account that can sign in, which only admins may do.
const users = {
  anonymous: { create: no, 'read draft': no, 'read published': no, update: no, delete: no, publish: no },
  contributor: { create: no, 'read draft': no, 'read published': no, update: no, delete: no, publish: no },
  editor: { create: no, 'read draft': no, 'read published': no, update: no, delete: no, publish: no },
  admin: { create: yes, 'read draft': yes, 'read published': yes, update: yes, delete: yes, publish: yes },
}

const MATRIX: Record<string, Record<Actor, Record<Action, boolean>>> = {
  resources: drafted,
  guidance: drafted,
  events: drafted,
  topics: taxonomy,
  'event-categories': taxonomy,
  media,
  users,
}
const HAS_DRAFTS = new Set(['resources', 'guidance', 'events'])

let payload: Payload
let actors: Record<Actor, Record<string, unknown> | undefined>

beforeAll(async () => {
  payload = await startPayload()
  const staff = await makeUsers(payload)
  actors = { anonymous: undefined, ...staff }
})
afterAll(async () => stopPayload(payload))

async function seedDoc(collection: string, status?: 'draft' | 'published') {
  const file = collection === 'media' ? await pngFile() : undefined
  const data = { ...validData[collection](), ...(status ? { _status: status } : {}) }
  return payload.create({ collection: collection as never, data: data as never, file, overrideAccess: true, draft: status === 'draft' })
}

/** Runs one action as one actor; true when Payload allowed it. */
async function attempt(collection: string, actor: Actor, action: Action): Promise<boolean> {
  const user = actors[actor] as never
  const as = { overrideAccess: false, user }
  const drafts = HAS_DRAFTS.has(collection)
  try {
    switch (action) {
      case 'create': {
        const file = collection === 'media' ? await pngFile() : undefined
        const data = { ...validData[collection](), ...(drafts ? { _status: 'draft' } : {}) }
        await payload.create({ collection: collection as never, data: data as never, file, draft: drafts, ...as })
        return true
      }
      case 'publish': {
        const file = collection === 'media' ? await pngFile() : undefined
        const data = { ...validData[collection](), ...(drafts ? { _status: 'published' } : {}) }
        await payload.create({ collection: collection as never, data: data as never, file, ...as })
        return true
      }
      case 'read draft':
      case 'read published': {
        const doc = await seedDoc(collection, drafts ? (action === 'read draft' ? 'draft' : 'published') : undefined)
        const found = await payload.find({
          collection: collection as never,
          where: { id: { equals: doc.id } },
          draft: action === 'read draft',
          ...as,
        })
        return found.docs.length === 1
      }
      case 'update': {
        const doc = await seedDoc(collection, drafts ? 'draft' : undefined)
        const patch = collection === 'users' ? { name: 'Changed' } : { [collection.includes('categor') || collection === 'topics' ? 'description' : collection === 'media' ? 'caption' : 'summary']: 'Changed' }
        await payload.update({ collection: collection as never, id: doc.id, data: patch as never, draft: drafts, ...as })
        return true
      }
      case 'delete': {
        const doc = await seedDoc(collection, drafts ? 'published' : undefined)
        await payload.delete({ collection: collection as never, id: doc.id, ...as })
        return true
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}

for (const [collection, rows] of Object.entries(MATRIX)) {
  describe(`${collection} access`, () => {
    for (const actor of ACTORS) {
      for (const action of ACTIONS) {
        const expected = rows[actor][action]
        it(`${actor} ${expected ? 'may' : 'may not'} ${action}`, async () => {
          expect(await attempt(collection, actor, action)).toBe(expected)
        })
      }
    }
  })
}

describe('publishing rules beyond the matrix', () => {
  it('a contributor cannot publish by updating a draft to published', async () => {
    const doc = await seedDoc('events', 'draft')
    await expect(
      payload.update({
        collection: 'events',
        id: doc.id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: actors.contributor as never,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a contributor cannot change or unpublish a published document', async () => {
    const doc = await seedDoc('guidance', 'published')
    await expect(
      payload.update({
        collection: 'guidance',
        id: doc.id,
        data: { _status: 'draft', title: 'Hijacked' } as never,
        overrideAccess: false,
        user: actors.contributor as never,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const still = await payload.findByID({ collection: 'guidance', id: doc.id, overrideAccess: true })
    expect(still._status).toBe('published')
    expect(still.title).toBe(doc.title)
  })

  it('an editor can unpublish, and anonymous readers then lose the document', async () => {
    const doc = await seedDoc('resources', 'published')
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { _status: 'draft' } as never,
      overrideAccess: false,
      user: actors.editor as never,
    })
    const anon = await payload.find({ collection: 'resources', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(anon.docs).toHaveLength(0)
  })

  it('a published document with a newer draft shows anonymous readers the published version', async () => {
    const doc = await seedDoc('events', 'published')
    await payload.update({ collection: 'events', id: doc.id, data: { title: 'Secret new title' } as never, draft: true, overrideAccess: true })
    const anon = await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: false, draft: true })
    expect(anon.title).toBe(doc.title)
  })

  it('only admins can change a role, even on their own account', async () => {
    const contributor = actors.contributor as { id: number | string }
    const updated = await payload.update({
      collection: 'users',
      id: contributor.id,
      data: { role: 'admin', name: 'Me' } as never,
      overrideAccess: false,
      user: actors.contributor as never,
    })
    expect(updated.role).toBe('contributor')
    expect(updated.name).toBe('Me')
  })

  it('staff may read and edit their own account', async () => {
    const editor = actors.editor as { id: number | string }
    const found = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: false, user: actors.editor as never })
    expect(found.id).toBe(editor.id)
  })
})

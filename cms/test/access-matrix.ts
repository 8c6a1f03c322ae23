import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Actor, type Api, apisFor, type Doc, type Listing, type StaffUser } from './access-apis'
import { agree, consistent, marker } from './access-checks'
import { GLOBAL_MATRIX, globalCell } from './access-globals'
import { makeUsers, pngFile, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * The access matrix: what each role may do to each collection. "Publish" is updating an
 * existing draft to `_status: 'published'`; "unpublish" the reverse. Each cell does the thing
 * through one API as one actor, then reads the database (Local API, access overridden) to
 * check that what happened matches what the API said: an allowed write changed the stored
 * document, a refused one left it as it was, and a read agrees across every way of reading.
 */
export const ACTORS: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']
export type Row = [anonymous: boolean | null, contributor: boolean, editor: boolean, admin: boolean]
const Y = true
const N = false

const DRAFTED: Record<string, Row> = {
  'create a draft': [N, Y, Y, Y],
  'create a document as published': [N, N, Y, Y],
  'read published documents': [Y, Y, Y, Y],
  'read drafts (list with draft=true, by id, versions)': [N, Y, Y, Y],
  'edit a draft': [N, Y, Y, Y],
  'save a draft of a published document, leaving the live version alone': [N, Y, Y, Y],
  'change the live version of a published document': [N, N, Y, Y],
  'publish a draft': [N, N, Y, Y],
  'unpublish a published document': [N, N, Y, Y],
  delete: [N, N, Y, Y],
}
// Topics and categories have no drafts: a saved one is public.
const TAXONOMY: Record<string, Row> = { create: [N, N, Y, Y], read: [Y, Y, Y, Y], update: [N, N, Y, Y], delete: [N, N, Y, Y] }
// Media: public only while published content uses them (drafts' files stay private).
const MEDIA: Record<string, Row> = {
  create: [N, Y, Y, Y],
  'read a file a published resource uses': [Y, Y, Y, Y],
  'read a file only a draft uses': [N, Y, Y, Y],
  update: [N, Y, Y, Y],
  delete: [N, N, Y, Y],
}
// Users: no one but admins sees or touches other accounts; everyone signed in has their own.
const USERS: Record<string, Row> = {
  'create an account': [N, N, N, Y],
  'read another account': [N, N, N, Y],
  'update another account': [N, N, N, Y],
  'delete another account': [N, N, N, Y],
  'read their own account': [null, Y, Y, Y],
  'update their own account': [null, Y, Y, Y],
}

export const MATRIX: Record<string, Record<string, Row>> = {
  resources: DRAFTED,
  guidance: DRAFTED,
  events: DRAFTED,
  topics: TAXONOMY,
  'event-categories': TAXONOMY,
  media: MEDIA,
  users: USERS,
}

/** The text field each cell writes and reads back. */
const PROBE: Record<string, string> = {
  resources: 'summary',
  guidance: 'summary',
  events: 'summary',
  topics: 'description',
  'event-categories': 'description',
  media: 'caption',
  users: 'name',
}

interface Trial {
  payload: Payload
  api: Api
  collection: string
  self?: StaffUser
}

/** The stored document: the live one, or with `draft` its newest version; null when there is none. */
async function stored(payload: Payload, collection: string, id: Doc['id'], draft = false): Promise<Doc | null> {
  const { docs } = await payload.find({ collection: collection as never, where: { id: { equals: id } }, draft, overrideAccess: true, depth: 0 })
  return (docs[0] as Doc | undefined) ?? null
}

async function storedWith(payload: Payload, collection: string, field: string, value: string): Promise<Doc | null> {
  const { docs } = await payload.find({ collection: collection as never, where: { [field]: { equals: value } }, draft: true, overrideAccess: true, depth: 0 })
  return (docs[0] as Doc | undefined) ?? null
}

/** A document made directly in the database, as a draft, published, or (no drafts) saved. */
async function seed(payload: Payload, collection: string, status?: 'draft' | 'published'): Promise<Doc> {
  const file = collection === 'media' ? await pngFile() : undefined
  const data = { ...validData[collection](), [PROBE[collection]]: marker('Original'), ...(status ? { _status: status } : {}) }
  return (await payload.create({ collection: collection as never, data: data as never, file, draft: status === 'draft', overrideAccess: true, depth: 0 })) as Doc
}

/** A media file that a resource, published or a draft, uses as its thumbnail. */
async function usedBy(payload: Payload, status: 'draft' | 'published'): Promise<Doc> {
  const media = await seed(payload, 'media')
  const data = { ...validData.resources(), thumbnail: media.id, _status: status }
  await payload.create({ collection: 'resources', data: data as never, draft: status === 'draft', overrideAccess: true })
  return media
}

const has = (listing: Listing, id: Doc['id']) => listing.ok && listing.docs.some((d) => String(d.id) === String(id))

async function readable({ payload, api, collection }: Trial, doc: Doc): Promise<boolean> {
  return consistent(
    { list: has(await api.find(collection, doc.id), doc.id), byId: (await api.findByID(collection, doc.id)).ok },
    `read ${collection}`,
  )
}

async function createCell({ payload, api, collection }: Trial, extra: Record<string, unknown>, draft?: boolean): Promise<boolean> {
  const probe = PROBE[collection]
  const data = { ...validData[collection](), [probe]: marker('Created'), ...extra }
  if (collection === 'media' && !api.uploads) {
    // GraphQL carries no files. Payload checks access first, so an allowed actor is refused
    // only for the missing file, and a refused one with 403.
    const outcome = await api.create(collection, data)
    if (!outcome.ok && outcome.status === 403) return false
    if (!outcome.ok && outcome.status === 400 && /No files were uploaded/.test(outcome.message)) return true
    throw new Error(`create media over GraphQL: unexpected ${JSON.stringify(outcome)}`)
  }
  const file = collection === 'media' ? await pngFile() : undefined
  const outcome = await api.create(collection, data, { draft, file })
  const saved = await storedWith(payload, collection, probe, data[probe] as string)
  const happened = saved !== null && (extra._status === undefined || saved._status === extra._status)
  return agree(outcome, happened, `create ${collection}`)
}

async function updateCell(
  { payload, api, collection }: Trial,
  doc: Doc,
  change: Record<string, unknown>,
  options: { draft?: boolean; check: (live: Doc | null, latest: Doc | null) => boolean },
): Promise<boolean> {
  const outcome = await api.update(collection, doc.id, change, { draft: options.draft })
  const live = await stored(payload, collection, doc.id)
  const latest = await stored(payload, collection, doc.id, true)
  return agree(outcome, options.check(live, latest), `update ${collection}`)
}

async function deleteCell({ payload, api, collection }: Trial, doc: Doc): Promise<boolean> {
  const outcome = await api.remove(collection, doc.id)
  return agree(outcome, (await stored(payload, collection, doc.id)) === null, `delete ${collection}`)
}

const CELLS: Record<string, (trial: Trial) => Promise<boolean>> = {
  'create a draft': (t) => createCell(t, { _status: 'draft' }, true),
  'create a document as published': (t) => createCell(t, { _status: 'published' }),
  'read published documents': async (t) => readable(t, await seed(t.payload, t.collection, 'published')),
  'read drafts (list with draft=true, by id, versions)': async ({ payload, api, collection }) => {
    const probe = PROBE[collection]
    const draft = await seed(payload, collection, 'draft')
    // A published document whose newest version is an unpublished draft.
    const live = await seed(payload, collection, 'published')
    const secret = marker('Unpublished words')
    await payload.update({ collection: collection as never, id: live.id, data: { [probe]: secret } as never, draft: true, overrideAccess: true })
    const newer = await api.findByID(collection, live.id, { draft: true })
    const newerListed = await api.find(collection, live.id, { draft: true })
    const versions = await api.versions(collection, draft.id)
    const seesDrafts = consistent(
      {
        list: has(await api.find(collection, draft.id, { draft: true }), draft.id),
        byId: (await api.findByID(collection, draft.id, { draft: true })).ok,
        versions: versions.ok && versions.docs.length > 0,
        newerDraftById: newer.ok && newer.doc[probe] === secret,
        newerDraftInList: newerListed.ok && newerListed.docs.some((d) => d[probe] === secret),
      },
      `drafts of ${collection}`,
    )
    // Without draft access, the published version is what a reader gets, not an error.
    if (!seesDrafts && !(newer.ok && newer.doc[probe] === live[probe])) {
      throw new Error(`${collection}: a reader without draft access did not get the published version: ${JSON.stringify(newer)}`)
    }
    return seesDrafts
  },
  'edit a draft': async (t) => {
    const text = marker('Edited draft')
    return updateCell(t, await seed(t.payload, t.collection, 'draft'), { [PROBE[t.collection]]: text }, {
      draft: true,
      check: (_live, latest) => latest?.[PROBE[t.collection]] === text,
    })
  },
  'save a draft of a published document, leaving the live version alone': async (t) => {
    const probe = PROBE[t.collection]
    const doc = await seed(t.payload, t.collection, 'published')
    const text = marker('Draft of a live document')
    return updateCell(t, doc, { [probe]: text }, {
      draft: true,
      check: (live, latest) => {
        if (live?._status !== 'published' || live[probe] !== doc[probe]) throw new Error(`the live version changed: ${JSON.stringify(live)}`)
        return latest?.[probe] === text
      },
    })
  },
  'change the live version of a published document': async (t) => {
    const text = marker('Changed live')
    return updateCell(t, await seed(t.payload, t.collection, 'published'), { [PROBE[t.collection]]: text }, {
      check: (live) => live?._status === 'published' && live[PROBE[t.collection]] === text,
    })
  },
  'publish a draft': async (t) =>
    updateCell(t, await seed(t.payload, t.collection, 'draft'), { _status: 'published' }, { check: (live) => live?._status === 'published' }),
  'unpublish a published document': async (t) =>
    updateCell(t, await seed(t.payload, t.collection, 'published'), { _status: 'draft' }, { check: (live) => live?._status === 'draft' }),
  delete: async (t) => deleteCell(t, await seed(t.payload, t.collection, MATRIX[t.collection] === DRAFTED ? 'published' : undefined)),
  create: (t) => createCell(t, {}),
  read: async (t) => readable(t, await seed(t.payload, t.collection)),
  'read a file a published resource uses': async (t) => readable(t, await usedBy(t.payload, 'published')),
  'read a file only a draft uses': async (t) => readable(t, await usedBy(t.payload, 'draft')),
  update: async (t) => {
    const text = marker('Updated')
    return updateCell(t, await seed(t.payload, t.collection), { [PROBE[t.collection]]: text }, {
      check: (live) => live?.[PROBE[t.collection]] === text,
    })
  },
  'create an account': (t) => createCell(t, {}),
  'read another account': async (t) => readable(t, await seed(t.payload, 'users')),
  'update another account': async (t) => {
    const name = marker('Renamed')
    return updateCell(t, await seed(t.payload, 'users'), { name }, { check: (live) => live?.name === name })
  },
  'delete another account': async (t) => deleteCell(t, await seed(t.payload, 'users')),
  'read their own account': (t) => readable(t, t.self!),
  'update their own account': async (t) => {
    const name = marker('My name')
    return updateCell(t, t.self!, { name }, { check: (live) => live?.name === name })
  },
}

/**
 * Declares the whole matrix for one API, on a real Payload of its own, with each role signed
 * in for real. Returns getters for further tests in the same file.
 */
export function describeAccessMatrix(transport: 'local' | 'rest' | 'graphql') {
  let payload: Payload
  let staff: Record<Exclude<Actor, 'anonymous'>, StaffUser>
  let apis: Record<Actor, Api>
  beforeAll(async () => {
    payload = await startPayload()
    staff = (await makeUsers(payload)) as unknown as typeof staff
    apis = await apisFor(transport, payload, staff)
  })
  afterAll(async () => stopPayload(payload))

  for (const [collection, rows] of Object.entries(MATRIX)) {
    describe(`${collection} over ${transport}`, () => {
      for (const [action, row] of Object.entries(rows)) {
        ACTORS.forEach((actor, column) => {
          const expected = row[column]
          if (expected === null) return
          it(`${actor} ${expected ? 'may' : 'may not'} ${action}`, async () => {
            const self = actor === 'anonymous' ? undefined : staff[actor]
            expect(await CELLS[action]({ payload, api: apis[actor], collection, self })).toBe(expected)
          })
        })
      }
    })
  }
  // Globals (one document each, such as the overview): the same roles, read and written as globals.
  for (const [slug, rows] of Object.entries(GLOBAL_MATRIX)) {
    describe(`the ${slug} global over ${transport}`, () => {
      for (const [action, row] of Object.entries(rows)) {
        ACTORS.forEach((actor, column) => {
          const expected = row[column]
          if (expected === null) return
          it(`${actor} ${expected ? 'may' : 'may not'} ${action}`, async () => {
            expect(await globalCell(action, { payload, api: apis[actor], slug })).toBe(expected)
          })
        })
      }
    })
  }
  return { payload: () => payload, staff: () => staff, apis: () => apis }
}

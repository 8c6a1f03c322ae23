import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Api, apisFor, type Doc, PASSWORD, type StaffUser } from '../access-apis'
import { consistent } from '../access-checks'
import { restLogin, restRequest } from '../access-clients'
import { lexical, makeUsers, pngFile, validData } from '../fixtures'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * Attack: an anonymous visitor lists /api/media, or guesses /api/media/file/<name>, to read the
 * files of drafts (a report not yet released, a thumbnail of an unannounced event). Defence: an
 * anonymous reader gets only the files published content uses; staff see everything. Each check
 * reads every way there is (Local API, REST and GraphQL: list and by id; REST: the file and each
 * of its sizes), which must agree, and the database is re-read so that a refusal is never a
 * missing file.
 */
let payload: Payload
let staff: Record<'admin' | 'editor' | 'contributor', StaffUser>
let apis: Record<'local' | 'rest' | 'graphql', { anonymous: Api; contributor: Api }>
let contributorToken: string
beforeAll(async () => {
  payload = await startPayload()
  staff = (await makeUsers(payload)) as never
  contributorToken = await restLogin(staff.contributor.email, PASSWORD)
  const both = async (transport: 'local' | 'rest' | 'graphql') => {
    const all = await apisFor(transport, payload, staff)
    return { anonymous: all.anonymous, contributor: all.contributor }
  }
  apis = { local: await both('local'), rest: await both('rest'), graphql: await both('graphql') }
})
afterAll(async () => stopPayload(payload))

type Reader = 'anonymous' | 'contributor'

async function upload(): Promise<Doc> {
  return (await payload.create({ collection: 'media', data: validData.media() as never, file: await pngFile(undefined, 1600, 900), overrideAccess: true })) as Doc
}

/** Whether `reader` can see the file, through every channel (they must agree). */
async function sees(reader: Reader, media: Doc): Promise<boolean> {
  // The file is there: a refusal below is access, not absence.
  const stored = (await payload.findByID({ collection: 'media', id: media.id, overrideAccess: true, depth: 0 })) as Doc
  const names: string[] = [stored.filename, ...Object.values((stored.sizes ?? {}) as Record<string, { filename?: string }>).map((s) => s.filename!)].filter(Boolean)
  expect(names.length).toBe(4)
  const channels: Record<string, boolean> = {}
  for (const [transport, api] of Object.entries(apis)) {
    const listed = await api[reader].find('media', media.id)
    channels[`${transport} list`] = listed.ok && listed.docs.some((d) => String(d.id) === String(media.id))
    channels[`${transport} by id`] = (await api[reader].findByID('media', media.id)).ok
  }
  // The whole list too, as a visitor would ask for it.
  const local = await payload.find({ collection: 'media', overrideAccess: false, pagination: false, depth: 0, user: reader === 'contributor' ? (staff.contributor as never) : undefined })
  channels['local, everything'] = local.docs.some((d) => String(d.id) === String(media.id))
  for (const name of names) {
    const response = await restRequest('GET', `media/file/${encodeURIComponent(name)}`, { token: reader === 'contributor' ? contributorToken : undefined })
    await response.arrayBuffer()
    if (![200, 403].includes(response.status)) throw new Error(`GET /api/media/file/${name}: unexpected ${response.status}`)
    channels[`file ${name}`] = response.status === 200
  }
  return consistent(channels, `${reader} reading media ${String(media.id)}`)
}

const resource = (fields: Record<string, unknown>, status: 'draft' | 'published') =>
  payload.create({
    collection: 'resources',
    data: { ...validData.resources(), ...fields, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  }) as Promise<Doc>

/** A rich-text body holding an uploaded image, as the admin's editor writes one. */
function bodyWithImage(media: Doc) {
  const body = lexical('See the diagram below.')
  ;(body.root.children as unknown[]).push({ type: 'upload', relationTo: 'media', value: media.id, fields: null, format: '', version: 3 })
  return body
}

describe("drafts' files stay private", () => {
  it('a file no document uses is not listed or downloadable by anonymous readers; staff see it', async () => {
    const media = await upload()
    expect(await sees('anonymous', media)).toBe(false)
    expect(await sees('contributor', media)).toBe(true)
  })

  it('a file only a draft resource uses (its document, its thumbnail, its body) stays private', async () => {
    const [document, thumbnail, inBody] = [await upload(), await upload(), await upload()]
    const { externalUrl: _, ...data } = validData.resources()
    await payload.create({
      collection: 'resources',
      data: { ...data, document: document.id, thumbnail: thumbnail.id, body: bodyWithImage(inBody), _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    for (const media of [document, thumbnail, inBody]) {
      expect(await sees('anonymous', media)).toBe(false)
      expect(await sees('contributor', media)).toBe(true)
    }
  })

  it('a file a published resource uses (thumbnail, every size; rich text) is public', async () => {
    const thumbnail = await upload()
    const inBody = await upload()
    await resource({ thumbnail: thumbnail.id, body: bodyWithImage(inBody) }, 'published')
    expect(await sees('anonymous', thumbnail)).toBe(true)
    expect(await sees('anonymous', inBody)).toBe(true)
  })

  it('a file a published guidance page shows in its body is public; one a draft guidance page shows is not', async () => {
    const shown = await upload()
    const drafted = await upload()
    await payload.create({ collection: 'guidance', data: { ...validData.guidance(), body: bodyWithImage(shown), _status: 'published' } as never, overrideAccess: true })
    await payload.create({ collection: 'guidance', data: { ...validData.guidance(), body: bodyWithImage(drafted), _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(await sees('anonymous', shown)).toBe(true)
    expect(await sees('anonymous', drafted)).toBe(false)
  })

  it('a draft that swaps a published resource’s thumbnail keeps the new file private until it is published', async () => {
    const live = await upload()
    const next = await upload()
    const doc = await resource({ thumbnail: live.id }, 'published')
    await payload.update({ collection: 'resources', id: doc.id, data: { thumbnail: next.id } as never, draft: true, overrideAccess: true })
    expect(await sees('anonymous', live)).toBe(true)
    expect(await sees('anonymous', next)).toBe(false)

    await payload.update({ collection: 'resources', id: doc.id, data: { thumbnail: next.id, _status: 'published' } as never, overrideAccess: true })
    expect(await sees('anonymous', next)).toBe(true)
    expect(await sees('anonymous', live)).toBe(false)
  })

  it('unpublishing or deleting the resource makes its file private again', async () => {
    const unpublished = await upload()
    const deleted = await upload()
    const first = await resource({ thumbnail: unpublished.id }, 'published')
    const second = await resource({ thumbnail: deleted.id }, 'published')
    expect(await sees('anonymous', unpublished)).toBe(true)
    expect(await sees('anonymous', deleted)).toBe(true)

    await payload.update({ collection: 'resources', id: first.id, data: { _status: 'draft' } as never, overrideAccess: true })
    await payload.delete({ collection: 'resources', id: second.id, overrideAccess: true })
    expect(await sees('anonymous', unpublished)).toBe(false)
    expect(await sees('anonymous', deleted)).toBe(false)
    expect(await sees('contributor', unpublished)).toBe(true)
  })

  it('the export, read as an anonymous reader, still gets what published resources use, and nothing a draft uses', async () => {
    const { readPublishedContent } = await import('../../src/publishing/published-content')
    const file = await upload()
    const inBody = await upload()
    const draftOnly = await upload()
    const { externalUrl: _, ...data } = validData.resources()
    const published = await payload.create({
      collection: 'resources',
      data: { ...data, document: file.id, thumbnail: file.id, body: bodyWithImage(inBody), _status: 'published' } as never,
      overrideAccess: true,
    })
    await resource({ thumbnail: draftOnly.id }, 'draft')

    const content = await readPublishedContent(payload, { cmsUrl: 'http://cms.example' })
    const exported = content.resources.find((r) => r.slug === published.slug)!
    expect(exported.document?.filename).toBe(file.filename)
    expect(exported.thumbnail?.sizes?.map((s) => s.name).sort()).toEqual(['card', 'thumbnail', 'wide'])
    expect(exported.bodyHtml).toContain(`/api/media/file/${inBody.filename}`)
    expect(JSON.stringify(content)).not.toContain(String(draftOnly.filename))
  })
})

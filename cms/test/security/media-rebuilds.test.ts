import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { educationHub, type PublishedChange } from '@genomics-hub/content-models'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import sharp from 'sharp'
import { buildConfig, getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../src/migrations'
import { pngFile, validData } from '../fixtures'

/**
 * Attack: a contributor uploads file after file, and each upload rebuilds the whole site (media
 * have no drafts, so every save counted as a publish). Defence: a media change is a public
 * change only while published content uses the file. On a Payload of its own whose
 * `onPublishedChange` records each change, with the hub's committed migrations.
 */
const changes: PublishedChange[] = []
let payload: Payload
let editor: Record<string, any>
let contributor: Record<string, any>

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-media-rebuilds-'))
  const config = buildConfig({
    secret: 'media-rebuilds-test',
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'hub.db')}` }, push: false }),
    editor: lexicalEditor(),
    sharp,
    telemetry: false,
    plugins: [educationHub({ mediaDir: path.join(dir, 'media'), onPublishedChange: (change) => void changes.push(change) })],
  })
  payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const user = async (role: string) => ({
    ...(await payload.create({ collection: 'users', data: { email: `${role}@example.nhs.uk`, password: 'correct-horse-battery', role } as never, overrideAccess: true })),
    collection: 'users',
  })
  editor = await user('editor')
  contributor = await user('contributor')
})
afterAll(async () => payload?.destroy())

const as = (user: Record<string, any>) => ({ overrideAccess: false, user: user as never })
/** The changes reported by the work, and forgets them. */
const reported = async (work: Promise<unknown>) => {
  await work
  return changes.splice(0).map(({ collection, action }) => ({ collection, action }))
}
const upload = async (by = contributor) => payload.create({ collection: 'media', data: { alt: 'A diagram' } as never, file: await pngFile(), ...as(by) })
const editAlt = (id: number | string, alt: string, by = contributor) => payload.update({ collection: 'media', id, data: { alt } as never, ...as(by) })

describe('media changes and rebuilds', () => {
  it('a contributor uploading files, or editing a file nothing published uses, rebuilds nothing', async () => {
    expect(await reported(upload())).toEqual([])
    expect(await reported(upload(editor))).toEqual([])
    const unused = await upload()
    expect(await reported(editAlt(unused.id, 'A better description'))).toEqual([])
    // Used by a draft only: still nothing public.
    await payload.create({ collection: 'resources', data: { ...validData.resources(), thumbnail: unused.id, _status: 'draft' } as never, draft: true, ...as(contributor) })
    expect(await reported(editAlt(unused.id, 'Described again'))).toEqual([])
    changes.splice(0)
  })

  it('changing the alt text of an image a published resource uses rebuilds', async () => {
    const image = await upload()
    expect(await reported(payload.create({ collection: 'resources', data: { ...validData.resources(), thumbnail: image.id, _status: 'published' } as never, ...as(editor) }))).toEqual([
      { collection: 'resources', action: 'publish' },
    ])
    expect(await reported(editAlt(image.id, 'The pathway, from consent to result'))).toEqual([{ collection: 'media', action: 'update' }])
    // Seeding and imports ask for no notifications.
    const quiet = payload.update({ collection: 'media', id: image.id, data: { alt: 'Seeded' } as never, overrideAccess: true, context: { skipPublishHooks: true } })
    expect(await reported(quiet)).toEqual([])
  })

  it('deleting a file a published resource uses rebuilds; deleting an unused one does not', async () => {
    const used = await upload()
    const unused = await upload()
    await payload.create({ collection: 'resources', data: { ...validData.resources(), thumbnail: used.id, _status: 'published' } as never, ...as(editor) })
    changes.splice(0)
    expect(await reported(payload.delete({ collection: 'media', id: unused.id, ...as(editor) }))).toEqual([])
    expect(await reported(payload.delete({ collection: 'media', id: used.id, ...as(editor) }))).toEqual([{ collection: 'media', action: 'delete' }])
  })
})

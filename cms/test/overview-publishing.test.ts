import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { educationHub, type PublishedChange } from '@genomics-hub/content-models'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../src/migrations'
import { lexical } from './fixtures'

/**
 * The overview's publish notifications (what rebuilds the site), on a Payload of its own whose
 * `onPublishedChange` records each change, with the hub's committed migrations.
 */
const changes: PublishedChange[] = []
let payload: Payload
let editor: Record<string, any>
let contributor: Record<string, any>

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-overview-'))
  const config = buildConfig({
    secret: 'overview-publishing-test',
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'hub.db')}` }, push: false }),
    editor: lexicalEditor(),
    telemetry: false,
    plugins: [educationHub({ onPublishedChange: (change) => void changes.push(change) })],
  })
  payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const user = (role: string) =>
    payload.create({ collection: 'users', data: { email: `${role}@example.nhs.uk`, password: 'correct-horse-battery', role } as never, overrideAccess: true })
  editor = { ...(await user('editor')), collection: 'users' }
  contributor = { ...(await user('contributor')), collection: 'users' }
})
afterAll(async () => payload?.destroy())

const content = (heading: string) => ({
  heading,
  introduction: 'Genomics is part of everyday care.',
  whyGenomicsMatters: { heading: 'Why genomics matters', body: lexical('Every clinician has a part to play.') },
  pathway: { heading: 'The whole genome sequencing pathway', steps: [{ title: 'Identify and consent', text: 'Check eligibility.' }] },
})
const save = (as: Record<string, any>, data: Record<string, unknown>, draft = false) =>
  payload.updateGlobal({ slug: 'overview', data: data as never, draft, overrideAccess: false, user: as as never })
/** The changes reported by the save, and forgets them. */
const reported = async (save: Promise<unknown>) => {
  await save
  return changes.splice(0).map(({ collection, action, title, user }) => ({ collection, action, title, user: user?.id }))
}

describe('overview publish notifications', () => {
  it('says nothing for a draft that was never published', async () => {
    expect(await reported(save(contributor, content('A first draft'), true))).toEqual([])
  })

  it('reports publishing, with who did it', async () => {
    expect(await reported(save(editor, { ...content('Genomics education'), _status: 'published' }))).toEqual([
      { collection: 'overview', action: 'publish', title: 'Genomics education', user: editor.id },
    ])
  })

  it('says nothing for a draft of the published overview, and reports an edit of the live one', async () => {
    expect(await reported(save(contributor, { ...content('A better heading') }, true))).toEqual([])
    expect(await reported(save(editor, { ...content('A better heading'), _status: 'published' }))).toEqual([
      { collection: 'overview', action: 'update', title: 'A better heading', user: editor.id },
    ])
  })

  it('reports unpublishing, and nothing when the save asks to skip the hooks (seeding)', async () => {
    expect(await reported(save(editor, { _status: 'draft' }))).toEqual([
      { collection: 'overview', action: 'unpublish', title: 'A better heading', user: editor.id },
    ])
    const quiet = payload.updateGlobal({ slug: 'overview', data: { ...content('Seeded'), _status: 'published' } as never, overrideAccess: true, context: { skipPublishHooks: true } })
    expect(await reported(quiet)).toEqual([])
    expect((await payload.findGlobal({ slug: 'overview', overrideAccess: false })).heading).toBe('Seeded')
  })
})

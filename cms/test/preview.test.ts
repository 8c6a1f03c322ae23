import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { lexical, makeUsers, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** A real site build may take minutes on a busy machine. */
const BUILD_TIMEOUT = 240_000

/** Draft preview: the real site build, with the draft in it, apart from the live site. */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-preview-'))
process.env.HUB_SITE_BUILDS_DIR = path.join(work, 'builds')
process.env.HUB_REBUILD_ON_PUBLISH = 'false'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

it('shows a contributor’s draft guidance page as it will look, and nowhere else', async () => {
  const { buildPreview, PREVIEWS_DIR } = await import('../src/publishing/preview')
  const { readPublishedContent } = await import('../src/publishing/published-content')
  const { contributor } = await makeUsers(payload)
  const page = await payload.create({
    collection: 'guidance',
    data: { ...validData.guidance(), title: 'Draft guidance on consent', body: lexical('Draft words about consent.'), _status: 'draft' } as never,
    draft: true,
    overrideAccess: false,
    user: contributor as never,
  })

  const result = await buildPreview(payload, {
    collection: 'guidance',
    id: String(page.id),
    user: contributor as never,
    cmsUrl: 'http://localhost:3000',
    timezone: 'Europe/London',
  })
  expect(result.ok, result.log).toBe(true)
  expect(result.url).toBe(`/preview-site/guidance-${page.id}/guidance/draft-guidance-on-consent/`)

  const html = fs.readFileSync(path.join(PREVIEWS_DIR, `guidance-${page.id}`, 'live', 'guidance', 'draft-guidance-on-consent', 'index.html'), 'utf8')
  expect(html).toContain('Draft words about consent.')
  // Its styles come from the preview itself, not from the live site.
  expect(html).toMatch(new RegExp(`href="/preview-site/guidance-${page.id}/_astro/[^"]+\\.css"`))

  const published = await readPublishedContent(payload)
  expect(published.guidance.map((g) => g.title)).not.toContain('Draft guidance on consent')
  expect(fs.existsSync(path.join(work, 'builds', 'live'))).toBe(false)
}, BUILD_TIMEOUT)

it('refuses to preview a draft for someone who is not signed in', async () => {
  const { buildPreview } = await import('../src/publishing/preview')
  const event = await payload.create({ collection: 'events', data: { ...validData.events(), _status: 'draft' } as never, draft: true, overrideAccess: true })
  await expect(
    buildPreview(payload, { collection: 'events', id: String(event.id), user: null as never, cmsUrl: 'http://localhost:3000', timezone: 'Europe/London' }),
  ).rejects.toMatchObject({ status: 403 })
})

it('shows the home page with a draft of the overview, while the live overview stays as it was', async () => {
  const { buildPreview, PREVIEWS_DIR } = await import('../src/publishing/preview')
  const { readPublishedContent } = await import('../src/publishing/published-content')
  const { contributor } = await makeUsers(payload)
  const overview = (heading: string) => ({
    heading,
    introduction: 'Genomics is part of everyday care.',
    whyGenomicsMatters: { heading: 'Why genomics matters', body: lexical('Every clinician has a part to play.') },
    pathway: { heading: 'The whole genome sequencing pathway', steps: [{ title: 'Identify and consent', text: 'Check eligibility.' }] },
  })
  await payload.updateGlobal({ slug: 'overview', data: { ...overview('Genomics for every clinician'), _status: 'published' } as never, overrideAccess: true })
  await payload.updateGlobal({ slug: 'overview', data: overview('A draft heading for the home page') as never, draft: true, overrideAccess: false, user: contributor as never })

  const result = await buildPreview(payload, { global: 'overview', user: contributor as never, cmsUrl: 'http://localhost:3000', timezone: 'Europe/London' })
  expect(result.ok, result.log).toBe(true)
  expect(result.url).toBe('/preview-site/overview/')
  const html = fs.readFileSync(path.join(PREVIEWS_DIR, 'overview', 'live', 'index.html'), 'utf8')
  expect(html).toContain('A draft heading for the home page')
  expect((await readPublishedContent(payload)).overview?.heading).toBe('Genomics for every clinician')
}, BUILD_TIMEOUT)

it('refuses to preview the overview for someone who is not signed in', async () => {
  const { buildPreview } = await import('../src/publishing/preview')
  await expect(buildPreview(payload, { global: 'overview', user: null as never, cmsUrl: 'http://localhost:3000', timezone: 'Europe/London' })).rejects.toMatchObject({
    status: 403,
  })
})

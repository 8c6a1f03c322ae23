import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexical, validData } from '../fixtures'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * Previews are full site builds, so a contributor must not be able to tie the server up with
 * them: one build at a time, an unchanged draft is built once however often (or however many
 * times at once) it is asked for, a rate limit per user, and a fresh folder per build. The
 * requests go through the app's own route handlers with a signed-in user's token, and every
 * build is the real site build.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sec-previews-'))
process.env.HUB_SITE_BUILDS_DIR = path.join(work, 'builds')
process.env.HUB_REBUILD_ON_PUBLISH = 'false'
const PREVIEWS = path.join(work, '.previews')
/** The default limit: ten preview requests a minute per user. */
const LIMIT = 10

type Route = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>
let payload: Payload
let previewRoute: Route
let previewSiteRoute: Route

beforeAll(async () => {
  payload = await startPayload()
  previewRoute = (await import('../../src/app/(site)/preview/[collection]/[id]/route')).GET as Route
  previewSiteRoute = (await import('../../src/app/(site)/preview-site/[...path]/route')).GET as Route
})
afterAll(async () => stopPayload(payload))

let people = 0
/** A new user of this role, signed in: their token, as the admin's cookie would carry it. */
async function signIn(role: 'editor' | 'contributor'): Promise<string> {
  const email = `${role}-${++people}@example.nhs.uk`
  await payload.create({ collection: 'users', data: { email, password: 'correct-horse-battery', role } as never, overrideAccess: true })
  const { token } = await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })
  return token!
}
const auth = (token?: string): HeadersInit => (token ? { Authorization: `JWT ${token}` } : {})

/** GET /preview/<collection>/<id>, as the admin's Preview button does. */
const askPreview = (token: string | undefined, collection: string, id: unknown) =>
  previewRoute(new Request(`http://localhost:3000/preview/${collection}/${String(id)}`, { headers: auth(token) }), {
    params: Promise.resolve({ collection, id: String(id) }),
  })

/** GET a page of a built preview, e.g. /preview-site/guidance-3/guidance/x/. */
async function openPreview(token: string | undefined, url: string): Promise<{ status: number; text: string }> {
  const { pathname } = new URL(url, 'http://localhost:3000')
  const parts = pathname.replace(/^\/preview-site\//, '').split('/').filter(Boolean)
  const response = await previewSiteRoute(new Request(`http://localhost:3000${pathname}`, { headers: auth(token) }), {
    params: Promise.resolve({ path: parts }),
  })
  return { status: response.status, text: await response.text() }
}

/** The builds a preview's folder holds (named after when they started), oldest first. */
const BUILD_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-p\d+$/
const buildsOf = (target: string) =>
  fs.existsSync(path.join(PREVIEWS, target))
    ? fs
        .readdirSync(path.join(PREVIEWS, target))
        .filter((name) => BUILD_NAME.test(name))
        .sort()
    : []
const liveBuildOf = (target: string) => path.basename(fs.realpathSync(path.join(PREVIEWS, target, 'live')))

async function draftGuidance(token: string, title: string, words: string) {
  const user = await payload.auth({ headers: new Headers(auth(token)) })
  return payload.create({
    collection: 'guidance',
    data: { ...validData.guidance(), title, body: lexical(words), _status: 'draft' } as never,
    draft: true,
    overrideAccess: false,
    user: user.user as never,
  })
}

// Real site builds, one at a time, on a machine that may be busy.
describe('bounded previews', { timeout: 240_000 }, () => {
  let contributor: string
  let guidanceId: number | string
  let target: string
  let pageUrl: string

  beforeAll(async () => {
    contributor = await signIn('contributor')
    const page = await draftGuidance(contributor, 'Draft guidance on bounded previews', 'First draft words.')
    guidanceId = page.id
    target = `guidance-${page.id}`
  })

  it('an anonymous request for a preview, or for a built preview page, is refused with 401', async () => {
    const asked = await askPreview(undefined, 'guidance', guidanceId)
    expect(asked.status).toBe(401)
    expect(await asked.text()).toMatch(/log in/i)
    expect(buildsOf(target)).toEqual([])
    expect((await openPreview(undefined, `/preview-site/${target}/`)).status).toBe(401)
  })

  it('four preview requests at once by one contributor build the site once, and all four get the page', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => askPreview(contributor, 'guidance', guidanceId)))
    const bodies = await Promise.all(answers.map((answer) => (answer.status === 303 ? '' : answer.text())))
    expect(answers.map((answer) => answer.status), bodies.join('\n')).toEqual([303, 303, 303, 303])
    const locations = new Set(answers.map((answer) => answer.headers.get('location')))
    pageUrl = `http://localhost:3000/preview-site/${target}/guidance/draft-guidance-on-bounded-previews/`
    expect([...locations]).toEqual([pageUrl])

    expect(buildsOf(target)).toHaveLength(1)
    expect(liveBuildOf(target)).toBe(buildsOf(target)[0])
    const page = await openPreview(contributor, pageUrl)
    expect(page.status).toBe(200)
    expect(page.text).toContain('First draft words.')
  })

  it('asking again for the unchanged draft, by another member of staff too, reuses that build', async () => {
    const before = buildsOf(target)
    const editor = await signIn('editor')
    for (const token of [contributor, editor]) {
      const answer = await askPreview(token, 'guidance', guidanceId)
      expect(answer.status).toBe(303)
      expect(answer.headers.get('location')).toBe(pageUrl)
    }
    expect(buildsOf(target)).toEqual(before)
  })

  it('a changed draft builds again into a fresh folder, and the preview shows the change', async () => {
    const [first] = buildsOf(target)
    const { user } = await payload.auth({ headers: new Headers(auth(contributor)) })
    await payload.update({
      collection: 'guidance',
      id: guidanceId,
      data: { body: lexical('Second draft words.') } as never,
      draft: true,
      overrideAccess: false,
      user: user as never,
    })
    const answer = await askPreview(contributor, 'guidance', guidanceId)
    expect(answer.status, await answer.clone().text()).toBe(303)
    const [, second] = buildsOf(target)
    expect(buildsOf(target)).toEqual([first, second])
    expect(liveBuildOf(target)).toBe(second)
    // The first build stays until the next one (a reader may still be loading its pages).
    expect(fs.readFileSync(path.join(PREVIEWS, target, first, 'guidance', 'draft-guidance-on-bounded-previews', 'index.html'), 'utf8')).toContain(
      'First draft words.',
    )
    const page = await openPreview(contributor, pageUrl)
    expect(page.text).toContain('Second draft words.')
    expect(page.text).not.toContain('First draft words.')
  })

  it('newly published content around an unchanged draft builds the preview again, and old builds are cleaned up', async () => {
    const [, second] = buildsOf(target)
    // Left from long ago: another document's preview, and the export of a build cut off.
    const stale = [path.join(PREVIEWS, 'events-424242'), path.join(PREVIEWS, 'guidance-424242.json')]
    fs.mkdirSync(path.join(stale[0], 'live-site'), { recursive: true })
    fs.writeFileSync(stale[1], '{}')
    const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000)
    for (const where of stale) fs.utimesSync(where, twoDaysAgo, twoDaysAgo)
    await payload.create({
      collection: 'guidance',
      data: { ...validData.guidance(), title: 'Published guidance on sample tracking', _status: 'published' } as never,
      overrideAccess: true,
    })
    const answer = await askPreview(contributor, 'guidance', guidanceId)
    expect(answer.status, await answer.clone().text()).toBe(303)
    const [kept, third] = buildsOf(target)
    expect(buildsOf(target)).toHaveLength(2)
    expect(kept).toBe(second)
    expect(liveBuildOf(target)).toBe(third)
    expect(stale.filter((where) => fs.existsSync(where))).toEqual([])
    const list = await openPreview(contributor, `/preview-site/${target}/guidance/`)
    expect(list.text).toContain('Published guidance on sample tracking')
    expect(list.text).toContain('Draft guidance on bounded previews')
  })

  it('two documents previewed at once each get their own folder and their own page, built one after the other', async () => {
    const event = await payload.create({
      collection: 'events',
      data: { ...validData.events(), title: 'Draft webinar on variant interpretation', start: '2027-02-03T10:00:00.000Z', end: '2027-02-03T11:00:00.000Z' } as never,
      draft: true,
      overrideAccess: true,
    })
    const resource = await payload.create({
      collection: 'resources',
      data: { ...validData.resources(), title: 'Draft resource on consent forms', summary: 'Consent forms for whole genome sequencing.' } as never,
      draft: true,
      overrideAccess: true,
    })
    const [eventAnswer, resourceAnswer] = await Promise.all([askPreview(contributor, 'events', event.id), askPreview(contributor, 'resources', resource.id)])
    expect([eventAnswer.status, resourceAnswer.status]).toEqual([303, 303])
    expect(eventAnswer.headers.get('location')).toBe(`http://localhost:3000/preview-site/events-${event.id}/events/${event.slug}/`)
    expect(resourceAnswer.headers.get('location')).toBe(`http://localhost:3000/preview-site/resources-${resource.id}/library/${resource.slug}/`)

    const eventPage = await openPreview(contributor, eventAnswer.headers.get('location')!)
    expect(eventPage.text).toContain('Draft webinar on variant interpretation')
    expect(eventPage.text).not.toContain('Draft resource on consent forms')
    const resourcePage = await openPreview(contributor, resourceAnswer.headers.get('location')!)
    expect(resourcePage.text).toContain('Consent forms for whole genome sequencing.')
    expect(resourcePage.text).not.toContain('Draft webinar on variant interpretation')

    // One build at a time: the later build (its folder is named after when it started)
    // started after the earlier one had written its last file.
    const builds = [`events-${event.id}`, `resources-${resource.id}`].map((t) => ({ target: t, name: buildsOf(t)[0] })).sort((a, b) => (a.name < b.name ? -1 : 1))
    const [earlier, later] = builds
    const startedAt = (name: string) => Date.parse(name.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z.*/, 'T$1:$2:$3.$4Z'))
    const lastWrite = (dir: string) =>
      Math.max(...fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => fs.lstatSync(path.join(entry.parentPath, entry.name)).mtimeMs))
    expect(startedAt(later.name)).toBeGreaterThanOrEqual(Math.floor(lastWrite(path.join(PREVIEWS, earlier.target, earlier.name))))
  })

  it('a contributor asking for more previews than the limit gets 429 with when to try again; others are not held up', async () => {
    const busy = await signIn('contributor')
    for (let i = 0; i < LIMIT; i++) expect((await askPreview(busy, 'guidance', guidanceId)).status).toBe(303)
    const refused = await askPreview(busy, 'guidance', guidanceId)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(await refused.text()).toMatch(new RegExp(`Too many previews.*${LIMIT} a minute.*try again in ${retryAfter} seconds?`, 'is'))
    // The limit is per user: another contributor still gets the preview.
    expect((await askPreview(await signIn('contributor'), 'guidance', guidanceId)).status).toBe(303)
  })

  it('with the build slot taken and five previews waiting, the next preview is refused with 503, and builds nothing', async () => {
    const { inBuildSlot } = await import('../../src/publishing/build-slot')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const queued = [0, 1, 2, 3, 4, 5].map(() => inBuildSlot('preview', () => held))
    const page = await draftGuidance(contributor, 'Draft guidance while the CMS is busy', 'Busy words.')
    const answer = await askPreview(await signIn('editor'), 'guidance', page.id)
    release()
    await Promise.all(queued)
    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toBe('60')
    expect(await answer.text()).toMatch(/5 previews are waiting to be built\. Try again in a minute/)
    expect(buildsOf(`guidance-${page.id}`)).toEqual([])
  })

  it('a preview of a document that does not exist is a 404 that says so, not a build', async () => {
    const answer = await askPreview(await signIn('editor'), 'guidance', 999_999)
    expect(answer.status).toBe(404)
    expect(await answer.text()).toMatch(/not found/i)
    expect(fs.existsSync(path.join(PREVIEWS, 'guidance-999999'))).toBe(false)
  })
})

describe('one site build at a time, live builds first', () => {
  /** A piece of work that records when it starts and ends when the test says so. */
  function job(name: string, log: string[]) {
    let finish!: () => void
    const done = new Promise<void>((resolve) => (finish = resolve))
    let started!: () => void
    const start = new Promise<void>((resolve) => (started = resolve))
    const work = async () => {
      log.push(`start ${name}`)
      started()
      await done
      log.push(`end ${name}`)
    }
    return { work, finish, start }
  }

  it('a live rebuild waits only for the preview already building, not behind the previews queued after it', async () => {
    const buildSlot = await import('../../src/publishing/build-slot')
    const log: string[] = []
    const [p1, p2, p3, live] = ['preview 1', 'preview 2', 'preview 3', 'live'].map((name) => job(name, log))
    const runs = [buildSlot.inBuildSlot('preview', p1.work)]
    await p1.start
    runs.push(buildSlot.inBuildSlot('preview', p2.work), buildSlot.inBuildSlot('preview', p3.work), buildSlot.inBuildSlot('live', live.work))
    expect(buildSlot.previewsWaiting()).toBe(2)
    p1.finish()
    await live.start
    live.finish()
    await p2.start
    p2.finish()
    await p3.start
    p3.finish()
    await Promise.all(runs)
    expect(log).toEqual(['start preview 1', 'end preview 1', 'start live', 'end live', 'start preview 2', 'end preview 2', 'start preview 3', 'end preview 3'])
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * The jobs queue: a scheduled publish goes live through Payload's own job and the real site
 * build; the daily rebuild is due at 00:05 London time; the cron starts at boot.
 */
const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-jobs-builds-'))
process.env.HUB_SITE_BUILDS_DIR = buildsDir
process.env.HUB_REBUILD_DELAY_MS = '200'
process.env.HUB_REBUILD_ON_PUBLISH = 'true'
process.env.SITE_URL = 'http://localhost:3000'

let payload: Payload
let rebuild: typeof import('../src/publishing/rebuild')
let nextDailyRebuild: typeof import('../src/publishing/daily-rebuild').nextDailyRebuild
// Imported after the environment above is set: the builds folder is read on import.
beforeAll(async () => {
  payload = await startPayload()
  rebuild = await import('../src/publishing/rebuild')
  ;({ nextDailyRebuild } = await import('../src/publishing/daily-rebuild'))
})
afterAll(async () => stopPayload(payload))

type Doc = Record<string, any>

describe('scheduled publishing', () => {
  it('publishes a draft whose time has come when the queue runs, and the rebuild puts it live', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'scheduler@example.nhs.uk', password: 'correct-horse-battery', role: 'editor' } as never,
      overrideAccess: true,
    })
    const draft = await payload.create({
      collection: 'events',
      data: { ...validData.events(), title: 'Scheduled genomics webinar', onlineNote: 'Teams link sent on booking.', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    // What the admin's "Schedule publish" queues (a time already past, as after a restart).
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'events', value: String(draft.id) }, user: { relationTo: 'users', value: editor.id } } as never,
      waitUntil: new Date(Date.now() - 60_000),
    })
    const started = Date.now()
    await payload.jobs.run({ queue: 'default' })
    const published = (await payload.findByID({ collection: 'events', id: draft.id, overrideAccess: true })) as Doc
    expect(published._status).toBe('published')

    await rebuild.rebuildsSettled()
    const [build] = (await payload.find({ collection: 'site-builds', overrideAccess: true, depth: 0 })).docs as Doc[]
    expect(build).toMatchObject({ status: 'succeeded', triggeredBy: editor.id })
    expect(build.trigger).toContain('publish events "Scheduled genomics webinar"')
    const page = path.join(buildsDir, 'live', 'events', String(published.slug), 'index.html')
    expect(fs.readFileSync(page, 'utf8')).toContain('Scheduled genomics webinar')
    console.log(`Scheduled publish to live page: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })
})

describe('the daily rebuild', () => {
  it('is due at 00:05 in London, in winter and in summer, whatever the server zone', () => {
    expect(nextDailyRebuild(new Date('2027-01-10T12:00:00Z')).toISOString()).toBe('2027-01-11T00:05:00.000Z')
    expect(nextDailyRebuild(new Date('2027-07-10T12:00:00Z')).toISOString()).toBe('2027-07-10T23:05:00.000Z')
    // The night the clocks go forward, and the one after.
    expect(nextDailyRebuild(new Date('2027-03-27T23:30:00Z')).toISOString()).toBe('2027-03-28T00:05:00.000Z')
    expect(nextDailyRebuild(new Date('2027-03-28T00:05:00Z')).toISOString()).toBe('2027-03-28T23:05:00.000Z')
  })

  it('is queued by Payload for the next 00:05 London time', async () => {
    const before = new Date()
    await payload.jobs.handleSchedules({ queue: 'nightly' })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(new Date(String((docs[0] as Doc).waitUntil)).toISOString()).toBe(nextDailyRebuild(before).toISOString())
  })
})

describe('at boot', () => {
  it('the Next server starts the jobs cron (instrumentation register), not the first request', async () => {
    const { getPayload } = await import('payload')
    const config = (await import('../src/payload.config')).default
    const cached = (await getPayload({ config })) as Payload & { crons: unknown[] }
    expect(cached.crons).toHaveLength(0)
    process.env.NEXT_RUNTIME = 'nodejs'
    const { register } = await import('../src/instrumentation')
    await register()
    expect(cached.crons).toHaveLength(2)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/**
 * Publish -> live, for real: Payload hooks queue a rebuild, the real site build (Astro +
 * Pagefind) runs into a fresh folder and is switched in; failures leave the old site.
 */
const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-builds-'))
process.env.HUB_SITE_BUILDS_DIR = buildsDir
process.env.HUB_REBUILD_DELAY_MS = '300'
process.env.HUB_REBUILD_ON_PUBLISH = 'true'
process.env.SITE_URL = 'http://localhost:3000'

let payload: Payload
let rebuild: typeof import('../src/publishing/rebuild')
let site: typeof import('../src/publishing/site-build')

beforeAll(async () => {
  payload = await startPayload()
  rebuild = await import('../src/publishing/rebuild')
  site = await import('../src/publishing/site-build')
})
afterAll(async () => stopPayload(payload))

const live = (...parts: string[]) => path.join(site.LIVE_LINK, ...parts)
const builds = async () =>
  (await payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, overrideAccess: true })).docs as Record<string, any>[]

describe('publish -> live', () => {
  let eventId: number | string
  let slug: string

  it('publishing an event rebuilds the site with it, once for several quick edits', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.nhs.uk', password: 'correct-horse-battery', role: 'editor' } as never,
      overrideAccess: true,
    })
    const event = await payload.create({
      collection: 'events',
      data: { ...validData.events(), title: 'Publishing loop webinar', _status: 'published' } as never,
      overrideAccess: false,
      user: editor as never,
    })
    eventId = event.id
    slug = event.slug as string
    await payload.update({ collection: 'events', id: event.id, data: { summary: 'Edited once' } as never, overrideAccess: true })
    await payload.update({ collection: 'events', id: event.id, data: { summary: 'Edited twice' } as never, overrideAccess: true })
    await rebuild.rebuildsSettled()

    const history = await builds()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ status: 'succeeded' })
    expect(history[0].trigger).toContain('publish events "Publishing loop webinar"')
    expect(history[0].triggeredBy?.id ?? history[0].triggeredBy).toBe(editor.id)
    expect(history[0].pages).toBeGreaterThan(10)
    expect(fs.readFileSync(live('events', slug, 'index.html'), 'utf8')).toContain('Publishing loop webinar')
    expect(fs.readFileSync(live('events.ics'), 'utf8')).toContain('SUMMARY:Publishing loop webinar')
  })

  it('saving a draft of a published event changes nothing public and builds nothing', async () => {
    await payload.update({ collection: 'events', id: eventId, data: { title: 'Secret draft title' } as never, draft: true, overrideAccess: true })
    await rebuild.rebuildsSettled()
    expect(await builds()).toHaveLength(1)
    expect(fs.readFileSync(live('events.ics'), 'utf8')).not.toContain('Secret draft title')
  })

  it('unpublishing removes it from the site and the feed', async () => {
    await payload.update({ collection: 'events', id: eventId, data: { _status: 'draft' } as never, overrideAccess: true })
    await rebuild.rebuildsSettled()
    const history = await builds()
    expect(history).toHaveLength(2)
    expect(history[1].trigger).toContain('unpublish events')
    expect(fs.existsSync(live('events', slug, 'index.html'))).toBe(false)
    expect(fs.readFileSync(live('events.ics'), 'utf8')).not.toContain('Publishing loop webinar')
  })

  it('a failed build leaves the last good site live, untouched, and is reported', async () => {
    const before = fs.realpathSync(site.LIVE_LINK)
    const index = fs.readFileSync(live('index.html'), 'utf8')
    const result = await site.buildAndSwitch(payload, {
      siteUrl: 'http://localhost:3000',
      timezone: 'Europe/London',
      // A build that writes half a site and then fails, as a broken template would.
      command: ['node', '-e', "const fs=require('fs');fs.mkdirSync(process.env.SITE_OUT_DIR,{recursive:true});fs.writeFileSync(process.env.SITE_OUT_DIR+'/index.html','half');console.error('Template error in MonthGrid.astro');process.exit(1)"],
    })
    expect(result.ok).toBe(false)
    expect(result.log).toContain('Template error in MonthGrid.astro')
    expect(fs.realpathSync(site.LIVE_LINK)).toBe(before)
    expect(fs.readFileSync(live('index.html'), 'utf8')).toBe(index)
    expect(fs.existsSync(result.dir)).toBe(false)
  })

  it('calls the deploy hook instead of building when one is configured', async () => {
    const { createServer } = await import('node:http')
    const calls: string[] = []
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        calls.push(body)
        res.end('ok')
      })
    }).listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const { hubSettings } = await import('../src/settings')
    hubSettings.deployHookUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`
    try {
      await payload.delete({ collection: 'events', id: eventId, overrideAccess: true })
      await payload.create({ collection: 'events', data: { ...validData.events(), _status: 'published' } as never, overrideAccess: true })
      await rebuild.rebuildsSettled()
      expect(calls).toHaveLength(1)
      expect(JSON.parse(calls[0]).trigger).toContain('publish events')
      expect((await builds()).at(-1)).toMatchObject({ status: 'deploy-hook-called' })
    } finally {
      hubSettings.deployHookUrl = ''
      server.close()
    }
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload, stopPayload } from './payload-harness'

/**
 * Builds that fail before the site build runs, and the debounce's upper bound. The builds
 * folder sits under a plain file, so exporting the content fails for real (ENOTDIR).
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-build-fail-'))
fs.writeFileSync(path.join(tmp, 'not-a-folder'), 'a file where the builds folder should be')
process.env.HUB_SITE_BUILDS_DIR = path.join(tmp, 'not-a-folder', 'builds')
process.env.HUB_REBUILD_DELAY_MS = '300'
process.env.HUB_REBUILD_MAX_WAIT_MS = '1000'
process.env.HUB_REBUILD_ON_PUBLISH = 'true'

let payload: Payload
let rebuild: typeof import('../src/publishing/rebuild')
beforeAll(async () => {
  payload = await startPayload()
  rebuild = await import('../src/publishing/rebuild')
})
afterAll(async () => stopPayload(payload))

type Doc = Record<string, any>
const builds = async () =>
  (await payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, overrideAccess: true })).docs as Doc[]
const clear = () => payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })

describe('a build that fails outside the site build', () => {
  it('is recorded as failed with the error, not left running', async () => {
    rebuild.requestRebuild(payload, 'export that cannot be written')
    await rebuild.rebuildsSettled()
    const [build] = await builds()
    expect(build).toMatchObject({ status: 'failed', trigger: 'export that cannot be written' })
    expect(build.summary).toMatch(/^Build failed: ENOTDIR: not a directory, mkdir .*The previous site is still live$/)
    expect(build.log).toContain('ENOTDIR')
    expect(build.finishedAt).toBeTruthy()
  })

  it('a build left running by a stopped CMS is marked failed at the next start', async () => {
    await clear()
    const cut = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', trigger: 'publish', startedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    expect(await rebuild.markInterruptedBuilds(payload)).toBe(1)
    expect(await payload.findByID({ collection: 'site-builds', id: cut.id, overrideAccess: true })).toMatchObject({
      status: 'failed',
      summary: 'Interrupted: the CMS stopped during this build',
    })
  })
})

describe('steady editing', () => {
  it('still publishes: a build starts within the maximum wait although changes keep coming', async () => {
    await clear()
    const first = Date.now()
    let last = first
    const edits: string[] = []
    while (Date.now() - first < 2400) {
      edits.push(`edit ${edits.length + 1}`)
      rebuild.requestRebuild(payload, edits.at(-1)!)
      last = Date.now()
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
    await rebuild.rebuildsSettled()
    const history = await builds()
    const started = Date.parse(history[0].startedAt) - first
    // Without the bound the first build would start 300 ms after the last edit (~2.7 s).
    expect(started).toBeGreaterThanOrEqual(1000)
    expect(started).toBeLessThan(1800)
    expect(Date.parse(history[0].startedAt)).toBeLessThan(last)
    expect(history.length).toBeGreaterThanOrEqual(2)
    expect(history.length).toBeLessThanOrEqual(4)
    // Every edit is in exactly one build, in order.
    expect(history.flatMap((b) => b.trigger.split('; '))).toEqual(edits)
  })
})

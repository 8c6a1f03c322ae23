import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload, stopPayload } from './payload-harness'

/**
 * Two builds at once (the CMS and the import command, say) share the builds folder: neither
 * may delete the other's build or the live one, and older content never replaces newer.
 * The builds are real processes that, like site/scripts/build.mjs, build into a staging
 * folder and move it into place at the end, after a delay of our choosing.
 */
const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-concurrent-builds-'))
process.env.HUB_SITE_BUILDS_DIR = buildsDir

let payload: Payload
let site: typeof import('../src/publishing/site-build')
beforeAll(async () => {
  payload = await startPayload()
  site = await import('../src/publishing/site-build')
})
afterAll(async () => stopPayload(payload))

/** A build that finishes when the test releases it (a file appears), so no timing is assumed. */
const fakeBuild = (marker: string) => [
  'node',
  '-e',
  `const fs = require('fs'); const out = process.env.SITE_OUT_DIR; const staging = out + '.staging';
    const timer = setInterval(() => { if (!fs.existsSync(${JSON.stringify(path.join(buildsDir, `release-${marker}`))})) return; clearInterval(timer);
    fs.mkdirSync(staging, { recursive: true }); fs.writeFileSync(staging + '/index.html', ${JSON.stringify(marker)});
    fs.rmSync(out, { recursive: true, force: true }); fs.renameSync(staging, out) }, 10)`,
]
const release = (marker: string) => fs.writeFileSync(path.join(buildsDir, `release-${marker}`), '')
/** Starts a build (its folder is named after now); resolves when it is switched in or dropped. */
let lastStart = 0
const build = async (marker: string) => {
  // Folder names have millisecond precision: a later start must be a later name.
  while (Date.now() <= lastStart) await wait(1)
  lastStart = Date.now()
  return site.buildAndSwitch(payload, { siteUrl: 'http://localhost:3000', timezone: 'Europe/London', command: fakeBuild(marker) })
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const liveIndex = () => fs.readFileSync(path.join(site.LIVE_LINK, 'index.html'), 'utf8')
const folders = () => fs.readdirSync(buildsDir).filter((e) => e !== 'live' && fs.lstatSync(path.join(buildsDir, e)).isDirectory())

describe('builds running at the same time', () => {
  let liveBefore = ''

  it('a build that started first but finishes last does not replace the newer one', async () => {
    const older = build('older')
    await wait(20)
    const newerBuild = build('newer')
    release('newer')
    const newer = await newerBuild
    expect(newer).toMatchObject({ ok: true })
    expect(newer.superseded).toBeUndefined()
    expect(liveIndex()).toBe('newer')
    release('older')
    const late = await older
    expect(late).toMatchObject({ ok: true, superseded: true })
    expect(late.log).toContain('was not switched in')
    expect(liveIndex()).toBe('newer')
    expect(fs.existsSync(late.dir)).toBe(false)
    expect(fs.realpathSync(site.LIVE_LINK)).toBe(newer.dir)
  })

  it("leaves another process's finished build, and the previous live one, when it cleans up", async () => {
    const previous = fs.realpathSync(site.LIVE_LINK)
    const others = path.join(buildsDir, '2099-01-01T00-00-00-000Z-p1') // a build started "later", about to switch
    const ancient = path.join(buildsDir, '2000-01-01T00-00-00-000Z-p1')
    for (const dir of [others, ancient]) fs.mkdirSync(dir)
    release('third')
    const result = await build('third')
    expect(fs.realpathSync(site.LIVE_LINK)).toBe(result.dir)
    expect(fs.existsSync(others)).toBe(true)
    expect(fs.existsSync(previous)).toBe(true)
    expect(fs.existsSync(ancient)).toBe(false)
    fs.rmSync(others, { recursive: true })
    liveBefore = result.dir
  })

  it('the live site is there throughout three overlapping builds, and the newest wins', async () => {
    let missing = 0
    let watching = true
    const watcher = (async () => {
      while (watching) {
        if (!fs.existsSync(path.join(site.LIVE_LINK, 'index.html'))) missing++
        await wait(5)
      }
    })()
    const runs = [build('one'), wait(20).then(() => build('two')), wait(40).then(() => build('three'))]
    // The newest finishes first, then the older ones, which must not replace it.
    release('three')
    await runs[2]
    release('two')
    release('one')
    const results = await Promise.all(runs)
    watching = false
    await watcher
    expect(missing).toBe(0)
    expect(liveIndex()).toBe('three')
    expect(results.map((r) => Boolean(r.superseded))).toEqual([true, true, false])
    // Left: the live build and the one it replaced, nothing else.
    expect(folders().sort()).toEqual([liveBefore, results[2].dir].map((dir) => path.basename(dir)).sort())
  })
})

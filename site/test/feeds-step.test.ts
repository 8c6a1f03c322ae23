import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ICAL from 'ical.js'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The build's feeds step (scripts/feeds.ts) on the sample export: it writes every feed only
 * after checking it, and fails (so the build is not switched live) on a value that would
 * break a line, naming the event.
 */
const siteDir = path.resolve(import.meta.dirname, '..')
const sample = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'published.sample.json'), 'utf8'))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-feeds-step-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

function runFeeds(content: unknown, name: string) {
  const file = path.join(work, `${name}.json`)
  const out = path.join(work, name)
  fs.writeFileSync(file, JSON.stringify(content))
  const run = spawnSync(path.join(siteDir, 'node_modules', '.bin', 'tsx'), [path.join(siteDir, 'scripts', 'feeds.ts'), out], {
    cwd: siteDir,
    env: { ...process.env, HUB_CONTENT_FILE: file, SITE_URL: 'https://hub.example' },
    encoding: 'utf8',
  })
  return { ...run, out }
}
const uidsIn = (file: string) =>
  new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))

describe('the feeds step', () => {
  it('writes every feed of a clean export, each holding its events', () => {
    const run = runFeeds(sample, 'clean')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(uidsIn(path.join(run.out, 'events.ics'))).toHaveLength(sample.events.length)
    const webinars = sample.events.filter((e: { category?: { slug: string } }) => e.category?.slug === 'webinar')
    expect(webinars.length).toBeGreaterThan(0)
    expect(uidsIn(path.join(run.out, 'events', 'category', 'webinar.ics')).sort()).toEqual(webinars.map((e: { uid: string }) => e.uid).sort())
    const [first] = sample.events
    expect(uidsIn(path.join(run.out, 'events', `${first.slug}.ics`))).toEqual([first.uid])
  }, 120_000)

  it('fails on a UID that would write an event of its own, naming the event', () => {
    const hostile = structuredClone(sample)
    hostile.events[0].uid = 'x\nEND:VEVENT\nBEGIN:VEVENT\nUID:phish\nSUMMARY:Re-register now\nURL:https://phish.example/\nEND:VEVENT'
    const run = runFeeds(hostile, 'hostile')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'The feeds were not written: Event "Genomics for GPs: when to refer" (/events/genomics-for-gps-when-to-refer/, CMS id 1) cannot be written to the feeds: its UID holds a line feed (U+000A)',
    )
  }, 120_000)
})

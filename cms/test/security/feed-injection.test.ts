import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IcsImportError } from '../../src/import/parse-ics'
import { calendar, vevent } from '../ics-builder'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * Attack: a calendar file whose UID holds escaped line breaks
 * (`UID:x\nEND:VEVENT\nBEGIN:VEVENT\n...`). ical.js reads them as real line breaks; stored
 * and written raw into /events.ics, they added a fake event with a phishing link to every
 * subscriber's calendar. Real Payload on SQLite, the real site build and its switch.
 */
const buildsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-feed-injection-'))
process.env.HUB_SITE_BUILDS_DIR = buildsDir

let payload: Payload
let importIcs: typeof import('../../src/import/import-events').importIcs
let site: typeof import('../../src/publishing/site-build')
let imported: Awaited<ReturnType<typeof importIcs>>
let firstBuild: Awaited<ReturnType<typeof site.buildAndSwitch>>
beforeAll(async () => {
  payload = await startPayload()
  importIcs = (await import('../../src/import/import-events')).importIcs
  site = await import('../../src/publishing/site-build')
  // Every test starts from a live site built from the file with hostile text.
  imported = await importIcs(payload, hostileText, { now: NOW, publish: true })
  firstBuild = await build()
}, 240_000)
afterAll(async () => stopPayload(payload))

const NOW = new Date('2026-11-24T12:00:00Z')
const PHISH = ['END:VEVENT', 'BEGIN:VEVENT', 'UID:phish@evil.example', 'SUMMARY:Urgent: re-register your NHS smartcard', 'URL:https://phish.example/', 'DTSTART:20270105T100000Z', 'DTSTAMP:20260101T000000Z']
/** The attack as a calendar file writes it: each line break escaped as \n inside one value. */
const escaped = (lines: string[]) => lines.join('\\n')
const hostileUid = calendar(
  ...vevent(`UID:x@hub.example\\n${escaped(PHISH)}\\nX-TAIL:`, 'SUMMARY:Genomics for GPs', 'DTSTART:20270104T100000Z', 'DURATION:PT1H'),
  ...vevent('UID:bystander@hub.example', 'SUMMARY:Cancer genomics update', 'DTSTART:20270111T100000Z', 'DURATION:PT1H'),
)
/** Text values trying the same: TEXT may hold line breaks, which the feed writer escapes. */
const hostileText = calendar(
  ...vevent(
    'UID:text-attack@hub.example',
    'SUMMARY:Genomics for GPs',
    `DESCRIPTION:Bring your questions.\\n${escaped(PHISH)}\\nX-TAIL:`,
    `LOCATION:Online\\n${escaped(PHISH)}`,
    'DTSTART:20270104T100000Z',
    'DURATION:PT1H',
  ),
  ...vevent('UID:innocent@hub.example', 'SUMMARY:Rare disease update', 'DTSTART:20270111T100000Z', 'DURATION:PT1H'),
)
const build = () => site.buildAndSwitch(payload, { siteUrl: 'http://localhost:3000', timezone: 'Europe/London' })
const live = (...parts: string[]) => fs.readFileSync(path.join(site.LIVE_LINK, ...parts), 'utf8')
const uidsOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')))
const eventCount = async () => (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs

describe('feed injection', () => {
  it('a UID holding escaped line breaks is refused, naming the event and line, and nothing is stored', async () => {
    const before = await eventCount()
    await expect(importIcs(payload, hostileUid, { now: NOW, publish: true })).rejects.toThrow(
      new IcsImportError(
        'Line 5: Event "Genomics for GPs" (UID x@hub.example\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:phish@evil.example\\nSUMMARY:Urgent: re-register your NHS smartcard' +
          '\\nURL:https://phish.example/\\nDTSTART:20270105T100000Z\\nDTSTAMP:20260101T000000Z\\nX-TAIL:) has a UID holding a line feed (U+000A), ' +
          'which a UID may not hold: correct it in the calendar it came from.',
      ),
    )
    expect(await eventCount()).toBe(before)
  })

  it('the same file uploaded in the admin is refused with the same reason, saving neither the upload nor any event', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.nhs.uk', password: 'correct-horse-battery', role: 'editor' } as never,
      overrideAccess: true,
    })
    const before = await eventCount()
    const data = Buffer.from(hostileUid)
    await expect(
      payload.create({
        collection: 'calendar-imports',
        data: { publish: true } as never,
        file: { data, mimetype: 'text/calendar', name: 'hostile.ics', size: data.length },
        overrideAccess: false,
        user: editor as never,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'file', message: expect.stringContaining('has a UID holding a line feed (U+000A)') }] } })
    expect(await eventCount()).toBe(before)
    expect((await payload.count({ collection: 'calendar-imports', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('text trying to write lines of its own is imported, and the built feeds hold exactly the imported events', async () => {
    expect(imported.created).toBe(2)
    expect(firstBuild.log).not.toContain('failed their check')
    expect(firstBuild.ok).toBe(true)
    const feed = live('events.ics')
    expect(uidsOf(feed).sort()).toEqual(['innocent@hub.example', 'text-attack@hub.example'])
    expect(feed).not.toMatch(/^UID:phish/m)
    expect(feed).not.toMatch(/^URL:https:\/\/phish/m)
    const [attack] = (await payload.find({ collection: 'events', where: { uid: { equals: 'text-attack@hub.example' } }, overrideAccess: true })).docs
    expect(uidsOf(live('events', `${attack.slug}.ics`))).toEqual(['text-attack@hub.example'])
  })

  it('a hostile UID put straight into the stored content fails the build, naming the event, and the live site stays', async () => {
    const liveBefore = fs.realpathSync(site.LIVE_LINK)
    const feedBefore = live('events.ics')
    const [victim] = (await payload.find({ collection: 'events', where: { uid: { equals: 'innocent@hub.example' } }, overrideAccess: true })).docs
    // Below every hook and validation: what an old import, a script or a database edit could leave.
    await payload.db.updateOne({
      collection: 'events',
      where: { id: { equals: victim.id } },
      data: { uid: `innocent@hub.example\n${PHISH.join('\n')}` },
    })

    const built = await build()
    expect(built.ok).toBe(false)
    expect(built.log).toContain(
      `The feeds were not written: Event "Rare disease update" (/events/${victim.slug}/, CMS id ${victim.id}) cannot be written to the feeds: its UID holds a line feed (U+000A)`,
    )
    expect(fs.realpathSync(site.LIVE_LINK)).toBe(liveBefore)
    expect(live('events.ics')).toBe(feedBefore)
    expect(fs.existsSync(built.dir)).toBe(false)
  }, 240_000)
})

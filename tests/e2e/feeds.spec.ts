import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import nodeIcal from 'node-ical'
import type { HubEvent } from '@genomics-hub/shared/content'
import { lintIcs } from '@genomics-hub/shared/ical-lint'
import { published } from '../support/content'
import { E2E } from '../support/paths'

/** Every feed the build wrote, parsed by two real parsers and linted for what they let through. */
function feeds(dir = E2E.siteDir): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ics')) found.push(path.join(entry.parentPath, entry.name))
  }
  return found.sort()
}

function checkRoundTrip(text: string, expected: HubEvent[]) {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
  expect(vevents.map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual(expected.map((e) => e.uid).sort())
  const viaNode = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c.type === 'VEVENT') as nodeIcal.VEvent[]
  expect(viaNode).toHaveLength(expected.length)
  for (const source of expected) {
    const vevent = vevents.find((v) => v.getFirstPropertyValue('uid') === source.uid)!
    const event = new ICAL.Event(vevent)
    const node = viaNode.find((e) => e.uid === source.uid)!
    const status = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' }[source.status]
    expect(vevent.getFirstPropertyValue('status')).toBe(status)
    expect(node.status).toBe(status)
    expect(event.sequence).toBe(source.sequence)
    if (source.allDay) {
      expect(event.startDate.isDate && node.datetype === 'date').toBe(true)
      expect(event.startDate.toString()).toBe(source.startDate)
      const last = event.endDate.clone()
      last.adjust(-1, 0, 0, 0)
      expect(last.toString()).toBe(source.endDate)
    } else {
      expect(event.startDate.isDate).toBe(false)
      expect(event.startDate.toJSDate().toISOString()).toBe(source.start)
      expect(event.endDate.toJSDate().toISOString()).toBe(source.end)
      expect(node.start.toISOString()).toBe(source.start)
      expect(node.end.toISOString()).toBe(source.end)
    }
  }
}

test('the whole calendar feed round-trips every published event', async ({ request }) => {
  const response = await request.get('/events.ics')
  expect(response.headers()['content-type']).toContain('text/calendar')
  const text = await response.text()
  expect(lintIcs(text)).toEqual([])
  checkRoundTrip(text, published().events)
})

test('each category feed carries exactly that category’s events', async () => {
  const content = published()
  for (const category of content.eventCategories) {
    const text = fs.readFileSync(path.join(E2E.siteDir, 'events', 'category', `${category.slug}.ics`), 'utf8')
    expect(lintIcs(text)).toEqual([])
    checkRoundTrip(text, content.events.filter((e) => e.category?.slug === category.slug))
  }
})

test('each event’s own .ics matches the event', async () => {
  for (const event of published().events) {
    const text = fs.readFileSync(path.join(E2E.siteDir, 'events', `${event.slug}.ics`), 'utf8')
    expect(lintIcs(text)).toEqual([])
    checkRoundTrip(text, [event])
  }
})

test('every feed in the build is clean', async () => {
  const all = feeds()
  expect(all.length).toBe(1 + published().eventCategories.length + published().events.length)
  for (const file of all) expect(lintIcs(fs.readFileSync(file, 'utf8')), file).toEqual([])
})

test('feeds and month pages are identical when built on a New York machine', async () => {
  for (const file of feeds()) {
    const twin = path.join(E2E.siteDirNewYork, path.relative(E2E.siteDir, file))
    expect(fs.readFileSync(twin, 'utf8'), path.relative(E2E.siteDir, file)).toBe(fs.readFileSync(file, 'utf8'))
  }
  const months = fs.readdirSync(path.join(E2E.siteDir, 'events', 'month'))
  expect(months.length).toBeGreaterThanOrEqual(13)
  for (const month of months) {
    const page = (dir: string) => fs.readFileSync(path.join(dir, 'events', 'month', month, 'index.html'), 'utf8')
    expect(page(E2E.siteDirNewYork), month).toBe(page(E2E.siteDir))
  }
})

test('a month page is small: under 60 KB of HTML and CSS, no JavaScript needed', async () => {
  const dir = path.join(E2E.siteDir, 'events', 'month')
  const month = fs.readdirSync(dir).sort()[0]
  const html = fs.readFileSync(path.join(dir, month, 'index.html'), 'utf8')
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.statSync(path.join(E2E.siteDir, m[1])).size)
  const total = Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0)
  expect(total).toBeLessThan(60 * 1024)
  expect(html).not.toMatch(/<script[^>]+src=/)
})

import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import nodeIcal, { type VEvent } from 'node-ical'
import type { HubEvent } from '@genomics-hub/shared/content'
import { lintIcs } from '@genomics-hub/shared/ical-lint'
import { eventDates, monthOf } from '@genomics-hub/shared/time'
import { subscribeLinks } from '@genomics-hub/shared/urls'
import { published, today } from '../support/content'
import { E2E } from '../support/paths'

/** Every feed the build wrote, parsed by two real parsers and linted for what they let through. */
function feeds(dir = E2E.siteDir): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ics')) found.push(path.join(entry.parentPath, entry.name))
  }
  return found.sort()
}

/** The day after a YYYY-MM-DD date (an all-day event's exclusive DTEND). */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
/** node-ical reads a DATE as local midnight of that date on the machine parsing it. */
const nodeDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

/** Both parsers read exactly the expected events: UIDs, status, sequence, dates or instants, all-day-ness. */
function checkRoundTrip(text: string, expected: HubEvent[], where: string) {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
  expect(vevents.map((v) => v.getFirstPropertyValue('uid')).sort(), where).toEqual(expected.map((e) => e.uid).sort())
  const viaNode = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]
  expect(viaNode.map((e) => e.uid).sort(), where).toEqual(expected.map((e) => e.uid).sort())
  for (const source of expected) {
    const at = `${where}: ${source.slug}`
    const vevent = vevents.find((v) => v.getFirstPropertyValue('uid') === source.uid)!
    const event = new ICAL.Event(vevent)
    const node = viaNode.find((e) => e.uid === source.uid)!
    const status = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' }[source.status]
    expect(vevent.getFirstPropertyValue('status'), at).toBe(status)
    expect(node.status, at).toBe(status)
    expect(event.sequence, at).toBe(source.sequence)
    expect(Number(node.sequence), at).toBe(source.sequence)
    if (source.allDay) {
      // Dates, not midnights, in both parsers; DTEND is the day after the last day.
      expect([event.startDate.isDate, event.endDate.isDate], at).toEqual([true, true])
      expect(event.startDate.toString(), at).toBe(source.startDate)
      expect(event.endDate.toString(), at).toBe(dayAfter(source.endDate))
      expect(node.datetype, at).toBe('date')
      expect((node.start as Date & { dateOnly?: boolean }).dateOnly, at).toBe(true)
      expect((node.end as Date & { dateOnly?: boolean }).dateOnly, at).toBe(true)
      expect(nodeDate(node.start), at).toBe(source.startDate)
      expect(nodeDate(node.end!), at).toBe(dayAfter(source.endDate))
    } else {
      expect([event.startDate.isDate, event.endDate.isDate], at).toEqual([false, false])
      expect(event.startDate.toJSDate().toISOString(), at).toBe(source.start)
      expect(event.endDate.toJSDate().toISOString(), at).toBe(source.end)
      expect(node.datetype, at).toBe('date-time')
      expect(node.start.toISOString(), at).toBe(source.start)
      expect(node.end!.toISOString(), at).toBe(source.end)
    }
  }
}

/** The events a built feed must hold, from its address. */
function expectedEvents(relative: string): HubEvent[] {
  const content = published()
  if (relative === 'events.ics') return content.events
  const category = /^events\/category\/(.+)\.ics$/.exec(relative)
  if (category) return content.events.filter((e) => e.category?.slug === category[1])
  const single = /^events\/([^/]+)\.ics$/.exec(relative)
  const event = single && content.events.find((e) => e.slug === single[1])
  if (!event) throw new Error(`A feed nobody asked for: ${relative}`)
  return [event]
}

/**
 * The calendar's RFC 7986 NAME and DESCRIPTION (read by ical.js) and the X-WR- twins older
 * clients read (by node-ical: ical.js leaves unknown X- properties escaped).
 */
function calendarText(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const value = (name: string) => calendar.getFirstPropertyValue(name) as string | null
  const x = nodeIcal.sync.parseICS(text).vcalendar as Record<string, unknown> | undefined
  return { name: value('name'), description: value('description'), wrName: x?.['WR-CALNAME'], wrDescription: x?.['WR-CALDESC'] }
}
const described = (name: string, description: string) => ({ name, description, wrName: name, wrDescription: description })

test('the whole calendar feed round-trips every published event', async ({ request }) => {
  const response = await request.get('/events.ics')
  expect(response.headers()['content-type']).toContain('text/calendar')
  const text = await response.text()
  expect(lintIcs(text)).toEqual([])
  checkRoundTrip(text, published().events, 'events.ics')
  expect(calendarText(text)).toEqual(described('Genomics training calendar', 'Genomics education and training events for healthcare professionals'))
})

test('each category feed carries exactly that category’s events', async () => {
  const content = published()
  for (const category of content.eventCategories) {
    const text = fs.readFileSync(path.join(E2E.siteDir, 'events', 'category', `${category.slug}.ics`), 'utf8')
    expect(lintIcs(text)).toEqual([])
    checkRoundTrip(text, content.events.filter((e) => e.category?.slug === category.slug), category.slug)
    const description = category.description ?? `Genomics education and training events for healthcare professionals: ${category.name}`
    expect(calendarText(text)).toEqual(described(`Genomics training: ${category.name}`, description))
  }
})

test('each event’s own .ics matches the event', async () => {
  for (const event of published().events) {
    const text = fs.readFileSync(path.join(E2E.siteDir, 'events', `${event.slug}.ics`), 'utf8')
    expect(lintIcs(text)).toEqual([])
    checkRoundTrip(text, [event], event.slug)
    expect(calendarText(text)).toEqual(described(event.title.replace(/\s+/g, ' ').trim(), event.summary || event.title))
  }
})

test('every feed in the build is clean and round-trips through both parsers', async () => {
  const all = feeds()
  expect(all.length).toBe(1 + published().eventCategories.length + published().events.length)
  for (const file of all) {
    const relative = path.relative(E2E.siteDir, file).split(path.sep).join('/')
    const text = fs.readFileSync(file, 'utf8')
    expect(lintIcs(text), relative).toEqual([])
    checkRoundTrip(text, expectedEvents(relative), relative)
  }
})

/** Every file under a folder, as sorted relative paths. */
function listing(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

test('the New York build really ran at a New York offset, and wrote the same files', async () => {
  // Each build logs the host zone it ran under; New York is at -05:00, or -04:00 in summer.
  const ranUnder = (log: string) => /Host time zone: (\S+), UTC([+-]\d\d:\d\d)/.exec(fs.readFileSync(log, 'utf8'))?.slice(1)
  expect(ranUnder(E2E.buildLog)).toEqual(['UTC', '+00:00'])
  const [zone, offset] = ranUnder(E2E.buildLogNewYork) ?? []
  expect(zone).toBe('America/New_York')
  expect(['-05:00', '-04:00']).toContain(offset)
  // Not one file more or less.
  const files = listing(E2E.siteDir)
  expect(files.length).toBeGreaterThan(100)
  expect(listing(E2E.siteDirNewYork)).toEqual(files)
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

/** Months as numbers, so the rule is worked out here without the code under test. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthName = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`

test('the month pages are exactly the published window: first event’s month to 12 months ahead (or the last event)', async ({ page }) => {
  const dates = published().events.flatMap((e) => eventDates(e)).sort()
  const first = Math.min(monthIndex(monthOf(dates[0])), monthIndex(monthOf(today())))
  const last = Math.max(monthIndex(monthOf(today())) + 12, monthIndex(monthOf(dates.at(-1)!)))
  const expected = Array.from({ length: last - first + 1 }, (_, i) => monthName(first + i))
  expect(fs.readdirSync(path.join(E2E.siteDir, 'events', 'month')).sort()).toEqual(expected)

  // The first month cannot go back and the last cannot go forward; the others go both ways.
  for (const [i, month] of expected.entries()) {
    const html = fs.readFileSync(path.join(E2E.siteDir, 'events', 'month', month, 'index.html'), 'utf8')
    expect([html.includes('rel="prev"'), html.includes('rel="next"')], month).toEqual([i > 0, i < expected.length - 1])
  }
  await page.goto(`/events/month/${expected[0]}/`)
  await expect(page.getByRole('link', { name: /Previous month/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Next month/ })).toHaveAttribute('href', `/events/month/${expected[1]}/`)
  await page.goto(`/events/month/${expected.at(-1)}/`)
  await expect(page.getByRole('link', { name: /Next month/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Previous month/ })).toHaveAttribute('href', `/events/month/${expected.at(-2)}/`)
  // The months either side of the window have no page.
  expect((await page.request.get(`/events/month/${monthName(first - 1)}/`)).status()).toBe(404)
  expect((await page.request.get(`/events/month/${monthName(last + 1)}/`)).status()).toBe(404)
})

test('each category offers the same ways to subscribe as the whole calendar', async ({ page, request }) => {
  await page.goto('/events/')
  await page.getByText('Subscribe to one category of events only').click()
  for (const category of published().eventCategories) {
    const feedPath = `/events/category/${category.slug}.ics`
    const links = subscribeLinks(E2E.siteUrl, feedPath, `Genomics training: ${category.name}`)
    const expected: [string, string][] = [
      [`Subscribe to ${category.name} events in Apple Calendar or Outlook on your computer (webcal)`, links.webcal],
      [`Subscribe to ${category.name} events in Google Calendar`, links.google],
      [`Subscribe to ${category.name} events in Outlook (Microsoft 365 work account)`, links.outlook365],
      [`Subscribe to ${category.name} events in Outlook.com`, links.outlookCom],
      [`Download the ${category.name} calendar (.ics file)`, links.download],
    ]
    for (const [name, href] of expected) {
      const link = page.getByRole('link', { name, exact: true })
      await expect(link, name).toBeVisible()
      await expect(link, name).toHaveAttribute('href', href)
    }
    expect(new URL(links.google).searchParams.get('cid')).toBe(`webcal://127.0.0.1:${E2E.port}${feedPath}`)
    const response = await request.get(feedPath)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/calendar')
  }
})

test('every month page is small: under 60 KB of HTML and CSS, no JavaScript needed', async () => {
  const dir = path.join(E2E.siteDir, 'events', 'month')
  for (const month of fs.readdirSync(dir).sort()) {
    const html = fs.readFileSync(path.join(dir, month, 'index.html'), 'utf8')
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.statSync(path.join(E2E.siteDir, m[1])).size)
    const total = Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0)
    expect(total, month).toBeLessThan(60 * 1024)
    expect(html, month).not.toMatch(/<script[^>]+src=/)
  }
})

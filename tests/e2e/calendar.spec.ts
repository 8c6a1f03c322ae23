import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { eventDates, monthGrid, monthOf } from '@genomics-hub/shared/time'
import { eventBy, published, today } from '../support/content'
import { E2E } from '../support/paths'

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

test('from the home page to this month’s grid, then between months', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Education and training events this month' }).click()
  const caption = monthGrid(monthOf(today())).caption
  await expect(page.locator('table caption')).toHaveText(caption)

  // Full day names, as the headers' accessible names and (at this width) on screen.
  const headers = page.locator('table thead th[scope="col"]')
  await expect(headers).toHaveCount(7)
  for (const [i, day] of DAYS.entries()) {
    await expect(headers.nth(i)).toHaveAccessibleName(day)
    await expect(page.getByRole('columnheader', { name: day, exact: true })).toBeVisible()
  }
  expect((await headers.allInnerTexts()).map((t) => t.trim())).toEqual(DAYS)

  // Every cell carries its London date; the other months' days are marked.
  const cells = page.locator('table tbody td')
  const count = await cells.count()
  expect(count % 7).toBe(0)
  expect(await page.locator('table tbody td time[datetime]').count()).toBe(count)
  const grid = monthGrid(monthOf(today())).weeks.flat()
  expect(await page.locator('td[data-outside-month]').count()).toBe(grid.filter((d) => !d.inMonth).length)

  await page.getByRole('link', { name: /Next month/ }).click()
  await expect(page.locator('table caption')).toHaveText(monthGrid(nextMonth(monthOf(today()))).caption)
  await page.getByRole('link', { name: /Previous month/ }).click()
  await expect(page.locator('table caption')).toHaveText(caption)
})

function nextMonth(month: string) {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

test('an event shows on every London date it covers, crossing midnight', async ({ page }) => {
  const event = eventBy((e) => !e.allDay && eventDates(e).length === 2 && Date.parse(e.end) - Date.parse(e.start) < 12 * 3600e3)
  const dates = eventDates(event)
  await page.goto(`/events/month/${monthOf(dates[0])}/`)
  for (const date of dates.filter((d) => monthOf(d) === monthOf(dates[0]))) {
    await expect(page.locator(`td:has(time[datetime="${date}"]) a[href="/events/${event.slug}/"]`)).toHaveCount(1)
  }
})

test('cancelled and postponed events stay on the grid, marked in words', async ({ page }) => {
  for (const status of ['cancelled', 'postponed'] as const) {
    const event = eventBy((e) => e.status === status)
    const first = eventDates(event)[0]
    await page.goto(`/events/month/${monthOf(first)}/`)
    const link = page.locator(`td:has(time[datetime="${first}"]) a[href="/events/${event.slug}/"]`)
    await expect(link).toHaveText(`${status === 'cancelled' ? 'Cancelled' : 'Postponed'}: ${event.title}`)
    await expect(link).toHaveAccessibleName(`${status === 'cancelled' ? 'Cancelled' : 'Postponed'}: ${event.title}`)
  }
})

test('on narrow screens the day headers shorten but keep their full names', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } })
  const page = await context.newPage()
  await page.goto(`/events/month/${monthOf(today())}/`)
  const headers = page.locator('table thead th[scope="col"]')
  for (const [i, day] of DAYS.entries()) {
    await expect(headers.nth(i)).toHaveAccessibleName(day)
    // On screen: the three letters; the full name is there only for screen readers (1px, clipped).
    await expect(headers.nth(i).locator('.hub-calendar__day-short')).toBeVisible()
    await expect(headers.nth(i).locator('.hub-calendar__day-short')).toHaveText(day.slice(0, 3))
    const full = await headers.nth(i).locator('.hub-calendar__day').boundingBox()
    expect(full!.width * full!.height, day).toBeLessThanOrEqual(1)
  }
  // Nothing is cut: no header text overflows its column.
  expect(await headers.evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth).length)).toBe(0)
  await context.close()
})

test('an empty month says so', async ({ page }) => {
  const months = new Set(published().events.flatMap((e) => eventDates(e).map(monthOf)))
  const empty = [...Array(12).keys()].map((i) => monthAfter(monthOf(today()), i)).find((m) => !months.has(m))
  expect(empty, 'the seed leaves a month empty').toBeDefined()
  await page.goto(`/events/month/${empty}/`)
  await expect(page.getByText('There were no results found.')).toBeVisible()
  await expect(page.locator('table tbody a')).toHaveCount(0)
})

function monthAfter(month: string, n: number) {
  let m = month
  for (let i = 0; i < n; i++) m = nextMonth(m)
  return m
}

test('open an event and download its .ics', async ({ page }) => {
  const event = eventBy((e) => e.status === 'scheduled' && !e.allDay && e.format !== 'online')
  await page.goto(`/events/month/${monthOf(eventDates(event)[0])}/`)
  await page.locator(`a[href="/events/${event.slug}/"]`).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title)
  await expect(page.getByText('(UK time)')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: /Download for Outlook or Apple Calendar/ }).click()
  const file = await (await download).path()
  const text = (await import('node:fs')).readFileSync(file, 'utf8')
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!
  expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid)
  expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(event.allDay ? undefined : event.start)

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(jsonLd['@type']).toBe('Event')
  expect(jsonLd.eventStatus).toBe('https://schema.org/EventScheduled')
})

test('an event page adds to Outlook 365 and Outlook.com, and describes hybrid and online events honestly', async ({ page }) => {
  const hybrid = eventBy((e) => e.format === 'hybrid' && e.status === 'scheduled')
  const pageUrl = `${E2E.siteUrl}/events/${hybrid.slug}/`
  await page.goto(`/events/${hybrid.slug}/`)
  for (const [name, host] of [
    ['Add to Outlook (Microsoft 365 work account)', 'outlook.office.com'],
    ['Add to Outlook.com', 'outlook.live.com'],
  ]) {
    const href = new URL((await page.getByRole('link', { name, exact: true }).getAttribute('href'))!)
    expect(href.host).toBe(host)
    expect(href.pathname).toBe('/calendar/0/deeplink/compose')
    expect(href.searchParams.get('subject')).toBe(hybrid.title)
    expect(href.searchParams.get('allday')).toBe(String(hybrid.allDay))
  }
  const ld = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  const hybridLd = await ld()
  expect(hybridLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
  expect(hybridLd.location.map((l: { '@type': string }) => l['@type'])).toEqual(['Place', 'VirtualLocation'])
  expect(hybridLd.location[1].url).not.toBe(pageUrl)

  const online = eventBy((e) => e.format === 'online')
  await page.goto(`/events/${online.slug}/`)
  const onlineLd = await ld()
  expect(onlineLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
  expect(onlineLd.location['@type']).toBe('VirtualLocation')
  expect(onlineLd.location.url).not.toBe(`${E2E.siteUrl}/events/${online.slug}/`)
  if (online.bookingUrl) expect(onlineLd.location.url).toBe(online.bookingUrl)
})

test('the calendar reads and navigates without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/events/')
  await page.getByRole('link', { name: 'Calendar of events for this month' }).click()
  await expect(page.locator('table caption')).toHaveText(monthGrid(monthOf(today())).caption)
  await page.getByRole('link', { name: /Next month/ }).click()
  await expect(page.locator('table caption')).toHaveText(monthGrid(nextMonth(monthOf(today()))).caption)
  // The subscribe control is a native disclosure: it opens from the keyboard.
  await page.locator('summary').first().focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: 'Subscribe in Google Calendar' })).toBeVisible()
  await context.close()
})

test('today is highlighted by the browser, as an enhancement', async ({ page }) => {
  await page.goto(`/events/month/${monthOf(today())}/`)
  await expect(page.locator(`td[data-today] time[datetime="${today()}"]`)).toHaveAttribute('aria-current', 'date')
})

test('drafts never reach the site', async ({ page, request }) => {
  const slugs = new Set(published().events.map((e) => e.slug))
  expect(slugs.has('lynch-syndrome-pathway-launch')).toBe(false)
  expect((await request.get('/events/lynch-syndrome-pathway-launch/')).status()).toBe(404)
  const feed = await (await request.get('/events.ics')).text()
  expect(feed).not.toContain('Lynch syndrome pathway launch')
  await page.goto('/library/')
  await expect(page.getByText('Draft: genomics quick reference card')).toHaveCount(0)
})

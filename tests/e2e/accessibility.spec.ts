import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { eventDates, monthOf } from '@genomics-hub/shared/time'
import { published, today } from '../support/content'

/** axe-core on every page type, WCAG 2.2 A and AA rules: zero violations. */
const PAGE_TYPES = ['home', 'library', 'library page 2', 'library filter', 'resource', 'resource with image', 'guidance index', 'guidance', 'events list', 'month grid', 'event', 'cancelled event', 'accessibility statement', 'not found'] as const

function urlOf(name: (typeof PAGE_TYPES)[number]): string {
  const content = published()
  const cancelled = content.events.find((e) => e.status === 'cancelled')!
  const urls: Record<(typeof PAGE_TYPES)[number], string> = {
    home: '/',
    library: '/library/',
    'library page 2': '/library/page/2/',
    'library filter': '/library/format/guide/',
    resource: `/library/${content.resources[0].slug}/`,
    'resource with image': `/library/${content.resources.find((r) => r.thumbnail)!.slug}/`,
    'guidance index': '/guidance/',
    guidance: `/guidance/${content.guidance[0].slug}/`,
    'events list': '/events/',
    'month grid': `/events/month/${monthOf(today())}/`,
    event: `/events/${content.events[0].slug}/`,
    'cancelled event': `/events/${cancelled.slug}/`,
    'accessibility statement': '/accessibility/',
    'not found': '/no-such-page/',
  }
  return urls[name]
}

for (const name of PAGE_TYPES) {
  test(`${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(urlOf(name))
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
  })
}

for (const width of [320, 390]) {
  test(`the month grid works on a phone ${width}px wide`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 844 } })
    const page = await context.newPage()
    // A month with a cancelled or postponed event, so their marks are on the page.
    const marked = published().events.find((e) => e.status !== 'scheduled')!
    for (const month of new Set([monthOf(today()), monthOf(eventDates(marked)[0])])) {
      await page.goto(`/events/month/${month}/`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()
      expect(results.violations.map((v) => v.id)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `sideways scroll on ${month}`).toBeLessThanOrEqual(0)
      // Event titles at 14px or more; a status shows as a mark that fits whole in its cell.
      const sizes = await page.locator('.hub-calendar li a').evaluateAll((links) => links.map((a) => parseFloat(getComputedStyle(a).fontSize)))
      expect(sizes.every((size) => size >= 14), `font sizes ${sizes}`).toBe(true)
    }
    const link = page.locator(`.hub-calendar a[href="/events/${marked.slug}/"]`).first()
    const mark = await link.evaluate((a) => {
      const before = getComputedStyle(a, '::before')
      return { content: before.content, display: before.display, width: parseFloat(before.width), room: a.clientWidth }
    })
    expect(mark.content).toContain(marked.status === 'cancelled' ? '×' : '!')
    expect(mark.display).toBe('block')
    expect(mark.width).toBeLessThanOrEqual(mark.room)
    await expect(link).toHaveAccessibleName(`${marked.status === 'cancelled' ? 'Cancelled' : 'Postponed'}: ${marked.title}`)
    await expect(page.locator('.hub-calendar__key')).toBeVisible()
    await context.close()
  })
}

test('the accessibility statement has the sections the regulations expect and says how it was really tested', async ({ page }) => {
  await page.goto('/accessibility/')
  for (const heading of [
    'How accessible this website is',
    'Feedback and contact information',
    'Reporting accessibility problems with this website',
    'Enforcement procedure',
    'Compliance status',
    'Non-accessible content',
    'Preparation of this accessibility statement',
  ]) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  }
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
  expect(text).toMatch(/This website is (partially|fully) compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/)
  expect(text).toMatch(/This statement was prepared on \d{1,2} \w+ \d{4}\./)
  expect(text).toContain('test suite')
  // axe runs in the test suite, not as a gate before each publish.
  expect(text).not.toMatch(/before (it is|they are) published/i)
  await expect(page.getByRole('link', { name: /Equality Advisory and Support Service/ })).toHaveAttribute('href', 'https://www.equalityadvisoryservice.com/')
})

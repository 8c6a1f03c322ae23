import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { monthOf } from '@genomics-hub/shared/time'
import { published, today } from '../support/content'

/** axe-core on every page type, WCAG 2.2 A and AA rules: zero violations. */
const PAGE_TYPES = ['home', 'library', 'library filter', 'resource', 'guidance index', 'guidance', 'events list', 'month grid', 'event', 'cancelled event', 'accessibility statement', 'not found'] as const

function urlOf(name: (typeof PAGE_TYPES)[number]): string {
  const content = published()
  const cancelled = content.events.find((e) => e.status === 'cancelled')!
  const urls: Record<(typeof PAGE_TYPES)[number], string> = {
    home: '/',
    library: '/library/',
    'library filter': '/library/format/guide/',
    resource: `/library/${content.resources[0].slug}/`,
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

test('the month grid works on a phone width', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`/events/month/${monthOf(today())}/`)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await context.close()
})

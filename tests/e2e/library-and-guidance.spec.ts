import { expect, test } from '@playwright/test'
import { RESOURCE_FORMAT_LABELS } from '@genomics-hub/shared/content'
import { published } from '../support/content'

test('the library lists every published resource, not just ten', async ({ page }) => {
  await page.goto('/library/')
  const count = published().resources.length
  expect(count).toBeGreaterThan(10)
  await expect(page.getByRole('heading', { name: `All resources (${count})` })).toBeVisible()
  await expect(page.locator('main ul.nhsuk-list .nhsuk-card')).toHaveCount(count)
})

test('filter the library by format without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/library/')
  await page.getByText('Format', { exact: true }).click()
  const videos = published().resources.filter((r) => r.format === 'video')
  await page.getByRole('link', { name: `${RESOURCE_FORMAT_LABELS.video} (${videos.length})` }).click()
  await expect(page).toHaveURL(/\/library\/format\/video\/$/)
  const titles = await page.locator('main .nhsuk-grid-column-two-thirds .nhsuk-card__link').allTextContents()
  expect(titles.sort()).toEqual(videos.map((v) => v.title).sort())
  await context.close()
})

test('filter by audience and by topic', async ({ page }) => {
  const pharmacists = published().resources.filter((r) => r.audience.includes('pharmacists'))
  await page.goto('/library/audience/pharmacists/')
  await expect(page.locator('main .nhsuk-grid-column-two-thirds .nhsuk-card')).toHaveCount(pharmacists.length)
  const topic = published().topics.find((t) => published().resources.some((r) => r.topics.some((x) => x.slug === t.slug)))!
  await page.goto(`/library/topic/${topic.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Library: ${topic.name}`)
})

test('search the library with Pagefind', async ({ page }) => {
  await page.goto('/library/')
  const search = page.getByPlaceholder('Search resources')
  await search.fill('pharmacogenomics')
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible()
  const results = await page.locator('.pagefind-ui__result-link').allTextContents()
  expect(results.some((title) => /pharmacogenomics/i.test(title))).toBe(true)
})

test('a resource page links out safely', async ({ page }) => {
  const resource = published().resources.find((r) => r.externalUrl)!
  await page.goto(`/library/${resource.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resource.title)
  await expect(page.getByRole('link', { name: /Open the resource/ })).toHaveAttribute('href', resource.externalUrl!)
})

test('read a guidance page with its review dates and further reading', async ({ page }) => {
  const guide = published().guidance.find((g) => g.slug === 'getting-results')!
  await page.goto('/')
  await page.getByRole('link', { name: 'Guidance', exact: true }).click()
  await page.getByRole('link', { name: guide.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title)
  await expect(page.getByRole('heading', { name: 'Cancer: Genomic Tumour Advisory Board (GTAB)' })).toBeVisible()
  await expect(page.locator(`time[datetime="${guide.lastReviewed}"]`)).toBeVisible()
  await expect(page.locator(`time[datetime="${guide.nextReview}"]`)).toBeVisible()
  await expect(page.getByText('Page last reviewed:')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible()
  await expect(page.locator('nav.nhsuk-contents-list [aria-current="page"]')).toHaveText(guide.title)
})

test('unknown addresses get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('the sitemap and canonical URLs use the site address', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text()
  expect(sitemap).toContain('/events/month/')
  await page.goto('/library/')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/library\/$/)
})

import { expect, type Page, test } from '@playwright/test'
import { RESOURCE_FORMAT_LABELS } from '@genomics-hub/shared/content'
import { published } from '../support/content'
import { E2E } from '../support/paths'

/** Every resource title a listing shows, following its numbered pages to the end. */
async function listingTitles(page: Page, url: string): Promise<string[]> {
  const titles: string[] = []
  await page.goto(url)
  for (;;) {
    titles.push(...(await page.locator('main .nhsuk-grid-column-two-thirds .nhsuk-card__link').allTextContents()))
    const next = page.getByRole('link', { name: 'Next page' })
    if (!(await next.count())) return titles
    await next.click()
  }
}

test('the library lists every published resource, not just ten, on numbered pages', async ({ page }) => {
  const resources = published().resources
  expect(resources.length).toBeGreaterThan(20)
  await page.goto('/library/')
  await expect(page.getByRole('heading', { name: `All resources (${resources.length})` })).toBeVisible()
  await expect(page.locator('main ul.nhsuk-list .nhsuk-card')).toHaveCount(20)
  await expect(page.getByText(`Showing 1 to 20 of ${resources.length}`)).toBeVisible()
  const pages = page.getByRole('navigation', { name: 'Pages of results' })
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
  const titles = await listingTitles(page, '/library/')
  expect(titles.sort()).toEqual(resources.map((r) => r.title).sort())
  await expect(page).toHaveURL(/\/library\/page\/2\/$/)
  await expect(page).toHaveTitle(/page 2 of 2/)
})

test('a resource with an image shows it at a size that suits the screen, described', async ({ page }) => {
  const resource = published().resources.find((r) => r.thumbnail)!
  expect(resource, 'the seed has a resource with an image').toBeTruthy()
  await page.goto(`/library/${resource.slug}/`)
  const image = page.locator('main figure.nhsuk-image img')
  await expect(image).toHaveAttribute('alt', resource.thumbnail!.alt!)
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
})

test('filter the library by format without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/library/')
  await page.getByText('Format', { exact: true }).click()
  const videos = published().resources.filter((r) => r.format === 'video')
  await page.getByRole('link', { name: `${RESOURCE_FORMAT_LABELS.video} (${videos.length})` }).click()
  await expect(page).toHaveURL(/\/library\/format\/video\/$/)
  const titles = await listingTitles(page, page.url())
  expect(titles.sort()).toEqual(videos.map((v) => v.title).sort())
  await context.close()
})

test('filter by audience and by topic', async ({ page }) => {
  // Resources for all healthcare professionals are for pharmacists too.
  const resources = published().resources
  const everyone = resources.filter((r) => r.audience.includes('all-healthcare-professionals'))
  expect(everyone.length).toBeGreaterThan(0)
  const pharmacists = resources.filter((r) => r.audience.includes('pharmacists') || everyone.includes(r))
  expect(pharmacists.length).toBeGreaterThan(everyone.length)
  const titles = await listingTitles(page, '/library/audience/pharmacists/')
  expect(titles.sort()).toEqual(pharmacists.map((r) => r.title).sort())
  await page.goto('/library/audience/pharmacists/')
  await expect(page.getByText('including those for all healthcare professionals')).toBeVisible()
  expect((await listingTitles(page, '/library/audience/all-healthcare-professionals/')).length).toBe(everyone.length)
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

test('library search finds resources only, as it says', async ({ page }) => {
  await page.goto('/library/')
  await expect(page.getByText('Searches the resources in the library (not the guidance pages).')).toBeVisible()
  // A word every guidance page about results uses, and some resources too.
  const search = page.getByPlaceholder('Search resources')
  await expect(search).toHaveAccessibleDescription('Searches the resources in the library (not the guidance pages).')
  await search.fill('results')
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible()
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  expect(hrefs.length).toBeGreaterThan(0)
  expect(hrefs.filter((href) => !href.startsWith('/library/'))).toEqual([])
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
  // It is nobody's real address: no canonical link, and not for search engines.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
})

test('robots.txt points to the sitemap, which exists', async ({ request }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  const text = await robots.text()
  expect(text).toContain('User-agent: *')
  const sitemap = /^Sitemap: (.+)$/m.exec(text)?.[1]
  expect(sitemap).toBe(`${E2E.siteUrl}/sitemap-index.xml`)
  const index = await request.get(new URL(sitemap!).pathname)
  expect(index.status()).toBe(200)
  expect(await index.text()).toContain('sitemap-0.xml')
})

test('the home page’s action links are NHS.UK action links', async ({ page }) => {
  await page.goto('/')
  const links = page.locator('main a.nhsuk-action-link')
  await expect(links).toHaveCount(3)
  for (const link of await links.all()) {
    await expect(link.locator('svg.nhsuk-icon.nhsuk-icon--arrow-right-circle[aria-hidden="true"]')).toHaveCount(1)
    await expect(link.locator('.nhsuk-action-link__text')).not.toBeEmpty()
  }
  await expect(page.getByRole('link', { name: 'Library of resources: guides, e-learning, videos and factsheets' })).toHaveAttribute('href', '/library/')
})

test('the sitemap and canonical URLs use the site address', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text()
  expect(sitemap).toContain('/events/month/')
  await page.goto('/library/')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/library\/$/)
})

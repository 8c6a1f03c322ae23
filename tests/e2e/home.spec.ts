import { expect, test } from '@playwright/test'
import { published } from '../support/content'

test('the home page shows the hub’s overview from the CMS: why genomics matters, then the pathway in order', async ({ page }) => {
  const { overview } = published()
  expect(overview, 'the seed publishes the overview').toBeDefined()
  const { heading, introduction, whyGenomicsMatters, pathway } = overview!
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(page.locator('main .nhsuk-lede-text')).toHaveText(introduction)
  await expect(page.getByRole('heading', { level: 2, name: whyGenomicsMatters!.heading })).toBeVisible()
  await expect(page.getByRole('link', { name: 'National Genomic Test Directory' })).toHaveAttribute('href', /^https:\/\/www\.england\.nhs\.uk\//)
  await expect(page.getByRole('heading', { level: 2, name: pathway!.heading })).toBeVisible()
  await expect(page.locator('main ol.nhsuk-list--number > li')).toHaveText(pathway!.steps.map((s) => `${s.title}. ${s.text}`))
  // The guidance page the pathway points to is really there.
  await page.getByRole('link', { name: pathway!.guidance!.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pathway!.guidance!.title)
})

import { expect, test } from '@playwright/test'
import { CMS } from '../support/paths'

/**
 * Draft preview as an editor meets it: change the home page's overview as a draft, press
 * Preview, and read the home page as it will look; the live home page is unchanged.
 */
test.describe.configure({ timeout: 180_000 })

const DRAFT_HEADING = 'Genomics for every clinician in our region (draft)'

test('preview a draft of the home page from the admin; the live site keeps the published one', async ({ page, context, request }) => {
  await page.goto(`${CMS.url}/admin/login`)
  await page.fill('#field-email', CMS.email)
  await page.fill('#field-password', CMS.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()

  await page.goto(`${CMS.url}/admin/globals/overview`)
  await page.fill('#field-heading', DRAFT_HEADING)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('successfully')).toBeVisible()

  // Preview opens the built preview in a new tab (the build takes a few seconds).
  const opened = context.waitForEvent('page', { timeout: 120_000 })
  await page.getByRole('button', { name: 'Preview' }).or(page.getByRole('link', { name: 'Preview' })).first().click()
  const preview = await opened
  await preview.waitForURL(/\/preview-site\/overview\/$/, { timeout: 120_000 })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(DRAFT_HEADING)

  const live = await (await request.get(`${CMS.url}/`)).text()
  expect(live).not.toContain(DRAFT_HEADING)
  // Previews are for staff: without the login cookie there is nothing to see.
  const anonymous = await request.fetch(`${CMS.url}/preview-site/overview/`, { headers: { cookie: '' } })
  expect(anonymous.status()).toBe(401)
})

import { expect, test } from '@playwright/test'
import { published } from '../support/content'
import { CMS } from '../support/paths'

/**
 * The publishing loop as an editor meets it: log in to the admin, publish an event, see it
 * on the live site the CMS serves (month page and feed) after the automatic rebuild;
 * unpublish it and see it gone.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const TITLE = 'Admin published genomics webinar'

async function waitForSite(check: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error('The live site did not change in time')
}

test('publish an event in the admin and see it live; unpublish it and see it gone', async ({ page, request }) => {
  await page.goto(`${CMS.url}/admin/login`)
  await page.fill('#field-email', CMS.email)
  await page.fill('#field-password', CMS.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()

  await page.goto(`${CMS.url}/admin/collections/events/create`)
  await page.fill('#field-title', TITLE)
  await page.fill('#field-summary', 'Published from the admin by the end-to-end test.')
  await page.getByText('All-day event', { exact: true }).click()
  await page.fill('#field-startDate', CMS.eventDate)
  await page.fill('#field-endDate', CMS.eventDate)
  // In-person is the default format, and in-person events need a venue.
  await page.fill('#field-venue', 'Leeds General Infirmary')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Updated successfully').or(page.getByText('successfully'))).toBeVisible()

  const month = `${CMS.url}/events/month/${CMS.eventDate.slice(0, 7)}/`
  await waitForSite(async () => (await (await request.get(month)).text()).includes(TITLE))
  const feed = await (await request.get(`${CMS.url}/events.ics`)).text()
  expect(feed).toContain(`SUMMARY:${TITLE}`)
  expect(feed).toContain(`DTSTART;VALUE=DATE:${CMS.eventDate.replace(/-/g, '')}`)

  // Payload keeps "Unpublish" in the document's "more" menu, behind a confirmation.
  await page.locator('.doc-controls__dots').click()
  await page.getByRole('button', { name: 'Unpublish' }).click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await waitForSite(async () => !(await (await request.get(month)).text()).includes(TITLE))
  expect(await (await request.get(`${CMS.url}/events.ics`)).text()).not.toContain(TITLE)

  await page.goto(`${CMS.url}/admin/collections/site-builds`)
  await expect(page.getByText('unpublish events').first()).toBeVisible()
})

test('the live site the CMS builds serves its own documents and images, not the CMS’s', async ({ request }) => {
  // The same seed as the CMS's: the resources with an uploaded document and an image.
  const resources = published().resources
  const withImage = resources.find((r) => r.thumbnail)!
  const withDocument = resources.find((r) => r.document)!
  const imagePage = await (await request.get(`${CMS.url}/library/${withImage.slug}/`)).text()
  const src = /<figure class="nhsuk-image">\s*<img[^>]* src="([^"]+)"/.exec(imagePage)?.[1]
  expect(src).toMatch(/^\/media\//)
  const image = await request.get(`${CMS.url}${src}`)
  expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/png'])
  const documentPage = await (await request.get(`${CMS.url}/library/${withDocument.slug}/`)).text()
  const href = /<a href="([^"]+)" download>/.exec(documentPage)?.[1]
  expect(href).toMatch(/^\/media\/.+\.pdf$/)
  expect((await request.get(`${CMS.url}${href}`)).headers()['content-type']).toBe('application/pdf')
})

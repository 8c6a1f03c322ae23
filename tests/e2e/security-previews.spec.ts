import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CMS } from '../support/paths'

/**
 * A contributor cannot tie the running CMS up with previews: four at once make one build,
 * the eleventh in a minute is refused with when to try again, and nobody signed out sees any.
 * Against the CMS started with `pnpm start`, signed in through the admin's login page.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 })

const PREVIEWS = path.join(path.dirname(CMS.builds), '.previews')
const BUILD_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-p\d+$/
const TITLE = 'E2E draft guidance on bounded previews'

test('four previews at once build once, the eleventh in a minute gets 429, signed out gets 401', async ({ browser, page }) => {
  // An admin makes a contributor and a draft for them to preview.
  const login = await page.request.post(`${CMS.url}/api/users/login`, { data: { email: CMS.email, password: CMS.password } })
  expect(login.ok(), await login.text()).toBe(true)
  const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const email = `e2e-previews-${Date.now()}@example.nhs.uk`
  const made = await page.request.post(`${CMS.url}/api/users`, { headers, data: { email, password: 'e2e-correct-horse-battery', role: 'contributor' } })
  expect(made.ok(), await made.text()).toBe(true)
  const draft = await page.request.post(`${CMS.url}/api/guidance?draft=true`, {
    headers,
    data: {
      title: TITLE,
      summary: 'A draft to preview.',
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Draft words.' }] }],
        },
      },
      owner: 'Clinical Genetics',
      lastReviewed: '2026-01-10',
      nextReview: '2027-01-10',
      _status: 'draft',
    },
  })
  expect(draft.ok(), await draft.text()).toBe(true)
  const { doc } = (await draft.json()) as { doc: { id: number | string; slug: string } }

  // The contributor signs in through the admin, in a browser of their own.
  const contributor = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const tab = await contributor.newPage()
  await tab.goto(`${CMS.url}/admin/login`)
  await tab.fill('#field-email', email)
  await tab.fill('#field-password', 'e2e-correct-horse-battery')
  await tab.getByRole('button', { name: 'Login' }).click()
  await expect(tab.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()

  // Four tabs press Preview at once (browser navigations, so the login cookie goes with them).
  const previewAddress = `${CMS.url}/preview/guidance/${doc.id}`
  const location = `${CMS.url}/preview-site/guidance-${doc.id}/guidance/${doc.slug}/`
  const tabs = [tab, ...(await Promise.all([1, 2, 3].map(() => contributor.newPage())))]
  const landed = await Promise.all(tabs.map((t) => t.goto(previewAddress, { timeout: 180_000 })))
  for (const response of landed) {
    expect(response?.status()).toBe(200)
    expect(response?.url()).toBe(location)
    expect((await response?.request().redirectedFrom()?.response())?.status()).toBe(303)
  }
  const folder = path.join(PREVIEWS, `guidance-${doc.id}`)
  const builds = () => fs.readdirSync(folder).filter((name) => BUILD_NAME.test(name))
  expect(builds()).toHaveLength(1)

  await tab.goto(location)
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await tab.screenshot({ path: 'results/security-previews-page.png', fullPage: true })

  // Ten a minute: asking on (each answer reuses the build) is refused within ten more, six
  // if the minute the first four began is not over yet (the build may take longer on a busy machine).
  let refused = await tab.goto(previewAddress)
  for (let asked = 1; refused?.status() !== 429 && asked <= 10; asked++) {
    expect(refused?.url()).toBe(location)
    refused = await tab.goto(previewAddress)
  }
  expect(builds()).toHaveLength(1)
  expect(refused?.status()).toBe(429)
  const seconds = Number(refused?.headers()['retry-after'])
  expect(seconds).toBeGreaterThanOrEqual(1)
  expect(seconds).toBeLessThanOrEqual(60)
  await expect(tab.getByText(/Too many previews: each person may ask for 10 a minute\. Try again in \d+ seconds?\./)).toBeVisible()
  await tab.screenshot({ path: 'results/security-previews-429.png' })
  await contributor.close()

  // Signed out: neither the preview nor its pages.
  const stranger = await browser.newContext()
  expect((await stranger.request.get(previewAddress, { maxRedirects: 0 })).status()).toBe(401)
  expect((await stranger.request.get(location)).status()).toBe(401)
  await stranger.close()
})

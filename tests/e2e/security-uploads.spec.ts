import { expect, type APIRequestContext, type Page, test } from '@playwright/test'
import { gifWithScript, pngWithHtml } from '../../cms/test/security/polyglots'
import { CMS } from '../support/paths'

/**
 * The attack as it was found: a contributor uploads a PNG with a web page appended, named
 * report.html, and an admin opens it on the admin's own origin. In Chromium: the admin stores it
 * as report.png; opened from the API or from the live site the CMS serves, it is an image and
 * its script never runs; a GIF+JS polyglot cannot be loaded as a script; a file only a draft
 * uses is not there for a visitor who is not signed in.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const CONTRIBUTOR = { email: 'e2e-contributor-uploads@example.nhs.uk', password: 'e2e-contributor-horse-battery' }

async function apiLogin(request: APIRequestContext, who: { email: string; password: string }) {
  const response = await request.post(`${CMS.url}/api/users/login`, { data: who })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).token as string
}

async function adminLogin(page: Page, who: { email: string; password: string }) {
  await page.goto(`${CMS.url}/admin/login`)
  await page.fill('#field-email', who.email)
  await page.fill('#field-password', who.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()
}

/** Whether any polyglot's script ran in this page. */
const pwned = (page: Page) => page.evaluate(() => (window as { pwned?: unknown }).pwned !== undefined)

let adminToken: string
let reportUrl: string
let reportId: string

test.beforeAll(async ({ request }) => {
  adminToken = await apiLogin(request, { email: CMS.email, password: CMS.password })
  const exists = await request.get(`${CMS.url}/api/users?where[email][equals]=${encodeURIComponent(CONTRIBUTOR.email)}`, { headers: { Authorization: `JWT ${adminToken}` } })
  if ((await exists.json()).totalDocs === 0) {
    const made = await request.post(`${CMS.url}/api/users`, { headers: { Authorization: `JWT ${adminToken}` }, data: { ...CONTRIBUTOR, role: 'contributor' } })
    expect(made.ok(), await made.text()).toBe(true)
  }
})

test('a contributor uploading a PNG+HTML polyglot as report.html in the admin gets report.png', async ({ page }, info) => {
  await adminLogin(page, CONTRIBUTOR)
  await page.goto(`${CMS.url}/admin/collections/media/create`)
  await page.locator('input[type="file"]').setInputFiles({ name: 'report.html', mimeType: 'text/html', buffer: pngWithHtml() })
  await page.fill('#field-alt', 'Polyglot test image')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('successfully')).toBeVisible()
  await expect(page.locator('.file-details').getByText(/^report(-\d+)?\.png$/)).toBeVisible()
  await page.screenshot({ path: info.outputPath('media-saved-desktop.png'), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: info.outputPath('media-saved-phone.png'), fullPage: true })

  const id = /\/admin\/collections\/media\/([^/?#]+)/.exec(page.url())?.[1]
  expect(id).toBeTruthy()
  const doc = await (await page.request.get(`${CMS.url}/api/media/${id}?depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })).json()
  expect(doc).toMatchObject({ mimeType: 'image/png' })
  expect(doc.filename).toMatch(/\.png$/)
  reportUrl = doc.url
  reportId = String(doc.id)
})

test('opened by a signed-in admin from the API, the polyglot is an image: its script never runs', async ({ page }) => {
  await adminLogin(page, { email: CMS.email, password: CMS.password })
  const response = await page.goto(new URL(reportUrl, CMS.url).href)
  expect(response!.headers()['content-type']).toBe('image/png')
  expect(response!.headers()['x-content-type-options']).toBe('nosniff')
  await expect(page.locator('img')).toHaveCount(1)
  expect(await pwned(page)).toBe(false)
})

test('a GIF+JS polyglot uploaded as y.js is stored as y.gif and cannot run as a script on the admin’s origin', async ({ page, request }) => {
  const token = await apiLogin(request, CONTRIBUTOR)
  const upload = await request.post(`${CMS.url}/api/media`, {
    headers: { Authorization: `JWT ${token}` },
    multipart: {
      file: { name: 'y.js', mimeType: 'text/javascript', buffer: gifWithScript() },
      _payload: JSON.stringify({ alt: 'Polyglot test GIF' }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const { doc } = await upload.json()
  expect(doc.filename).toMatch(/^y(-\d+)?\.gif$/)

  await adminLogin(page, { email: CMS.email, password: CMS.password })
  const loaded = await page.evaluate(
    (src) =>
      new Promise<string>((resolve) => {
        const script = document.createElement('script')
        script.src = src
        script.onload = () => resolve('loaded')
        script.onerror = () => resolve('refused')
        document.head.append(script)
      }),
    doc.url,
  )
  expect(loaded).toBe('refused')
  expect(await pwned(page)).toBe(false)
})

test('published, the polyglot is served by the live site as an image with nosniff; a draft’s file stays private', async ({ page, request, browser }) => {
  const headers = { Authorization: `JWT ${adminToken}` }
  const title = 'Polyglot check resource'
  const made = await request.post(`${CMS.url}/api/resources`, {
    headers,
    data: {
      title,
      summary: 'Checks that an uploaded polyglot is served as an image.',
      format: 'guide',
      audience: ['gps'],
      clinicalArea: 'general',
      externalUrl: 'https://www.genomicseducation.hee.nhs.uk/',
      thumbnail: Number(reportId) || reportId,
      _status: 'published',
    },
  })
  expect(made.ok(), await made.text()).toBe(true)
  const slug = (await made.json()).doc.slug

  // The rebuild after the publish puts it on the live site.
  await expect
    .poll(async () => (await request.get(`${CMS.url}/library/${slug}/`)).status(), { timeout: 150_000, intervals: [1000] })
    .toBe(200)
  const pageHtml = await (await request.get(`${CMS.url}/library/${slug}/`)).text()
  const src = /<img[^>]* src="(\/media\/[^"]+\.png)"/.exec(pageHtml)?.[1]
  expect(src).toBeTruthy()

  const visitor = await browser.newContext()
  const tab = await visitor.newPage()
  const response = await tab.goto(`${CMS.url}${src}`)
  expect(response!.headers()['content-type']).toBe('image/png')
  expect(response!.headers()['x-content-type-options']).toBe('nosniff')
  expect(await pwned(tab)).toBe(false)

  // A file no published document uses: not there for a visitor.
  const draftOnly = await request.post(`${CMS.url}/api/media`, {
    headers,
    multipart: { file: { name: 'draft-only.png', mimeType: 'image/png', buffer: pngWithHtml() }, _payload: JSON.stringify({ alt: 'Draft only' }) },
  })
  const { doc } = await draftOnly.json()
  const anonymous = await visitor.request.get(`${CMS.url}${doc.url.replace(/^https?:\/\/[^/]+/, '')}`)
  expect(anonymous.status()).toBe(403)
  expect([403, 404]).toContain((await visitor.request.get(`${CMS.url}/api/media/${doc.id}`)).status())
  await visitor.close()

  // Leave the live site as the other tests expect it.
  await request.delete(`${CMS.url}/api/resources/${(await made.json()).doc.id}`, { headers })
})

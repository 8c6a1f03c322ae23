import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CMS } from '../support/paths'

/**
 * A rebuild that fails keeps the last good site live and says so in the admin. The failure
 * is real: a page template that throws is put into the site's source for the length of one
 * build (and always taken out again), then an event is published, which rebuilds the site.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 })

const TITLE = 'E2E event from a build that fails'
const MARKER = 'E2E_BROKEN_TEMPLATE'
const BROKEN_PAGE = path.resolve(import.meta.dirname, '..', '..', 'site', 'src', 'pages', 'e2e-broken-build.astro')

type Build = { id: number | string; status: string; trigger?: string; summary?: string; log?: string }

async function poll<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await read()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

test('a failing build leaves the previous site live and is reported in the admin', async ({ page }) => {
  // Signed in: the browser by its cookie, REST calls by the token from the same login.
  const login = await page.request.post(`${CMS.url}/api/users/login`, { data: { email: CMS.email, password: CMS.password } })
  expect(login.ok(), await login.text()).toBe(true)
  const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }

  // The page the public sees now, byte for byte, and the build it comes from.
  const home = await (await page.request.get(`${CMS.url}/`)).text()
  expect(home).toContain('<html')
  const builds = async () =>
    ((await (await page.request.get(`${CMS.url}/api/site-builds?sort=-startedAt&limit=5&depth=0`, { headers })).json()) as { docs: Build[] }).docs
  const finished = (build?: Build) => (build && !['queued', 'running'].includes(build.status) ? build : undefined)

  let eventId: number | string | undefined
  let failed: Build
  try {
    fs.writeFileSync(BROKEN_PAGE, `---\nthrow new Error('${MARKER}: a template broken on purpose by tests/e2e/admin-failed-build.spec.ts')\n---\n`)
    const created = await page.request.post(`${CMS.url}/api/events`, {
      headers,
      data: {
        title: TITLE,
        summary: 'Published while the site template is broken.',
        allDay: true,
        startDate: CMS.eventDate,
        endDate: CMS.eventDate,
        format: 'online',
        onlineNote: 'A Microsoft Teams link is sent to booked attendees.',
        _status: 'published',
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    eventId = ((await created.json()) as { doc: { id: number | string } }).doc.id
    failed = await poll(async () => finished((await builds()).find((b) => b.trigger?.includes(TITLE))), 'the rebuild to finish')
  } finally {
    fs.rmSync(BROKEN_PAGE, { force: true })
  }

  expect(failed.status).toBe('failed')
  expect(failed.summary).toBe('Build failed: the previous site is still live')
  expect(failed.log).toContain(MARKER)

  // The public site is the one from before, untouched; the new event is not on it.
  expect(await (await page.request.get(`${CMS.url}/`)).text()).toBe(home)
  const month = await (await page.request.get(`${CMS.url}/events/month/${CMS.eventDate.slice(0, 7)}/`)).text()
  expect(month).not.toContain(TITLE)
  expect(await (await page.request.get(`${CMS.url}/events.ics`)).text()).not.toContain(TITLE)

  // The admin says so: on the dashboard and in the build history.
  await page.goto(`${CMS.url}/admin`)
  const lastBuild = page.locator('p', { hasText: 'Last build:' })
  await expect(lastBuild).toContainText('failed')
  await expect(lastBuild).toContainText('Build failed: the previous site is still live.')
  await page.goto(`${CMS.url}/admin/collections/site-builds`)
  await expect(page.getByRole('row').filter({ hasText: TITLE }).first()).toContainText('failed')

  // With the template whole again, the next change builds and goes live as usual.
  const deleted = await page.request.delete(`${CMS.url}/api/events/${eventId}`, { headers })
  expect(deleted.ok()).toBe(true)
  const next = await poll(async () => finished((await builds()).find((b) => b.trigger?.includes(`delete events "${TITLE}"`))), 'the next rebuild')
  expect(next.status).toBe('succeeded')
})

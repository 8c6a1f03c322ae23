import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../src/publishing/serve-static'

/** The CMS serves the live site as a static host would. */
describe('serving a built site', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-serve-'))
  beforeAll(() => {
    fs.mkdirSync(path.join(root, 'events', 'month', '2026-11'), { recursive: true })
    fs.writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>')
    fs.writeFileSync(path.join(root, 'events', 'month', '2026-11', 'index.html'), '<h1>November</h1>')
    fs.writeFileSync(path.join(root, 'events.ics'), 'BEGIN:VCALENDAR')
    fs.writeFileSync(path.join(root, '404.html'), '<h1>Page not found</h1>')
  })
  const get = (pathname: string) => serveStatic(root, pathname.split('/').filter(Boolean), pathname)

  it('serves a folder’s index.html at its address', async () => {
    const response = await get('/events/month/2026-11/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<h1>November</h1>')
    expect(await (await get('/')).text()).toBe('<h1>Home</h1>')
  })

  it('redirects a folder’s address without its trailing slash to the one with it', async () => {
    const response = await get('/events/month/2026-11')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/events/month/2026-11/')
  })

  it('serves files with their type, and misses with the 404 page', async () => {
    const feed = await get('/events.ics')
    expect([feed.status, feed.headers.get('content-type'), await feed.text()]).toEqual([200, 'text/calendar; charset=utf-8', 'BEGIN:VCALENDAR'])
    const missing = await get('/events/month/1999-01/')
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Page not found</h1>'])
  })

  it('never serves a file outside the site', async () => {
    const outside = await serveStatic(root, ['..', '..', 'etc', 'passwd'], '/../../etc/passwd')
    expect(outside.status).toBe(404)
  })
})

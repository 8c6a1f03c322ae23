import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD } from '../access-apis'
import { restCall, restLogin, restRequest } from '../access-clients'
import { makeUsers, validData } from '../fixtures'
import { calendar, timed } from '../ics-builder'
import { startPayload, stopPayload } from '../payload-harness'
import { serveStatic } from '../../src/publishing/serve-static'
import { gifWithScript, HTML_PAYLOAD, pdfWithHtml, pngWithHtml } from './polyglots'

/**
 * Attack: a contributor uploads a file that is both an image (or PDF) and a web page or script,
 * under a name a browser runs (report.html), then waits for an admin to open it from the admin's
 * own origin. Defence: the stored name always ends in the detected type's extension, and every
 * way the file is served (Payload's /api/media/file/, the site's /media/, live and previews)
 * sends the stored type with nosniff, and anything not an image or PDF only as a download.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sec-uploads-'))
process.env.HUB_SITE_BUILDS_DIR = path.join(work, 'builds')

let payload: Payload
let staff: Awaited<ReturnType<typeof makeUsers>>
let contributorToken: string
let staticDir: string
beforeAll(async () => {
  payload = await startPayload()
  staff = await makeUsers(payload)
  contributorToken = await restLogin(String(staff.contributor.email), PASSWORD)
  staticDir = path.resolve(payload.collections.media.config.upload.staticDir || 'media')
})
afterAll(async () => stopPayload(payload))

const ATTACKS = [
  { attack: 'a PNG+HTML polyglot uploaded as report.html', name: 'report.html', claimed: 'text/html', bytes: pngWithHtml(), stored: 'report.png', type: 'image/png' },
  { attack: 'a PNG+HTML polyglot uploaded as x.svg', name: 'x.svg', claimed: 'image/svg+xml', bytes: pngWithHtml(), stored: 'x.png', type: 'image/png' },
  { attack: 'a GIF+JS polyglot uploaded as y.js', name: 'y.js', claimed: 'text/javascript', bytes: gifWithScript(), stored: 'y.gif', type: 'image/gif' },
  { attack: 'a PDF+HTML polyglot uploaded as z.xhtml', name: 'z.xhtml', claimed: 'application/xhtml+xml', bytes: pdfWithHtml(), stored: 'z.pdf', type: 'application/pdf' },
  { attack: 'a PDF+HTML polyglot uploaded as notes.html, claimed to be a PDF', name: 'notes.html', claimed: 'application/pdf', bytes: pdfWithHtml(), stored: 'notes.pdf', type: 'application/pdf' },
] as const

/** Media ids by stored name, for the serving tests. */
const uploaded = new Map<string, number | string>()

type Stored = { filename: string; mimeType: string; sizes?: Record<string, { filename?: string | null }> }
const fileNames = (doc: Stored) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter((n): n is string => Boolean(n))

async function getFile(name: string, token?: string) {
  const response = await restRequest('GET', `media/file/${encodeURIComponent(name)}`, { token })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

describe('uploading a polyglot through the admin API, as a contributor', () => {
  for (const { attack, name, claimed, bytes, stored, type } of ATTACKS) {
    it(`${attack} is stored as ${stored}, and served as ${type} with nosniff`, async () => {
      const reply = await restCall('POST', 'media', {
        token: contributorToken,
        query: { depth: 0 },
        upload: { file: { data: bytes, mimetype: claimed, name }, data: { alt: 'A blue square' } },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      expect(reply.body.doc).toMatchObject({ filename: stored, mimeType: type })
      uploaded.set(stored, reply.body.doc.id)

      // The database and the disk say the same: no name ends in what the browser would run.
      const doc = (await payload.findByID({ collection: 'media', id: reply.body.doc.id, overrideAccess: true })) as unknown as Stored
      expect(doc).toMatchObject({ filename: stored, mimeType: type })
      const extension = path.extname(stored)
      for (const file of fileNames(doc)) expect(path.extname(file)).toBe(extension)
      expect(fs.readdirSync(staticDir).filter((file) => file.startsWith(path.parse(name).name) && path.extname(file) !== extension)).toEqual([])
      // Kept as uploaded (Payload re-encodes a GIF, which drops what follows its trailer).
      if (type !== 'image/gif') expect(fs.readFileSync(path.join(staticDir, stored))).toEqual(bytes)

      const served = await getFile(stored, contributorToken)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toBe(type)
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      expect(served.headers.get('content-disposition')).toBeNull()
      expect(served.body).toEqual(fs.readFileSync(path.join(staticDir, stored)))
    })
  }

  it('a contributor cannot rename a stored file to .html, nor change its type, by editing the document', async () => {
    const id = uploaded.get('report.png')!
    const reply = await restCall('PATCH', `media/${id}`, {
      token: contributorToken,
      json: { filename: 'report.html', mimeType: 'text/html', url: '/api/media/file/report.html' },
    })
    expect(reply.status).toBeLessThan(500)
    const doc = (await payload.findByID({ collection: 'media', id, overrideAccess: true })) as unknown as Stored & { url: string }
    expect(doc).toMatchObject({ filename: 'report.png', mimeType: 'image/png' })
    expect(doc.url).toMatch(/\/api\/media\/file\/report\.png$/)
  })

  it('a web page with no image or PDF in it is refused, saying why', async () => {
    const reply = await restCall('POST', 'media', {
      token: contributorToken,
      upload: { file: { data: Buffer.from(HTML_PAYLOAD), mimetype: 'image/png', name: 'photo.png' }, data: { alt: 'A photo' } },
    })
    expect(reply.status).toBe(415)
    expect(reply.body.errors[0].message).toBe('"photo.png" is not an image or PDF: upload a JPEG, PNG, WebP, GIF or PDF.')
    expect(fs.existsSync(path.join(staticDir, 'photo.png'))).toBe(false)
  })
})

/**
 * A file stored under a browser-run name before uploads were checked this way (or put into the
 * media folder by other means) is never served as a page or a script.
 */
async function legacyMedia(filename: string, mimeType: string, bytes: Buffer) {
  const made = await payload.create({ collection: 'media', data: { alt: 'Old upload' } as never, file: { data: pngWithHtml(), mimetype: 'image/png', name: `${path.parse(filename).name}-seed.png`, size: 1 } as never, overrideAccess: true })
  fs.writeFileSync(path.join(staticDir, filename), bytes)
  await payload.db.updateOne({ collection: 'media', id: made.id, data: { filename, mimeType, url: `/api/media/file/${filename}`, sizes: {} } as never })
  return made.id
}

describe('files already stored under a name a browser runs', () => {
  it('an HTML file in the media folder is sent by /api/media/file as a download, never as a page', async () => {
    await legacyMedia('legacy-page.html', 'text/html', Buffer.from(HTML_PAYLOAD))
    const served = await getFile('legacy-page.html', contributorToken)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/octet-stream')
    expect(served.headers.get('content-disposition')).toBe('attachment')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('an SVG with a script in the media folder is sent as a download, never as an image a browser runs', async () => {
    await legacyMedia('legacy-drawing.svg', 'image/svg+xml', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>${'window.pwned=1'}</script></svg>`))
    const served = await getFile('legacy-drawing.svg', contributorToken)
    expect(served.headers.get('content-type')).toBe('application/octet-stream')
    expect(served.headers.get('content-disposition')).toBe('attachment')
  })
})

describe('the served site (export, real site build, the CMS static server)', () => {
  async function publishResource(media: { document?: number | string; thumbnail?: number | string }) {
    const { externalUrl: _, ...data } = validData.resources()
    return payload.create({
      collection: 'resources',
      data: { ...data, ...(media.document ? {} : { externalUrl: 'https://www.genomicseducation.hee.nhs.uk/' }), ...media, _status: 'published' } as never,
      overrideAccess: true,
    })
  }

  it('the polyglots published as documents and thumbnails are served from /media/ as their stored type, with nosniff', async () => {
    const { buildAndSwitch, LIVE_LINK } = await import('../../src/publishing/site-build')
    // Stored before uploads were checked: a PNG+HTML polyglot kept as legacy.html, its type as the browser claimed.
    const legacy = await legacyMedia('legacy.html', 'text/html', pngWithHtml())
    await publishResource({ document: uploaded.get('z.pdf'), thumbnail: uploaded.get('report.png') })
    await publishResource({ thumbnail: uploaded.get('y.gif') })
    await publishResource({ document: legacy })

    const result = await buildAndSwitch(payload, { siteUrl: 'http://localhost:3000', timezone: 'Europe/London' })
    expect(result.ok, result.log).toBe(true)

    const media = fs.readdirSync(path.join(LIVE_LINK, 'media')).sort()
    expect(media).toEqual(expect.arrayContaining(['legacy.png', 'report.png', 'y.gif', 'z.pdf']))
    // Nothing in the site's media folder is named as something a browser runs.
    expect(media.filter((name) => !/\.(png|gif|pdf|jpe?g|webp)$/.test(name))).toEqual([])

    for (const [name, type] of [['report.png', 'image/png'], ['y.gif', 'image/gif'], ['z.pdf', 'application/pdf'], ['legacy.png', 'image/png']]) {
      const response = await serveStatic(LIVE_LINK, ['media', name], `/media/${name}`)
      expect([name, response.status, response.headers.get('content-type'), response.headers.get('x-content-type-options')]).toEqual([name, 200, type, 'nosniff'])
    }
    // The page links the legacy document by its new name, as a PNG.
    const content = fs.readdirSync(path.join(LIVE_LINK, 'library'), { recursive: true }).map(String).filter((f) => f.endsWith('index.html'))
    const pages = content.map((f) => fs.readFileSync(path.join(LIVE_LINK, 'library', f), 'utf8')).join('\n')
    expect(pages).toContain('/media/legacy.png')
    expect(pages).not.toContain('legacy.html')
    // A real Astro build: give a busy machine room.
  }, 180_000)

  it('a published resource whose stored file is not an image or PDF stops the export, naming the resource and the file', async () => {
    const { writePublishedContent } = await import('../../src/publishing/published-content')
    const page = await legacyMedia('legacy-only-page.html', 'text/html', Buffer.from(HTML_PAYLOAD))
    const resource = await publishResource({ document: page })
    await expect(writePublishedContent(payload, path.join(work, 'export', 'published.json'))).rejects.toThrow(
      `The resource "${resource.slug}" uses the media file "legacy-only-page.html", which is not an image or PDF: upload the file again.`,
    )
    await payload.delete({ collection: 'resources', id: resource.id, overrideAccess: true })
  })

  it('a file a browser runs, left in a built site’s /media/, is sent as a download, live and in previews', async () => {
    const root = fs.mkdtempSync(path.join(work, 'built-'))
    fs.mkdirSync(path.join(root, 'media'))
    fs.writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>')
    for (const name of ['left.html', 'left.svg', 'left.js', 'left.xhtml', 'left.xml']) fs.writeFileSync(path.join(root, 'media', name), HTML_PAYLOAD)
    for (const name of ['left.html', 'left.svg', 'left.js', 'left.xhtml', 'left.xml']) {
      const response = await serveStatic(root, ['media', name], `/media/${name}`)
      expect([name, response.headers.get('content-type'), response.headers.get('content-disposition'), response.headers.get('x-content-type-options')]).toEqual([
        name,
        'application/octet-stream',
        'attachment',
        'nosniff',
      ])
    }
    // The site's own pages are still pages.
    expect((await serveStatic(root, [], '/')).headers.get('content-type')).toBe('text/html; charset=utf-8')
  })
})

describe('calendar imports', () => {
  it('an uploaded calendar is sent back only as a download, with nosniff', async () => {
    const editorToken = await restLogin(String(staff.editor.email), PASSWORD)
    const ics = calendar(...timed('upload-check@example.nhs.uk', 'Upload check', '20261201T100000'))
    const reply = await restCall('POST', 'calendar-imports', {
      token: editorToken,
      query: { depth: 0 },
      upload: { file: { data: Buffer.from(ics), mimetype: 'text/plain', name: 'calendar.txt' }, data: { publish: false } },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const response = await restRequest('GET', `calendar-imports/file/${reply.body.doc.filename}`, { token: editorToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

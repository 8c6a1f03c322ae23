import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { textPdf } from '../src/seed/pdf'
import { pngFile, validData } from './fixtures'
import { startPayload, stopPayload } from './payload-harness'

/** The export carries the media files it uses, so the static site never links to the CMS. */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => stopPayload(payload))

/** A small, well-formed one-page PDF (Payload checks the structure), from the seed's writer. */
function pdfFile(name: string) {
  const data = textPdf({ title: name, author: 'Test', lines: [{ text: 'A factsheet.' }] })
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

it('copies the documents and thumbnails (every size) published resources use beside the content file', async () => {
  const { writePublishedContent, mediaDirFor } = await import('../src/publishing/published-content')
  const stamp = Date.now()
  const pdf = await payload.create({ collection: 'media', data: {} as never, file: pdfFile(`factsheet-${stamp}.pdf`), overrideAccess: true })
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Pathway diagram' } as never,
    file: await pngFile(`thumb-${stamp}.png`, 1600, 900),
    overrideAccess: true,
  })
  const unused = await payload.create({ collection: 'media', data: {} as never, file: pdfFile(`unused-${stamp}.pdf`), overrideAccess: true })
  const { externalUrl: _, ...data } = validData.resources()
  const resource = await payload.create({
    collection: 'resources',
    data: { ...data, document: pdf.id, thumbnail: image.id, _status: 'published' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'resources',
    data: { ...validData.resources(), thumbnail: unused.id, _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
  })

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-export-'))
  const file = path.join(dir, 'published.json')
  await writePublishedContent(payload, file, { cmsUrl: 'http://cms.example:3000' })
  const content = JSON.parse(fs.readFileSync(file, 'utf8'))
  expect(content.mediaDir).toBe(mediaDirFor(file))
  expect(content.mediaDir).toBe('published.media')

  const exported = content.resources.find((r: { slug: string }) => r.slug === resource.slug)
  expect(exported.document.url).toBe(`/media/factsheet-${stamp}.pdf`)
  expect(exported.thumbnail.url).toBe(`/media/thumb-${stamp}.png`)
  expect(exported.thumbnail.sizes.map((s: { url: string }) => s.url)).toEqual([
    `/media/thumb-${stamp}-400x300.png`,
    `/media/thumb-${stamp}-768x432.png`,
    `/media/thumb-${stamp}-1280x720.png`,
  ])
  // Nothing in the export points at the CMS.
  expect(fs.readFileSync(file, 'utf8')).not.toContain('cms.example')

  const copied = fs.readdirSync(path.join(dir, 'published.media')).sort()
  expect(copied).toEqual(
    [`factsheet-${stamp}.pdf`, `thumb-${stamp}.png`, `thumb-${stamp}-400x300.png`, `thumb-${stamp}-768x432.png`, `thumb-${stamp}-1280x720.png`].sort(),
  )
  const staticDir = path.resolve(payload.collections.media.config.upload.staticDir || 'media')
  expect(fs.readFileSync(path.join(dir, 'published.media', `factsheet-${stamp}.pdf`))).toEqual(fs.readFileSync(path.join(staticDir, `factsheet-${stamp}.pdf`)))
  // A draft's media stay out, as the draft does.
  expect(copied.some((name) => name.startsWith('unused-'))).toBe(false)

  // A file that has gone from storage stops the export, by name.
  fs.rmSync(path.join(staticDir, `factsheet-${stamp}.pdf`))
  await expect(writePublishedContent(payload, file)).rejects.toThrow(`The resource "${resource.slug}" uses the media file "factsheet-${stamp}.pdf"`)
  fs.rmSync(dir, { recursive: true, force: true })
  for (const name of fs.readdirSync(staticDir)) {
    if (name.startsWith(`thumb-${stamp}`) || name === `unused-${stamp}.pdf`) fs.rmSync(path.join(staticDir, name))
  }
})

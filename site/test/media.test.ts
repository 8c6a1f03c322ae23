import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { copyMedia, mediaUrls } from '../scripts/media.mjs'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const sampleFile = path.join(fixtures, 'published.sample.json')
const sample = () => JSON.parse(fs.readFileSync(sampleFile, 'utf8'))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-site-media-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** A copy of the sample export (changed by `edit`) with its media folder, in a folder of its own. */
function exportCopy(name: string, edit: (content: any) => void = () => {}) {
  const dir = path.join(work, name)
  fs.mkdirSync(dir)
  fs.cpSync(path.join(fixtures, 'published.sample.media'), path.join(dir, 'published.sample.media'), { recursive: true })
  const content = sample()
  edit(content)
  const file = path.join(dir, 'published.json')
  fs.writeFileSync(file, JSON.stringify(content))
  return { file, out: path.join(dir, 'out') }
}

const documents = sample().resources.filter((r: any) => r.document).map((r: any) => r.document.filename).sort()

describe('media files', () => {
  it('are every document, thumbnail and size the content links to as /media/', () => {
    const content = sample()
    content.resources[0].thumbnail = {
      url: '/media/pathway.png',
      filename: 'pathway.png',
      mimeType: 'image/png',
      filesize: 10,
      sizes: [{ name: 'thumbnail', url: '/media/pathway-400x300.png', width: 400, height: 300 }],
    }
    content.resources[1].thumbnail = { url: 'https://cdn.example/elsewhere.png', filename: 'elsewhere.png', mimeType: 'image/png', filesize: 1 }
    expect(documents.length).toBeGreaterThan(0)
    expect(mediaUrls(content)).toEqual([...documents, 'pathway-400x300.png', 'pathway.png'].map((f) => `/media/${f}`).sort())
  })

  it('are copied from the folder beside the export into the site', () => {
    const { file, out } = exportCopy('copy')
    expect(copyMedia(file, out)).toBe(documents.length)
    expect(fs.readdirSync(path.join(out, 'media')).sort()).toEqual(documents)
    for (const name of documents) {
      expect(fs.readFileSync(path.join(out, 'media', name))).toEqual(fs.readFileSync(path.join(fixtures, 'published.sample.media', name)))
    }
  })

  it('stop the build, by name, when one is missing or the export names no folder', () => {
    const missing = exportCopy('missing')
    fs.rmSync(path.join(path.dirname(missing.file), 'published.sample.media', documents[0]))
    expect(() => copyMedia(missing.file, missing.out)).toThrow(`: ${documents[0]}`)
    const noFolder = exportCopy('no-folder', (content) => delete content.mediaDir)
    expect(() => copyMedia(noFolder.file, noFolder.out)).toThrow(/names no "mediaDir"/)
    const escape = exportCopy('escape', (content) => (content.resources.find((r: any) => r.document).document.url = '/media/..%2F..%2Fsecret.pdf'))
    expect(() => copyMedia(escape.file, escape.out)).toThrow(/secret\.pdf/)
  })
})

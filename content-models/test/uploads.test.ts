import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACCEPTED_LABELS, detectFileType } from '../src/uploads/file-kind'
import { readableSize } from '../src/uploads/upload-limit'

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))))

describe('detectFileType', () => {
  it('knows each accepted format by its bytes', async () => {
    const png = bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde)
    expect((await detectFileType(png))?.mimeType).toBe('image/png')
    expect((await detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF', 0)))?.mimeType).toBe('image/jpeg')
    expect((await detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')))?.mimeType).toBe('image/webp')
    expect((await detectFileType(bytes('GIF89a', 1, 0, 1, 0, 0, 0, 0)))?.mimeType).toBe('image/gif')
    expect((await detectFileType(bytes('%PDF-1.7\n')))?.mimeType).toBe('application/pdf')
  })

  it('knows nothing else, whatever the file is called', async () => {
    expect(await detectFileType(bytes('<html><script>alert(1)</script></html>'))).toBeUndefined()
    expect(await detectFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined()
    expect(await detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeUndefined()
    expect(await detectFileType(Buffer.alloc(0))).toBeUndefined()
    expect(await detectFileType({})).toBeUndefined()
  })

  it('reads a file on disk (an upload Payload kept as a temporary file)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-kind-')), 'upload')
    fs.writeFileSync(file, bytes('%PDF-1.7\n'))
    expect((await detectFileType({ tempFilePath: file }))?.mimeType).toBe('application/pdf')
    expect((await detectFileType(file))?.mimeType).toBe('application/pdf')
  })

  it('lists the formats for messages', () => {
    expect(ACCEPTED_LABELS).toBe('JPEG, PNG, WebP, GIF or PDF')
  })
})

describe('readableSize', () => {
  it('rounds to what people read', () => {
    expect(readableSize(12 * 1024 * 1024)).toBe('12 MB')
    expect(readableSize(10.5 * 1024 * 1024)).toBe('10.5 MB')
    expect(readableSize(300 * 1024)).toBe('300 KB')
  })
})

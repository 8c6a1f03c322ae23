import { describe, expect, it } from 'vitest'
import { ACCEPTED_LABELS, detectFileType } from '../src/uploads/file-kind'
import { readableSize } from '../src/uploads/upload-limit'

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))))

describe('detectFileType', () => {
  it('knows each accepted format by its first bytes', () => {
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(detectFileType(bytes(0x89, 'PNG\r\n', 0x1a, '\n'))).toBe('image/png')
    expect(detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp')
    expect(detectFileType(bytes('GIF89a'))).toBe('image/gif')
    expect(detectFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf')
  })

  it('knows nothing else, whatever the file is called', () => {
    expect(detectFileType(bytes('<html><script>alert(1)</script></html>'))).toBeUndefined()
    expect(detectFileType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeUndefined()
    expect(detectFileType(Buffer.alloc(0))).toBeUndefined()
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

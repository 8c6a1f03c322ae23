import { describe, expect, it } from 'vitest'
import { MEDIA_TYPE_LABELS, mediaTypeOf, mediaTypeOfName, nameForType, uploadedFileHeaders } from '../src/media-types'

const png = mediaTypeOf('image/png')!
const pdf = mediaTypeOf('application/pdf')!
const jpeg = mediaTypeOf('image/jpeg')!

describe('media types', () => {
  it('are images and PDFs only, never a type a browser runs', () => {
    expect(MEDIA_TYPE_LABELS).toBe('JPEG, PNG, WebP, GIF or PDF')
    for (const type of ['text/html', 'application/xhtml+xml', 'image/svg+xml', 'application/xml', 'text/xml', 'text/javascript', 'application/javascript']) {
      expect(mediaTypeOf(type)).toBeUndefined()
    }
    expect(mediaTypeOf('image/PNG; charset=binary')).toBe(png)
  })

  it('know a name by its last extension, whatever its case', () => {
    expect(mediaTypeOfName('Scan.JPG')).toBe(jpeg)
    expect(mediaTypeOfName('photo.jpeg')).toBe(jpeg)
    expect(mediaTypeOfName('report.png.html')).toBeUndefined()
    expect(mediaTypeOfName('png')).toBeUndefined()
  })
})

describe('nameForType', () => {
  it('gives a stored name the extension of what the file is', () => {
    expect(nameForType('report.html', png)).toBe('report.png')
    expect(nameForType('z.xhtml', pdf)).toBe('z.pdf')
    expect(nameForType('report.pdf.html', pdf)).toBe('report.pdf.pdf')
    expect(nameForType('report', pdf)).toBe('report.pdf')
    expect(nameForType('.html', png)).toBe('file.png')
  })

  it('leaves a name that says what the file is as it is', () => {
    expect(nameForType('Scan.JPG', jpeg)).toBe('Scan.JPG')
    expect(nameForType('photo.jpeg', jpeg)).toBe('photo.jpeg')
    expect(nameForType('factsheet.pdf', pdf)).toBe('factsheet.pdf')
  })
})

describe('uploadedFileHeaders', () => {
  it('serve an image or PDF as itself, with nosniff', () => {
    expect(uploadedFileHeaders('application/pdf')).toEqual({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' })
  })

  it('send anything else as a download', () => {
    for (const type of ['text/html; charset=utf-8', 'image/svg+xml', 'text/javascript', undefined]) {
      expect(uploadedFileHeaders(type)).toEqual({
        'content-type': 'application/octet-stream',
        'content-disposition': 'attachment',
        'x-content-type-options': 'nosniff',
      })
    }
  })
})

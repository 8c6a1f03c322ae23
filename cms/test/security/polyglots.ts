import zlib from 'node:zlib'

/**
 * Files that are two things at once, written byte by byte: a real image or PDF (so a check of
 * the first bytes, and Payload's own, accept it) that a browser also runs as a page or a script
 * if it is ever served as one. Each script sets `window.pwned`, for browser tests to look for.
 */
export const SCRIPT = 'window.pwned = document.domain'
export const HTML_PAYLOAD = `<html><body><h1>Polyglot</h1><script>${SCRIPT}</script></body></html>`

const latin1 = (text: string) => Buffer.from(text, 'latin1')
const uint32 = (value: number) => {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32BE(value)
  return bytes
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([latin1(type), data])
  return Buffer.concat([uint32(data.length), body, uint32(zlib.crc32(body))])
}

/** A 2x2 NHS-blue PNG: signature, IHDR, one zlib-compressed IDAT, IEND. */
export function png(): Buffer {
  const width = 2
  const height = 2
  // 8-bit RGB, no interlace.
  const header = Buffer.concat([uint32(width), uint32(height), Buffer.from([8, 2, 0, 0, 0])])
  // Each row: filter byte 0, then RGB per pixel.
  const row = Buffer.from([0, 0x00, 0x5e, 0xb8, 0x00, 0x5e, 0xb8])
  const pixels = zlib.deflateSync(Buffer.concat([row, row]))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A PNG with a web page after its last chunk: image viewers stop at IEND, browsers sniffing HTML do not. */
export const pngWithHtml = () => Buffer.concat([png(), latin1(HTML_PAYLOAD)])

/**
 * A GIF that is also JavaScript: the logical screen width is the bytes `/*`, which opens a
 * comment holding the rest of the image; after the trailer, `*\/=...` closes it, so the file
 * parses as `GIF89a = <script>`.
 */
export function gifWithScript(): Buffer {
  return Buffer.concat([
    latin1('GIF89a'),
    latin1('/*'), // width 0x2a2f
    Buffer.from([0x0a, 0x00]), // height 10
    Buffer.from([0x80, 0x00, 0x00]), // a global colour table of 2 colours; background 0; no aspect ratio
    Buffer.from([0x00, 0x5e, 0xb8, 0xff, 0xff, 0xff]), // NHS blue, white
    Buffer.from([0x2c, 0, 0, 0, 0, 0x01, 0x00, 0x01, 0x00, 0x00]), // image descriptor: 1x1 at 0,0
    Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00]), // LZW minimum code size 2, one sub-block, end
    Buffer.from([0x3b]), // trailer
    latin1(`*/=(${SCRIPT});`),
  ])
}

/**
 * A one-page PDF that opens with a web page (in a PDF comment line, which readers skip) and
 * ends with a well-formed cross-reference table, so Payload's PDF check passes.
 */
export function pdfWithHtml(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = `%PDF-1.4\n%${HTML_PAYLOAD}\n`
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return latin1(body)
}

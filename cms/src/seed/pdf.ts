/**
 * A small, valid PDF of text, written by hand so the seed needs no PDF library: A4 pages in
 * the standard Helvetica fonts (every reader has them, so nothing is embedded), lines wrapped
 * to the page, and a cross-reference table with exact byte offsets. No dates inside, so the
 * same text always gives the same bytes.
 */
export type PdfLine = { text: string; style?: 'title' | 'heading' | 'body' | 'bullet' }

const PAGE = { width: 595, height: 842, margin: 56 }
const STYLES = {
  title: { font: 'F2', size: 17, before: 0, indent: 0 },
  heading: { font: 'F2', size: 12.5, before: 12, indent: 0 },
  body: { font: 'F1', size: 10.5, before: 4, indent: 0 },
  bullet: { font: 'F1', size: 10.5, before: 2, indent: 14 },
} as const

/** PDF string syntax; only printable ASCII (curly quotes and dashes are straightened first). */
function pdfString(text: string): string {
  const plain = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-')
  if (/[^\x20-\x7e]/.test(plain)) throw new Error(`PDF text must be plain ASCII: ${JSON.stringify(text)}`)
  return `(${plain.replace(/[\\()]/g, (c) => `\\${c}`)})`
}

/** Splits text into lines of at most `width` characters (Helvetica averages about half an em). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** The content stream of each page. */
function layout(lines: PdfLine[]): string[] {
  const pages: string[][] = [[]]
  let y = PAGE.height - PAGE.margin
  for (const { text, style = 'body' } of lines) {
    const s = STYLES[style]
    const usable = PAGE.width - 2 * PAGE.margin - s.indent - (style === 'bullet' ? 10 : 0)
    const wrapped = wrap(text, Math.floor(usable / (s.size * 0.5)))
    y -= s.before
    wrapped.forEach((part, i) => {
      const leading = s.size * 1.35
      if (y - leading < PAGE.margin) {
        pages.push([])
        y = PAGE.height - PAGE.margin
      }
      y -= leading
      const x = PAGE.margin + s.indent + (style === 'bullet' ? 10 : 0)
      const ops = pages.at(-1)!
      // The bullet is WinAnsi's 0x95, written as an octal escape.
      if (style === 'bullet' && i === 0) ops.push(`BT /F1 ${s.size} Tf ${PAGE.margin + s.indent} ${y.toFixed(1)} Td (\\225) Tj ET`)
      ops.push(`BT /${s.font} ${s.size} Tf ${x} ${y.toFixed(1)} Td ${pdfString(part)} Tj ET`)
    })
  }
  return pages.map((ops) => ops.join('\n'))
}

/** A PDF document of the lines, with its title and author in the document information. */
export function textPdf({ title, author, lines }: { title: string; author: string; lines: PdfLine[] }): Buffer {
  const streams = layout(lines)
  const pageIds = streams.map((_, i) => 6 + 2 * i)
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfString(title)} /Author ${pdfString(author)} /Producer (Genomics Education Hub seed) >>`,
  ]
  streams.forEach((stream, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    )
  })

  let text = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = text.length
    text += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

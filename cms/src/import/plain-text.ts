// Google Calendar exports descriptions as HTML inside DESCRIPTION; the hub wants plain text.
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|a|b|i|u|strong|em|ul|ol|li|h[1-6])\b[^>]*>/i

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? entity
    const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity
  })
}

/** Trimmed plain text of a text property (HTML reduced to its text and links), or undefined. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  let text = value.replace(/\r\n?/g, '\n')
  if (LOOKS_LIKE_HTML.test(text)) {
    text = text
      .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) =>
        label.replace(/<[^>]*>/g, '').trim() === href ? href : `${label} (${href})`,
      )
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(?:p|div|ul|ol|h[1-6])>/gi, '\n\n')
      .replace(/<[^>]*>/g, '')
    text = decodeEntities(text)
  }
  text = text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return text || undefined
}

import sanitize from 'sanitize-html'

/**
 * What editors' rich text may contain on a public page: the structure a Lexical-to-HTML
 * conversion produces, links to web and mail addresses only, no scripts, styles or handlers.
 */
const RICH_TEXT: sanitize.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'u', 's',
    'sub', 'sup', 'code', 'pre', 'blockquote', 'br', 'hr', 'span',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'img',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: {
    // A link that opens a new tab must not hand the opener to the other site.
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
}

export function sanitizeRichHtml(html: string): string {
  return sanitize(html, RICH_TEXT)
}

/** Plain text of an HTML fragment (for feeds and meta descriptions). */
export function stripHtml(html: string): string {
  return sanitize(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

import { stripHtml } from '@genomics-hub/shared/html'

// Google Calendar exports descriptions as HTML inside DESCRIPTION; the hub wants plain text.
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|a|b|i|u|strong|em|ul|ol|li|h[1-6])\b[^>]*>/i

// TEXT holds no control characters but the tab (RFC 5545 3.3.11), yet exports carry them: Word
// writes a manual line break as a vertical tab. Line breaks of every kind become "\n"; the
// other controls (NUL, escape sequences, C1) are dropped before they reach a page or a feed.
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g

/** Trimmed plain text of a text property (HTML reduced to its text and link addresses), or undefined. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = (LOOKS_LIKE_HTML.test(value) ? stripHtml(value, { linkTargets: true }) : value).replace(LINE_BREAK, '\n').replace(CONTROL, '')
  return (
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() || undefined
  )
}

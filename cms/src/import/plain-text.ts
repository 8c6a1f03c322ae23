import { stripHtml } from '@genomics-hub/shared/html'

// Google Calendar exports descriptions as HTML inside DESCRIPTION; the hub wants plain text.
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|a|b|i|u|strong|em|ul|ol|li|h[1-6])\b[^>]*>/i

/** Trimmed plain text of a text property (HTML reduced to its text and link addresses), or undefined. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = LOOKS_LIKE_HTML.test(value) ? stripHtml(value, { linkTargets: true }) : value.replace(/\r\n?/g, '\n')
  return (
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() || undefined
  )
}

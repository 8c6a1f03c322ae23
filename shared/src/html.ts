import { Parser } from 'htmlparser2'
import sanitize from 'sanitize-html'

/**
 * What editors' rich text may contain on a public page: the structure a Lexical-to-HTML
 * conversion produces, links to web and mail addresses only, no scripts, styles or handlers.
 */
const RICH_TEXT: sanitize.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'u', 's',
    'sub', 'sup', 'code', 'pre', 'blockquote', 'br', 'hr', 'span',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'img', 'div',
  ],
  // Only the classes of NHS.UK inset text (what a quote block becomes), nothing else.
  allowedClasses: { div: ['nhsuk-inset-text'], span: ['nhsuk-u-visually-hidden'] },
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

const INNERMOST_QUOTE = /<blockquote>((?:(?!<blockquote>)[\s\S])*?)<\/blockquote>/

/**
 * An editor's quote block as NHS.UK inset text (nhsuk-frontend's template: a hidden
 * "Information: " and the text in paragraphs). Works on sanitised markup, where a
 * blockquote has no attributes; innermost first, so nested quotes pair up.
 */
function quotesToInsetText(html: string): string {
  let out = html
  for (let match = INNERMOST_QUOTE.exec(out); match; match = INNERMOST_QUOTE.exec(out)) {
    // Inline content goes in a paragraph; content with blocks of its own stays as it is.
    const inner = /<(?:p|ul|ol|h[2-6]|div|table|pre|hr)[\s>/]/.test(match[1]) ? match[1] : `<p>${match[1]}</p>`
    const inset = `<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>${inner}</div>`
    out = out.slice(0, match.index) + inset + out.slice(match.index + match[0].length)
  }
  return out
}

/** Sanitised rich text; running it again on its own output changes nothing. */
export function sanitizeRichHtml(html: string): string {
  return quotesToInsetText(sanitize(html, RICH_TEXT))
}

// Tags whose ends separate text. Payload's converter writes no newlines between tags, so
// without this "<p>role play.</p><p>This event" would read "role play.This event".
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'hr'])
// Elements whose text is not page text (sanitize-html's nonTextTags).
const HIDDEN = new Set(['script', 'style', 'textarea', 'option', 'noscript'])

/**
 * Plain text of an HTML fragment (for feeds and calendar links): a blank line between
 * paragraphs, headings and lists, "- " before each list item, a line break for <br>. With
 * `linkTargets`, a link whose text is not its address is followed by it: "Teams (https://...)".
 * One pass of htmlparser2 (the parser sanitize-html uses): every event's description goes
 * through here once per build, and a sanitising pass first cost five times as much.
 */
export function stripHtml(html: string, { linkTargets = false } = {}): string {
  let text = ''
  let hidden = 0
  // The open link's address and where its text starts.
  let link: { href: string; from: number } | undefined
  // Just after "<li>": a paragraph opening the item stays on the item's line.
  let itemStart = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (linkTargets && name === 'a' && attributes.href) link = { href: attributes.href, from: text.length }
        if (HIDDEN.has(name)) hidden++
        else if (name === 'li') text += '\n- '
        else if (name === 'br' || name === 'tr') text += '\n'
        else if (BLOCKS.has(name) && !itemStart) text += '\n\n'
        itemStart = name === 'li' || (itemStart && (name === 'p' || name === 'div'))
      },
      ontext(data) {
        if (hidden) return
        const chunk = data.replace(/\s+/g, ' ')
        if (chunk !== ' ') itemStart = false
        text += chunk
      },
      onclosetag(name) {
        itemStart = false
        if (name === 'a' && link) {
          if (text.slice(link.from).replace(/\s+/g, ' ').trim() !== link.href) text += ` (${link.href})`
          link = undefined
        }
        if (HIDDEN.has(name)) hidden--
        else if (name === 'td' || name === 'th') text += ' '
        // A paragraph closing an item adds no break of its own.
        else if (name === 'li') text = text.trimEnd()
        else if (BLOCKS.has(name)) text += '\n\n'
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

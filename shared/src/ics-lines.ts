/**
 * The one iCalendar tokenizer (RFC 5545 3.1): physical lines with their endings, unfolding,
 * and content lines (NAME *(";" param) ":" value) with the line each starts on. The
 * importer's checks and the feed lint (the build's gate) both read calendars through it.
 */

/** A line as written, with what ended it ('' for a last line with no ending). */
export interface PhysicalLine {
  text: string
  /** 1-based. */
  number: number
  ending: '\r\n' | '\n' | '\r' | ''
}

/** One property after unfolding: NAME;PARAM=x;PARAM="y:z":value. */
export interface ContentLine {
  /** Upper case. */
  name: string
  /** By upper-case name; quoted values without their quotes, several values joined by ','. */
  params: Record<string, string>
  /** As written (TEXT escapes not undone: see unescapeText). */
  value: string
  /** The physical line it starts on. */
  line: number
  /** The whole unfolded line. */
  text: string
  /** False when it does not follow the content-line grammar (name, parameters, then ':'). */
  valid: boolean
}

/** Every line with its ending: CRLF, or the bare LF or CR RFC 5545 does not allow. */
export function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  const breaks = /\r\n|\n|\r/g
  let from = 0
  for (let found = breaks.exec(text); found; found = breaks.exec(text)) {
    lines.push({ text: text.slice(from, found.index), number: lines.length + 1, ending: found[0] as PhysicalLine['ending'] })
    from = breaks.lastIndex
  }
  if (from < text.length) lines.push({ text: text.slice(from), number: lines.length + 1, ending: '' })
  return lines
}

/**
 * Content lines, unfolded (a line starting with a space or tab continues the one before; any
 * line ending is accepted here, the lint reports the wrong ones), blank lines left out. Takes
 * the text, or its physical lines when the caller has them already.
 */
export function contentLines(text: string | PhysicalLine[]): ContentLine[] {
  const unfolded: { text: string; line: number }[] = []
  for (const { text: raw, number } of typeof text === 'string' ? physicalLines(text) : text) {
    const folded = raw.charCodeAt(0) === 0x20 || raw.charCodeAt(0) === 0x09
    if (folded && unfolded.length) unfolded[unfolded.length - 1].text += raw.slice(1)
    else if (raw.trim()) unfolded.push({ text: raw, line: number })
  }
  return unfolded.map(({ text: line, line: number }) => tokenize(line, number))
}

// iana-token / x-name: letters, digits and '-'.
const isNameChar = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d

/**
 * NAME *(";" param) ":" value, a param being NAME "=" value *("," value) and a param value
 * either quoted (may hold ';', ':' and ',') or free of '"', ';', ':' and ','. ical.js reads
 * "DTSTART;;VALUE=..." without complaint, so the grammar is checked here.
 */
function tokenize(text: string, line: number): ContentLine {
  const nameEnd = scanName(text, 0)
  const params: Record<string, string> = {}
  let i = nameEnd
  let valid = nameEnd > 0
  while (valid && text[i] === ';') {
    const paramStart = i + 1
    const paramEnd = scanName(text, paramStart)
    if (paramEnd === paramStart || text[paramEnd] !== '=') {
      valid = false
      break
    }
    const values: string[] = []
    i = paramEnd
    do {
      i++ // past '=' or ','
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1)
        if (close < 0) {
          valid = false
          break
        }
        values.push(text.slice(i + 1, close))
        i = close + 1
      } else {
        const from = i
        while (i < text.length && !'";:,'.includes(text[i])) i++
        values.push(text.slice(from, i))
      }
    } while (valid && text[i] === ',')
    params[text.slice(paramStart, paramEnd).toUpperCase()] = values.join(',')
  }
  if (valid && text[i] === ':') return { name: text.slice(0, nameEnd).toUpperCase(), params, value: text.slice(i + 1), line, text, valid }
  // Not a content line: keep what can be read, so the lint can still name it.
  const colon = text.indexOf(':')
  const name = text.slice(0, text.search(/[;:]|$/)).toUpperCase()
  return { name, params, value: colon < 0 ? '' : text.slice(colon + 1), line, text, valid: false }
}

function scanName(text: string, from: number): number {
  let i = from
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++
  return i
}

/** A TEXT value as a reader sees it: \n (or \N), \\, \; and \, undone (RFC 5545 3.3.11). */
export const unescapeText = (value: string): string => value.replace(/\\([nN\\;,])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

/**
 * What no value may hold as written (RFC 5545 3.1: a value is tabs, spaces, printable ASCII
 * and non-ASCII UTF-8, so no controls): C0 controls but the tab, DEL and C1 controls. Also
 * U+2028 and U+2029, which Python's str.splitlines (so python icalendar) reads as line ends,
 * as it does the vertical tab, form feed, U+001C-001E and U+0085.
 */
const FORBIDDEN = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u2028\u2029]/
const NAMES: Record<string, string> = {
  '\n': 'a line feed',
  '\r': 'a carriage return',
  '\0': 'a NUL',
  '\v': 'a vertical tab',
  '\f': 'a form feed',
  '\u0085': 'a next-line character',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The first character of `value` no iCalendar value may hold, described ("a line feed
 * (U+000A)"), or undefined. With `lineBreaks`, CR and LF are allowed: TEXT values, whose
 * line breaks the writer escapes as \n.
 */
export function forbiddenCharacter(value: string, options: { lineBreaks?: boolean } = {}): string | undefined {
  const checked = options.lineBreaks ? value.replace(/\r\n|\r|\n/g, '') : value
  const found = FORBIDDEN.exec(checked)?.[0]
  return found === undefined ? undefined : `${NAMES[found] ?? 'a control character'} (${codePoint(found)})`
}

/** Text for a message: forbidden characters shown as \n, \r or \u{...}, cut to `max` characters. */
export function printable(text: string, max = 80): string {
  const shown = text.replace(new RegExp(FORBIDDEN.source, 'g'), (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  )
  return shown.length > max ? `${shown.slice(0, max - 3)}...` : shown
}

/**
 * Checks an iCalendar file for what parsers silently accept (ical.js and node-ical take
 * missing UIDs, undefined TZIDs, LF endings and end-before-start without a word).
 * Returns the problems found; an empty list means clean.
 */
export function lintIcs(text: string): string[] {
  const problems: string[] = []
  const rawLines = text.split('\r\n')
  if (rawLines[rawLines.length - 1] !== '') problems.push('The file does not end with CRLF.')
  rawLines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`Line ${i + 1}: bare CR or LF line ending (must be CRLF).`)
    const octets = Buffer.byteLength(line, 'utf8')
    if (octets > 75) problems.push(`Line ${i + 1}: ${octets} octets, longer than 75 (not folded).`)
  })

  // Unfold (CRLF followed by a space or tab continues the previous line).
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n|\n/).filter(Boolean)
  const props = lines.map((line) => {
    const colon = indexOfValueColon(line)
    const head = line.slice(0, colon)
    const [name, ...params] = head.split(';')
    return { name: name.toUpperCase(), params, value: line.slice(colon + 1), line }
  })

  if (!props.some((p) => p.name === 'VERSION' && p.value === '2.0')) problems.push('VERSION:2.0 is missing.')
  if (!props.some((p) => p.name === 'PRODID' && p.value)) problems.push('PRODID is missing.')

  const zones = new Set(props.filter((p) => p.name === 'TZID').map((p) => p.value))
  for (const p of props) {
    const tzid = p.params.find((x) => x.toUpperCase().startsWith('TZID='))
    if (tzid && !zones.has(tzid.slice(5).replace(/^"|"$/g, ''))) {
      problems.push(`${p.name} uses TZID ${tzid.slice(5)} with no VTIMEZONE for it.`)
    }
  }

  const uids = new Map<string, number>()
  let event: typeof props | null = null
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') event = []
    else if (p.name === 'END' && p.value === 'VEVENT' && event) {
      checkEvent(event, uids, problems)
      event = null
    } else if (event) event.push(p)
  }

  for (const p of props) {
    if ((p.name === 'DTSTAMP' || p.name === 'LAST-MODIFIED' || p.name === 'CREATED') && !p.value.endsWith('Z')) {
      problems.push(`${p.name}:${p.value} must be UTC (end in Z).`)
    }
    if (['SUMMARY', 'DESCRIPTION', 'LOCATION'].includes(p.name) && /(^|[^\\])(\\\\)*[,;]/.test(p.value)) {
      problems.push(`${p.name} has an unescaped comma or semicolon: ${p.value.slice(0, 40)}`)
    }
  }
  return problems
}

type Prop = { name: string; params: string[]; value: string; line: string }

function checkEvent(props: Prop[], uids: Map<string, number>, problems: string[]) {
  const get = (name: string) => props.find((p) => p.name === name)
  const uid = get('UID')?.value
  const label = uid ?? get('SUMMARY')?.value ?? '(unnamed event)'
  if (!uid) problems.push(`Event "${label}" has no UID.`)
  else {
    uids.set(uid, (uids.get(uid) ?? 0) + 1)
    if (uids.get(uid) === 2) problems.push(`UID ${uid} is used by more than one event.`)
  }
  if (!get('DTSTAMP')) problems.push(`Event "${label}" has no DTSTAMP.`)
  const start = get('DTSTART')
  if (!start) {
    problems.push(`Event "${label}" has no DTSTART.`)
    return
  }
  const end = get('DTEND')
  if (end && comparable(end.value) <= comparable(start.value)) {
    problems.push(`Event "${label}" ends (${end.value}) before or when it starts (${start.value}).`)
  }
  if (end && start.params.some((x) => x === 'VALUE=DATE') !== end.params.some((x) => x === 'VALUE=DATE')) {
    problems.push(`Event "${label}" mixes a DATE start with a DATE-TIME end.`)
  }
}

/** DATE and DATE-TIME values in one sortable form (same zone assumed within one event). */
function comparable(value: string): string {
  return value.length === 8 ? `${value}T000000` : value.replace(/Z$/, '')
}

/** The colon that ends the property name and parameters (quoted parameter values may hold colons). */
function indexOfValueColon(line: string): number {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted
    else if (line[i] === ':' && !quoted) return i
  }
  return line.length
}

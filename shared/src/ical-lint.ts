import { type ContentLine, contentLines, forbiddenCharacter, type PhysicalLine, physicalLines, printable, unescapeText } from './ics-lines'
import { firstInstantOf } from './time'

/**
 * Checks an iCalendar file (RFC 5545) for what parsers silently accept: ical.js and
 * node-ical take missing UIDs, undefined TZIDs, LF endings and end-before-start without a
 * word. Returns the problems found; an empty list means clean.
 */
export const lintIcs = (text: string): string[] => lintCalendar(text).problems

/** An event as the tokenizer reads it: its UID (TEXT escapes undone) and its BEGIN line. */
export interface LintedEvent {
  uid?: string
  line: number
}

/** lintIcs, also listing the events (every VEVENT, wherever it is nested) it found. */
export function lintCalendar(text: string): { problems: string[]; events: LintedEvent[] } {
  const problems: string[] = []
  const physical = physicalLines(text)
  checkLines(physical, problems)

  const props = contentLines(physical)
  const starts = props[0]?.name === 'BEGIN' && props[0].value.toUpperCase() === 'VCALENDAR'
  if (!starts) problems.push('The file does not start with BEGIN:VCALENDAR.')
  for (const p of props) {
    // A first line that is not BEGIN:VCALENDAR has just been reported.
    if (!p.valid && (starts || p !== props[0])) problems.push(`Line ${p.line}: "${printable(p.text)}" is not a valid iCalendar property line.`)
    const bad = forbiddenCharacter(p.value)
    if (bad) problems.push(`Line ${p.line}: ${p.name} holds ${bad}, which no value may hold.`)
  }
  const components = nest(props, problems)
  const calendar = components.find((c) => c.name === 'VCALENDAR')
  if (!calendar?.props.some((p) => p.name === 'VERSION' && p.value === '2.0')) problems.push('VERSION:2.0 is missing.')
  if (!calendar?.props.some((p) => p.name === 'PRODID' && p.value)) problems.push('PRODID is missing.')

  const zones = new Set(
    components.filter((c) => c.name === 'VTIMEZONE').flatMap((c) => c.props.filter((p) => p.name === 'TZID').map((p) => p.value)),
  )
  const undefinedZones: string[] = []
  const late: string[] = []
  for (const p of props) {
    const tzid = p.params.TZID
    if (tzid !== undefined && !zones.has(tzid)) undefinedZones.push(`${p.name} uses TZID ${tzid} with no VTIMEZONE for it.`)
    if (UTC_ONLY.has(p.name) && !/Z$/i.test(p.value)) late.push(`${p.name}:${p.value} must be UTC (end in Z).`)
    // A comma or semicolon in TEXT must be escaped with a backslash; one preceded by an even
    // number of backslashes (an escaped backslash) is still bare.
    if (TEXT.has(p.name) && /(^|[^\\])(\\\\)*[,;]/.test(p.value)) {
      late.push(`${p.name} has an unescaped comma or semicolon: ${p.value.slice(0, 40)}`)
    }
  }
  problems.push(...undefinedZones)

  const uids = new Map<string, number>()
  const events = components.filter((c) => c.name === 'VEVENT').sort((a, b) => a.line - b.line)
  for (const event of events) checkEvent(event.props, uids, problems)
  problems.push(...late)

  const found = events.map((event) => {
    const uid = event.props.find((p) => p.name === 'UID')?.value
    return { uid: uid === undefined ? undefined : unescapeText(uid), line: event.line }
  })
  return { problems, events: found }
}

const UTC_ONLY = new Set(['DTSTAMP', 'LAST-MODIFIED', 'CREATED'])
const TEXT = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'NAME', 'X-WR-CALNAME', 'X-WR-CALDESC'])

/** CRLF everywhere, and no physical line over 75 octets (UTF-8 bytes, not characters). */
function checkLines(lines: PhysicalLine[], problems: string[]) {
  const bare: number[] = []
  for (const { text: line, number, ending } of lines) {
    if (ending === '\n' || ending === '\r') bare.push(number)
    const octets = Buffer.byteLength(line, 'utf8')
    if (octets > 75) problems.push(`Line ${number}: ${octets} octets, longer than 75 (not folded).`)
    if (!ending) problems.push('The file does not end with CRLF.')
  }
  if (bare.length) {
    problems.push(`${bare.length} line(s) end with a bare LF or CR instead of CRLF (first: line ${bare[0]}).`)
  }
}

type Prop = ContentLine

interface Component {
  name: string
  line: number
  props: Prop[]
}

/** Groups properties by the component that directly holds them (a VALARM's are not its VEVENT's). */
function nest(props: Prop[], problems: string[]): Component[] {
  const done: Component[] = []
  const open: Component[] = []
  for (const p of props) {
    if (p.name === 'BEGIN') open.push({ name: p.value.toUpperCase(), line: p.line, props: [] })
    else if (p.name === 'END') {
      const c = open.pop()
      if (c?.name !== p.value.toUpperCase()) problems.push(`END:${p.value} does not match ${c ? `BEGIN:${c.name}` : 'any BEGIN'}.`)
      if (c) done.push(c)
    } else open.at(-1)?.props.push(p)
  }
  for (const c of open) problems.push(`BEGIN:${c.name} is never ended.`)
  // Unclosed components are still checked for everything else.
  return [...done, ...open]
}

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
  const dtstart = get('DTSTART')
  if (!dtstart) return void problems.push(`Event "${label}" has no DTSTART.`)
  const start = when(dtstart)
  if (!start) return void problems.push(`Event "${label}" has an unreadable DTSTART: ${dtstart.value}`)

  const dtend = get('DTEND')
  const duration = get('DURATION')
  if (dtend && duration) problems.push(`Event "${label}" has both DTEND and DURATION (only one is allowed).`)
  if (dtend) {
    const end = when(dtend)
    if (!end) problems.push(`Event "${label}" has an unreadable DTEND: ${dtend.value}`)
    else if (end.isDate !== start.isDate) problems.push(`Event "${label}" mixes a DATE and a DATE-TIME in DTSTART and DTEND.`)
    else if (comparable(start, end) && end.ms <= start.ms) {
      problems.push(`Event "${label}" ends (${dtend.value}) before or when it starts (${dtstart.value}).`)
    }
  } else if (duration) {
    const length = parseDuration(duration.value)
    if (!length) problems.push(`Event "${label}" has an unreadable DURATION: ${duration.value}`)
    else if (start.isDate && (length.hours || length.minutes || length.seconds)) {
      problems.push(`Event "${label}" is all-day but its DURATION (${duration.value}) is not whole days.`)
    } else if (length.negative && (length.weeks || length.days || length.hours || length.minutes || length.seconds)) {
      problems.push(`Event "${label}" has a negative DURATION (${duration.value}).`)
    }
  }
}

interface When {
  /** Milliseconds: the instant, or for floating and unknown zones the wall clock read as UTC. */
  ms: number
  isDate: boolean
  /** Which clock the value is on: 'utc', an IANA zone, or floating/unknown zones by name. */
  clock: string
  known: boolean
}

/** A DATE or DATE-TIME value on its own clock, or null if it cannot be read. */
function when(p: Prop): When | null {
  const isDate = p.params.VALUE?.toUpperCase() === 'DATE' || /^\d{8}$/.test(p.value)
  const m = (isDate ? /^(\d{4})(\d\d)(\d\d)$/ : /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)$/i).exec(p.value)
  const wall = m ? wallMillis(m.slice(1, 7).map((part) => Number(part ?? 0))) : NaN
  if (Number.isNaN(wall)) return null
  if (isDate) return { ms: wall, isDate, clock: 'date', known: true }
  const utc = Boolean(m![7])
  const tzid = p.params.TZID
  const known = utc || (tzid !== undefined && isZone(tzid))
  const ms = utc || !known ? wall : firstInstantOf(wall, tzid!)
  return { ms, isDate, clock: utc ? 'utc' : (tzid ?? 'floating'), known }
}

/** A wall-clock date and time as milliseconds on a UTC clock; NaN if there is no such time. */
function wallMillis([year, month, day, hour = 0, minute = 0, second = 0]: number[]): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second)
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return same && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second ? +date : NaN
}

const zones = new Map<string, boolean>()
/** Whether a TZID is an IANA zone name, asked of Intl once per name (not once per property). */
function isZone(name: string): boolean {
  let known = zones.get(name)
  if (known === undefined) {
    try {
      known = Boolean(new Intl.DateTimeFormat('en-GB', { timeZone: name }))
    } catch {
      known = false
    }
    zones.set(name, known)
  }
  return known
}

/** Instants on known clocks compare; otherwise only two values on the same clock do. */
function comparable(a: When, b: When): boolean {
  return (a.known && b.known && a.clock !== 'floating' && b.clock !== 'floating') || a.clock === b.clock
}

interface Duration {
  negative: boolean
  weeks: number
  days: number
  hours: number
  minutes: number
  seconds: number
}

/** RFC 5545 dur-value: [+|-]P(nW | nD[T...] | T...). */
function parseDuration(value: string): Duration | null {
  const m = /^([+-])?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/.exec(value)
  if (!m || value.endsWith('P') || value.endsWith('T')) return null
  const [weeks, days, hours, minutes, seconds] = m.slice(2, 7).map((part) => Number(part ?? 0))
  return { negative: m[1] === '-', weeks, days, hours, minutes, seconds }
}

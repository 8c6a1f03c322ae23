import ICAL from 'ical.js'
import { lintCalendar } from './ical-lint'
import { printable } from './ics-lines'

/**
 * The build's gate for one feed, before the site is switched live: the lint (the one
 * tokenizer) finds nothing, ical.js (the parser Thunderbird uses) reads it, and both find
 * exactly the events the content put in it: the same UIDs, each once, and no other. A value
 * that slipped past the writer and wrote lines of its own shows up here as an extra event.
 * Returns the problems; an empty list means the feed may go live.
 */
export function checkFeed(text: string, expectedUids: string[]): string[] {
  const { problems, events } = lintCalendar(text)
  problems.push(...compare('The lint', events.map((e) => e.uid ?? '(no UID)'), expectedUids))
  let parsed: string[]
  try {
    parsed = icalUids(text)
  } catch (error) {
    return [...problems, `ical.js cannot read it: ${(error as Error).message}`]
  }
  problems.push(...compare('ical.js', parsed, expectedUids))
  return problems
}

/** The UID of every VEVENT ical.js finds, at any depth (an injected one may be nested). */
function icalUids(text: string): string[] {
  const jcal = ICAL.parse(text) as unknown[]
  // One VCALENDAR parses to a component, several to a list of them.
  const roots = (Array.isArray(jcal[0]) ? jcal : [jcal]).map((c) => new ICAL.Component(c as unknown[]))
  const uids: string[] = []
  const walk = (component: ICAL.Component) => {
    if (component.name === 'vevent') uids.push(String(component.getFirstPropertyValue('uid') ?? '(no UID)'))
    for (const child of component.getAllSubcomponents()) walk(child)
  }
  roots.forEach(walk)
  return uids
}

const SHOWN = 5
const list = (uids: string[]) =>
  uids
    .slice(0, SHOWN)
    .map((uid) => `"${printable(uid)}"`)
    .join(', ') + (uids.length > SHOWN ? ` and ${uids.length - SHOWN} more` : '')

/** What one reader found that the content did not say, and what it did not find. */
function compare(reader: string, found: string[], expected: string[]): string[] {
  const left = new Map<string, number>()
  for (const uid of expected) left.set(uid, (left.get(uid) ?? 0) + 1)
  const extra: string[] = []
  for (const uid of found) {
    const n = left.get(uid) ?? 0
    if (n) left.set(uid, n - 1)
    else extra.push(uid)
  }
  const missing = [...left].flatMap(([uid, n]) => Array<string>(n).fill(uid))
  if (!extra.length && !missing.length) return []
  const problems = [`${reader} finds ${found.length} event(s) where the content has ${expected.length}.`]
  if (extra.length) problems.push(`${reader} finds events the content does not have: ${list(extra)}.`)
  if (missing.length) problems.push(`${reader} does not find these events of the content: ${list(missing)}.`)
  return problems
}

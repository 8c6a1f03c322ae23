import { contentLines, printable } from '@genomics-hub/shared/ics-lines'
import { IcsImportError, atLine } from './ics-errors'

/** Where one top-level VEVENT sits in the file: its BEGIN line and each property's first line. */
export interface EventLocation {
  line: number
  properties: Map<string, number>
}

const quote = (text: string) => `"${printable(text)}"`

/**
 * Checks what ical.js lets through: every line a property line, BEGIN/END paired, each
 * calendar with VERSION:2.0. Returns the location of each top-level VEVENT, in file order
 * (the order ical.js lists them), so later errors can name a line.
 */
export function scanIcs(text: string): EventLocation[] {
  const lines = contentLines(text)
  if (!lines.length || lines[0].text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    const start = lines.length ? `it starts with ${quote(lines[0].text)}` : 'it is empty'
    throw new IcsImportError(`This is not an iCalendar file: ${start}, not BEGIN:VCALENDAR.`)
  }

  const events: EventLocation[] = []
  const open: { name: string; line: number }[] = []
  let calendar: { line: number; version?: { value: string; line: number } } | undefined

  for (const { text: content, line, valid, name, value: written } of lines) {
    if (!valid) throw new IcsImportError(atLine(line, `${quote(content)} is not a valid iCalendar property line.`))
    const value = written.trim()

    if (name === 'BEGIN') {
      const component = value.toUpperCase()
      if (!open.length && component !== 'VCALENDAR') {
        throw new IcsImportError(atLine(line, `BEGIN:${component} is outside any BEGIN:VCALENDAR ... END:VCALENDAR.`))
      }
      if (!open.length) calendar = { line }
      if (component === 'VEVENT' && open.length === 1) events.push({ line, properties: new Map() })
      open.push({ name: component, line })
    } else if (name === 'END') {
      const component = value.toUpperCase()
      const top = open.pop()
      if (!top) throw new IcsImportError(atLine(line, `END:${component} has no matching BEGIN:${component}.`))
      if (top.name !== component) {
        throw new IcsImportError(atLine(line, `END:${component} does not close BEGIN:${top.name} (line ${top.line}).`))
      }
      if (!open.length) checkVersion(calendar!)
    } else if (!open.length) {
      throw new IcsImportError(atLine(line, `${quote(content)} is outside BEGIN:VCALENDAR ... END:VCALENDAR.`))
    } else if (open.length === 1 && name === 'VERSION') {
      calendar!.version ??= { value, line }
    } else if (open.length === 2 && open[1].name === 'VEVENT' && !events.at(-1)!.properties.has(name)) {
      events.at(-1)!.properties.set(name, line)
    }
  }
  const unclosed = open.at(-1)
  if (unclosed) {
    throw new IcsImportError(atLine(unclosed.line, `BEGIN:${unclosed.name} is never closed (no END:${unclosed.name}).`))
  }
  return events
}

function checkVersion(calendar: { line: number; version?: { value: string; line: number } }) {
  if (!calendar.version) {
    throw new IcsImportError(
      atLine(calendar.line, 'The file has no "VERSION:2.0" line, so it is not a complete iCalendar (.ics) file.'),
    )
  }
  if (calendar.version.value !== '2.0') {
    throw new IcsImportError(
      atLine(calendar.version.line, `VERSION:${calendar.version.value} is not iCalendar 2.0; only VERSION:2.0 files can be imported.`),
    )
  }
}

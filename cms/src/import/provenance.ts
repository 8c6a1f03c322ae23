import type { ParsedEvent } from './parse-ics'

/** Where an imported event came from: the `importSource` group of an event. */
export interface ImportSource {
  /** The file name, or the address it was downloaded from. */
  source: string
  uid: string
  sequence: number
  /** LAST-MODIFIED, else DTSTAMP, as an ISO instant. */
  modified?: string | null
  importedAt: string
}

export function importSourceOf(event: ParsedEvent, source: string, importedAt: string): ImportSource {
  return { source, uid: event.uid, sequence: event.sequence, modified: event.modified ?? null, importedAt }
}

type Version = { sequence?: number | null; modified?: string | null }

const hasSequence = (v: Version | null | undefined): v is Version & { sequence: number } => typeof v?.sequence === 'number'

/**
 * Why the incoming copy of an event is older than the stored one, or undefined when it is not:
 * a lower SEQUENCE, or the same SEQUENCE and an earlier LAST-MODIFIED/DTSTAMP (RFC 5546's
 * order). An event never imported before (nothing stored) is never older.
 */
export function olderBecause(incoming: Version, stored: Version | null | undefined): string | undefined {
  if (!hasSequence(stored) || !hasSequence(incoming)) return undefined
  if (incoming.sequence < stored.sequence) {
    return `its SEQUENCE ${incoming.sequence} is lower than the ${stored.sequence} already imported`
  }
  if (incoming.sequence > stored.sequence || !incoming.modified || !stored.modified) return undefined
  if (Date.parse(incoming.modified) < Date.parse(stored.modified)) {
    return `it was last changed ${incoming.modified}, before the copy already imported (${new Date(stored.modified).toISOString()})`
  }
  return undefined
}

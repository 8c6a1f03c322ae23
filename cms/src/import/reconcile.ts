import type { Payload, PayloadRequest } from 'payload'
import { londonDateOf } from '@genomics-hub/shared/time'
import type { ParsedCalendar } from './parse-ics'

type Doc = Record<string, any>

export interface Reconciliation {
  /** Occurrences of a series in the file that the file no longer makes: to be cancelled. */
  cancel: Doc[]
  /** Occurrences it no longer makes but that stay, and why (the stored copy is newer). */
  kept: { doc: Doc; reason: string }[]
  /** Events from the same source, still to come, that the file no longer has: reported only. */
  missing: Doc[]
}

const docs = async (payload: Payload, req: PayloadRequest, where: Doc) =>
  (await payload.find({ collection: 'events', where, pagination: false, depth: 0, draft: true, overrideAccess: true, req })).docs as Doc[]

/** "YYYYMMDD" (or "YYYYMMDDTHHMMSSZ") after the series UID, as YYYY-MM-DD. */
function occurrenceDate(uid: string, seriesUid: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z)?$/.exec(uid.slice(seriesUid.length + 1))
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined
}

const endsOnOrAfter = (doc: Doc, day: string) =>
  (doc.allDay ? String(doc.endDate ?? doc.startDate) : londonDateOf(String(doc.end ?? doc.start))) >= day

/**
 * What a re-import means for events it does not bring:
 *
 * - An occurrence (`<series UID>/<date>`) of a recurring event whose rule is in the file, dated
 *   inside the window the file was expanded in, that the file no longer makes (an EXDATE
 *   added, UNTIL or COUNT cut back) has been removed from the series: it is cancelled, unless
 *   the stored copy is newer than the file's series (the file is an older export; then
 *   `staleSeries` holds it) or was changed in the source after the file's series was.
 * - Any other event imported before from the same source that is still to come and not in
 *   the file is reported and left alone: exports often cover a date range or one calendar of
 *   several, so absence alone does not mean it was cancelled.
 */
export async function reconcile(
  payload: Payload,
  req: PayloadRequest,
  calendar: ParsedCalendar,
  options: { source?: string; produced: Set<string>; staleSeries: Set<string>; today: string },
): Promise<Reconciliation> {
  const result: Reconciliation = { cancel: [], kept: [], missing: [] }
  const handled = new Set<string>()
  const { startDate, endDate } = calendar.window
  for (const series of calendar.series) {
    const stored = (await docs(payload, req, { uid: { contains: `${series.uid}/` } })).filter((doc) =>
      String(doc.uid).startsWith(`${series.uid}/`),
    )
    for (const doc of stored) {
      handled.add(doc.uid)
      const day = occurrenceDate(doc.uid, series.uid)
      // At the window's edges an occurrence may be in or out by time of day: leave those.
      if (options.produced.has(doc.uid) || !day || day <= startDate || day >= endDate || doc.status === 'cancelled') continue
      const storedModified = doc.importSource?.modified
      if (options.staleSeries.has(series.uid)) {
        result.kept.push({ doc, reason: 'the file is an older copy of its series than the one already imported' })
      } else if (storedModified && series.modified && Date.parse(storedModified) > Date.parse(series.modified)) {
        result.kept.push({ doc, reason: `it was changed in the source (${new Date(storedModified).toISOString()}) after this file's series (${series.modified})` })
      } else {
        result.cancel.push(doc)
      }
    }
  }
  if (options.source) {
    for (const doc of await docs(payload, req, { 'importSource.source': { equals: options.source } })) {
      if (handled.has(doc.uid) || options.produced.has(doc.uid) || doc.status === 'cancelled') continue
      if (endsOnOrAfter(doc, options.today)) result.missing.push(doc)
    }
  }
  return result
}

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { todayIn } from '@genomics-hub/shared/time'
import { freeSlug } from './event-slug'
import { firstDay, toEventData } from './event-data'
import { IcsImportError, atLine } from './ics-errors'
import { type ParsedEvent, type ParseIcsOptions, parseCalendar } from './parse-ics'
import { importSourceOf, olderBecause } from './provenance'
import { reconcile } from './reconcile'

type Doc = Record<string, any>

export type ImportAction = 'created' | 'updated' | 'skipped' | 'cancelled' | 'kept' | 'missing'

export interface ImportedEvent {
  uid: string
  title: string
  action: ImportAction
  /** Why it was skipped, cancelled, kept or reported. */
  reason?: string
}

export interface ImportResult {
  created: number
  updated: number
  /** Entries older than the copy already imported: not written. */
  skipped: number
  /** Occurrences the file's series no longer has: cancelled. */
  cancelled: number
  /** Events from the same source still to come that the file no longer has: left alone. */
  missing: number
  events: ImportedEvent[]
  /** Whether the public site needs a rebuild (published events written or cancelled). */
  changesLiveSite: boolean
}

export interface ImportOptions extends ParseIcsOptions {
  /** Publish the events (otherwise drafts). */
  publish?: boolean
  /** An admin upload's request: the import joins its transaction. */
  req?: PayloadRequest
  /** The file name or address, kept on each event and used to notice events that vanished. */
  source?: string
}

type Write =
  | { kind: 'create'; event: ParsedEvent; data: Record<string, unknown> }
  | { kind: 'update'; event: ParsedEvent; id: number | string; data: Record<string, unknown> }
  | { kind: 'cancel'; doc: Doc; published: boolean }

const name = (title: string, uid: string, line?: number) => atLine(line, `Event "${title}" (UID ${uid})`)

/** One line of a summary: "3 created, 1 updated, ..." (zero counts left out but the first two). */
export function summarise(result: ImportResult): string {
  const parts = [`${result.created} created`, `${result.updated} updated`]
  if (result.skipped) parts.push(`${result.skipped} skipped (older than the copy already imported)`)
  if (result.cancelled) parts.push(`${result.cancelled} cancelled (no longer in their series)`)
  if (result.missing) parts.push(`${result.missing} no longer in the file (left unchanged)`)
  return parts.join(', ')
}

/**
 * Creates or updates events from an .ics file, matched by UID (re-importing duplicates
 * nothing), keeping on each where it came from. Skips entries older than the copy already
 * imported; cancels occurrences a series no longer has; reports events of the same source
 * that vanished. Imported events are drafts unless `publish` is set. No rebuild per event:
 * the caller rebuilds once for the whole file when `changesLiveSite`.
 *
 * All or nothing: everything is read and checked first (the file, slugs, what is stored),
 * then written in one transaction (SQLite, MongoDB replica sets). A MongoDB standalone server
 * has no transactions: a write that fails there (rare once the checks pass) leaves the
 * events before it saved, and the error says so.
 */
export async function importIcs(payload: Payload, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const calendar = parseCalendar(text, options)
  const publish = Boolean(options.publish)
  const importedAt = (options.now ?? new Date()).toISOString()
  const today = todayIn(undefined, options.now)
  // Inside an admin upload, share its request and transaction; from the command line, make one.
  const req = options.req ?? (await createLocalReq({}, payload))
  req.context = { ...req.context, skipPublishHooks: true }
  const ownTransaction = await initTransaction(req)
  const transactional = Boolean(req.transactionID) // false on a MongoDB standalone server
  const result: ImportResult = { created: 0, updated: 0, skipped: 0, cancelled: 0, missing: 0, events: [], changesLiveSite: false }
  let written = 0
  try {
    const writes = await plan(payload, req, calendar, { ...options, publish, importedAt, today }, result)
    for (const write of writes) {
      await apply(payload, req, write, publish)
      written++
    }
    result.changesLiveSite = (publish && result.created + result.updated > 0) || writes.some((w) => w.kind === 'cancel' && w.published)
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw failure(error, transactional ? 0 : written)
  }
}

/** Reads what is stored and decides every write, before the first one. */
async function plan(
  payload: Payload,
  req: PayloadRequest,
  calendar: ReturnType<typeof parseCalendar>,
  options: ImportOptions & { publish: boolean; importedAt: string; today: string },
  result: ImportResult,
): Promise<Write[]> {
  const source = options.source ?? 'calendar file'
  const stored = await storedByUid(payload, req, calendar.events.map((e) => e.uid))
  const planned = new Set<string>()
  const isTaken = async (slug: string) =>
    (await payload.count({ collection: 'events', where: { slug: { equals: slug } }, overrideAccess: true, req })).totalDocs > 0
  const writes: Write[] = []
  const staleSeries = new Set<string>()
  for (const event of calendar.events) {
    const doc = stored.get(event.uid)
    const data = toEventData(event, options.publish, importSourceOf(event, source, options.importedAt))
    if (doc) {
      const older = olderBecause(event, doc.importSource)
      if (older) {
        if (event.seriesUid) staleSeries.add(event.seriesUid)
        result.skipped++
        result.events.push({ uid: event.uid, title: event.title, action: 'skipped', reason: older })
        continue
      }
      writes.push({ kind: 'update', event, id: doc.id, data })
      result.updated++
      result.events.push({ uid: event.uid, title: event.title, action: 'updated' })
    } else {
      let slug: string
      try {
        slug = await freeSlug(event.title, firstDay(event), event.uid, planned, isTaken)
      } catch (error) {
        throw new IcsImportError(`${name(event.title, event.uid, event.source.line)} cannot be given a page address: ${(error as Error).message}.`)
      }
      writes.push({ kind: 'create', event, data: { ...data, slug } })
      result.created++
      result.events.push({ uid: event.uid, title: event.title, action: 'created' })
    }
  }

  const produced = new Set(calendar.events.map((e) => e.uid))
  const { cancel, kept, missing } = await reconcile(payload, req, calendar, { source: options.source, produced, staleSeries, today: options.today })
  for (const doc of cancel) {
    writes.push({ kind: 'cancel', doc, published: doc._status === 'published' })
    result.cancelled++
    result.events.push({ uid: doc.uid, title: doc.title, action: 'cancelled', reason: 'its series in the file no longer has this date' })
  }
  for (const { doc, reason } of kept) {
    result.events.push({ uid: doc.uid, title: doc.title, action: 'kept', reason: `no longer in its series in the file, but not cancelled: ${reason}` })
  }
  for (const doc of missing) {
    result.missing++
    result.events.push({ uid: doc.uid, title: doc.title, action: 'missing', reason: `imported before from ${options.source}, not in this file; left unchanged` })
  }
  return writes
}

/** The latest version (draft or published) of each stored event with one of these UIDs. */
async function storedByUid(payload: Payload, req: PayloadRequest, uids: string[]): Promise<Map<string, Doc>> {
  const found = new Map<string, Doc>()
  for (let i = 0; i < uids.length; i += 200) {
    const { docs } = await payload.find({
      collection: 'events',
      where: { uid: { in: uids.slice(i, i + 200) } },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Doc[]) found.set(doc.uid, doc)
  }
  return found
}

async function apply(payload: Payload, req: PayloadRequest, write: Write, publish: boolean): Promise<void> {
  const common = { collection: 'events' as const, overrideAccess: true, req, depth: 0 }
  try {
    if (write.kind === 'create') await payload.create({ ...common, data: write.data as never, draft: !publish })
    else if (write.kind === 'update') await payload.update({ ...common, id: write.id, data: write.data as never, draft: !publish })
    // Cancelling changes the status, so the event's SEQUENCE goes up and subscribers update.
    else await payload.update({ ...common, id: write.doc.id, data: { status: 'cancelled', _status: write.published ? 'published' : 'draft' } as never, draft: !write.published })
  } catch (error) {
    const event = write.kind === 'cancel' ? { title: write.doc.title, uid: write.doc.uid } : { ...write.event, line: write.event.source.line }
    const detail = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    const why = detail?.length ? detail.map((e) => `${e.path}: ${e.message}`).join('; ') : (error as Error).message
    throw new IcsImportError(`${name(event.title, event.uid, 'line' in event ? event.line : undefined)} could not be saved: ${why}`)
  }
}

/** The error to show: "Nothing was imported" only when that is true. */
function failure(error: unknown, savedWithoutTransaction: number): Error {
  const message = (error as Error).message
  if (!(error instanceof IcsImportError)) return new IcsImportError(`Nothing was imported: ${message}`)
  if (savedWithoutTransaction) {
    return new IcsImportError(
      `Import stopped. ${message} The ${savedWithoutTransaction} event(s) before it were saved (this database has no transactions): fix the file and import it again; events are matched by UID, so nothing is duplicated.`,
    )
  }
  return message.startsWith('Line ') || message.startsWith('Event ') ? new IcsImportError(`Nothing was imported. ${message}`) : error
}

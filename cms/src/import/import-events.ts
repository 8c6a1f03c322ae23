import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { checkHttpUrl } from '@genomics-hub/shared/safe-url'
import { slugify } from '@genomics-hub/shared/slug'
import { richText } from '../seed/lexical'
import { type ParsedEvent, parseIcs } from './parse-ics'

export interface ImportResult {
  created: number
  updated: number
  events: { uid: string; title: string; action: 'created' | 'updated' }[]
}

const ZONE = 'Europe/London'

function firstDay(event: ParsedEvent): string {
  return event.timing.allDay ? event.timing.startDate : event.timing.start.slice(0, 10)
}

/** The event document for one parsed calendar entry. */
function toEventData(event: ParsedEvent, publish: boolean): Record<string, unknown> {
  const link = event.url && checkHttpUrl(event.url) === true ? event.url : undefined
  const online = !event.location || /^(https?:|online|microsoft teams|zoom)/i.test(event.location)
  const description = event.description?.split(/\n{2,}/).filter(Boolean) ?? []
  return {
    title: event.title,
    summary: (event.description ?? event.title).replace(/\s+/g, ' ').slice(0, 400),
    description: description.length ? richText(...description) : undefined,
    ...(event.timing.allDay
      ? { allDay: true, startDate: event.timing.startDate, endDate: event.timing.endDate, start: null, end: null }
      : { allDay: false, start: event.timing.start, end: event.timing.end, start_tz: ZONE, end_tz: ZONE, startDate: null, endDate: null }),
    format: online ? 'online' : 'in-person',
    venue: online ? undefined : event.location,
    onlineNote: online && event.location ? event.location : undefined,
    bookingUrl: link,
    status: event.status,
    uid: event.uid,
    sequence: event.sequence,
    _status: publish ? 'published' : 'draft',
  }
}

/**
 * Creates or updates events from an .ics file, matched by UID (re-importing duplicates
 * nothing). All in one transaction: a bad file, or a bad event in it, writes nothing.
 * Imported events are drafts unless `publish` is set. No rebuild per event: the caller
 * rebuilds once for the whole file.
 */
export async function importIcs(
  payload: Payload,
  source: string,
  options: { publish?: boolean; req?: PayloadRequest } = {},
): Promise<ImportResult> {
  const parsed = parseIcs(source)
  const publish = Boolean(options.publish)
  // Inside an admin upload, share its request and transaction; from the command line, make one.
  const req = options.req ?? (await createLocalReq({}, payload))
  req.context = { ...req.context, skipPublishHooks: true }
  const ownTransaction = await initTransaction(req)
  const result: ImportResult = { created: 0, updated: 0, events: [] }
  try {
    for (const event of parsed) {
      const data = toEventData(event, publish)
      const existing = await payload.find({
        collection: 'events',
        where: { uid: { equals: event.uid } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      const doc = existing.docs[0]
      if (doc) {
        await payload.update({ collection: 'events', id: doc.id, data: data as never, draft: !publish, overrideAccess: true, req, depth: 0 })
        result.updated++
        result.events.push({ uid: event.uid, title: event.title, action: 'updated' })
      } else {
        let slug = `${slugify(event.title)}-${firstDay(event)}`
        const taken = await payload.count({ collection: 'events', where: { slug: { equals: slug } }, overrideAccess: true, req })
        if (taken.totalDocs) slug = `${slug}-${slugify(event.uid).slice(-6)}`
        await payload.create({ collection: 'events', data: { ...data, slug } as never, draft: !publish, overrideAccess: true, req, depth: 0 })
        result.created++
        result.events.push({ uid: event.uid, title: event.title, action: 'created' })
      }
    }
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    const detail = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (detail?.length) {
      throw new Error(`Nothing was imported: ${detail.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
    }
    throw error
  }
}

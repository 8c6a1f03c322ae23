import { checkHttpUrl } from '@genomics-hub/shared/safe-url'
import { LONDON } from '@genomics-hub/shared/time'
import { richText } from '../rich-text'
import { londonDate } from './ics-time'
import type { ParsedEvent } from './parse-ics'
import type { ImportSource } from './provenance'

/** Online events need joining instructions; a calendar entry with no LOCATION gives none. */
export const NO_JOINING_NOTE = 'Ask the organiser how to join: the calendar this event came from did not say.'

/** The London date an event starts on (slugs carry it). */
export function firstDay(event: ParsedEvent): string {
  return event.timing.allDay ? event.timing.startDate : londonDate(Date.parse(event.timing.start))
}

/** The event document for one parsed calendar entry. */
export function toEventData(event: ParsedEvent, publish: boolean, importSource: ImportSource): Record<string, unknown> {
  const link = event.url && checkHttpUrl(event.url) === true ? event.url : undefined
  const online = !event.location || /^(https?:|online|microsoft teams|zoom)/i.test(event.location)
  const description = event.description?.split(/\n{2,}/).filter(Boolean) ?? []
  return {
    title: event.title,
    summary: (event.description ?? event.title).replace(/\s+/g, ' ').slice(0, 400),
    description: description.length ? richText(...description) : undefined,
    ...(event.timing.allDay
      ? { allDay: true, startDate: event.timing.startDate, endDate: event.timing.endDate, start: null, end: null }
      : { allDay: false, start: event.timing.start, end: event.timing.end, start_tz: LONDON, end_tz: LONDON, startDate: null, endDate: null }),
    format: online ? 'online' : 'in-person',
    venue: online ? undefined : event.location,
    onlineNote: online ? (event.location ?? NO_JOINING_NOTE) : undefined,
    bookingUrl: link,
    status: event.status,
    uid: event.uid,
    sequence: event.sequence,
    importSource,
    _status: publish ? 'published' : 'draft',
  }
}

import type { HubEvent } from '@genomics-hub/shared/content'
import { checkHttpUrl } from '@genomics-hub/shared/safe-url'
import { instantWithOffset } from '@genomics-hub/shared/time'
import { absoluteUrl, paths } from '@genomics-hub/shared/urls'

const ATTENDANCE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const

const safe = (url: string | undefined) => (url && checkHttpUrl(url) === true ? url : undefined)

/**
 * Where people join online: a link in the joining instructions, else the booking page (which
 * sends the joining link). Never the event page itself, which is not where anyone joins.
 */
export function joinUrl(event: HubEvent): string | undefined {
  const inNote = event.onlineNote?.match(/https?:\/\/[^\s<>"')]+/)?.[0]?.replace(/[.,;:]+$/, '')
  return safe(inNote) ?? safe(event.bookingUrl)
}

/** schema.org Event, so search engines show the date, place, attendance mode and status. */
export function eventJsonLd(event: HubEvent, siteUrl: string, zone: string): Record<string, unknown> {
  const place = { '@type': 'Place', name: event.venue ?? 'To be confirmed', address: event.address ?? event.venue ?? '' }
  const url = joinUrl(event)
  const virtual = url ? { '@type': 'VirtualLocation', url } : { '@type': 'VirtualLocation' }
  const location = { 'in-person': place, online: virtual, hybrid: [place, virtual] }[event.format]
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.allDay ? event.startDate : instantWithOffset(event.start, zone),
    endDate: event.allDay ? event.endDate : instantWithOffset(event.end, zone),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: ATTENDANCE[event.format],
    location,
    organizer: { '@type': 'Organization', name: event.organiser ?? 'Genomic Laboratory Hub' },
    url: absoluteUrl(siteUrl, paths.event(event.slug)),
  }
}

/** The JSON for a <script> element: a "</script>" inside the text must not end it. */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')

import type { HubEvent } from './content'
import { stripHtml } from './html'
import { LONDON } from './time'
import { DateTime } from 'luxon'

/** The site's public URLs: bookmarks and calendar subscriptions depend on every one. */
export const paths = {
  home: '/',
  library: '/library/',
  resource: (slug: string) => `/library/${slug}/`,
  guidance: (slug: string) => `/guidance/${slug}/`,
  events: '/events/',
  month: (month: string) => `/events/month/${month}/`,
  event: (slug: string) => `/events/${slug}/`,
  eventIcs: (slug: string) => `/events/${slug}.ics`,
  feed: '/events.ics',
  categoryFeed: (slug: string) => `/events/category/${slug}.ics`,
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

export interface SubscribeLinks {
  webcal: string
  google: string
  outlook365: string
  outlookCom: string
  download: string
}

/** Ways to subscribe to a feed from the common calendar apps. */
export function subscribeLinks(siteUrl: string, feedPath: string, name: string): SubscribeLinks {
  const download = absoluteUrl(siteUrl, feedPath)
  const webcal = download.replace(/^https?:/, 'webcal:')
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString()
  return {
    webcal,
    google: `https://calendar.google.com/calendar/r?${q({ cid: webcal })}`,
    outlook365: `https://outlook.office.com/calendar/0/addfromweb?${q({ url: download, name })}`,
    outlookCom: `https://outlook.live.com/calendar/0/addfromweb?${q({ url: download, name })}`,
    download,
  }
}

export interface AddToCalendarLinks {
  ics: string
  google: string
  /** Outlook on the web for work and school (Microsoft 365) accounts. */
  outlook365: string
  /** Outlook.com (personal Microsoft accounts). */
  outlookCom: string
}

/** One event into Google Calendar or Outlook on the web, or as an .ics download. */
export function addToCalendarLinks(event: HubEvent, siteUrl: string, zone = LONDON): AddToCalendarLinks {
  const details = `${event.summary}\n\n${absoluteUrl(siteUrl, paths.event(event.slug))}`
  const where = event.format === 'online' ? 'Online' : [event.venue, event.address].filter(Boolean).join(', ')
  const compact = (d: DateTime, withTime: boolean) => d.toFormat(withTime ? "yyyyLLdd'T'HHmmss" : 'yyyyLLdd')
  let googleDates: string
  let outlookStart: string
  let outlookEnd: string
  if (event.allDay) {
    const start = DateTime.fromISO(event.startDate, { zone })
    const endExclusive = DateTime.fromISO(event.endDate, { zone }).plus({ days: 1 })
    googleDates = `${compact(start, false)}/${compact(endExclusive, false)}`
    outlookStart = event.startDate
    outlookEnd = endExclusive.toFormat('yyyy-MM-dd')
  } else {
    const start = DateTime.fromISO(event.start, { zone: 'utc' }).setZone(zone)
    const end = DateTime.fromISO(event.end, { zone: 'utc' }).setZone(zone)
    googleDates = `${compact(start, true)}/${compact(end, true)}`
    outlookStart = start.toISO({ suppressMilliseconds: true })!
    outlookEnd = end.toISO({ suppressMilliseconds: true })!
  }
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: googleDates,
    ctz: zone,
    details: stripHtml(details),
    location: where,
  })
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: outlookStart,
    enddt: outlookEnd,
    allday: String(event.allDay),
    body: details,
    location: where,
  })
  return {
    ics: absoluteUrl(siteUrl, paths.eventIcs(event.slug)),
    google: `https://calendar.google.com/calendar/render?${google.toString()}`,
    // The same compose deep link on both Outlook hosts: an account lives on one or the other.
    outlook365: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook.toString()}`,
    outlookCom: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook.toString()}`,
  }
}

import { getCollection } from 'astro:content'
import type { GuidancePage, HubEvent, Resource, Term } from '@genomics-hub/shared/content'
import { eventDates, formatEventWhen, monthOf, publishedMonths } from '@genomics-hub/shared/time'
import { publishedTimezone } from '../content/published'
import { buildDate } from './build-date'

/**
 * Everything pages need, worked out once per build (not per page): events by London date,
 * the published month window, upcoming events, library facets.
 */
export interface Catalogue {
  zone: string
  today: string
  siteUrl: string
  events: HubEvent[]
  eventsByDate: Map<string, HubEvent[]>
  eventsByMonth: Map<string, HubEvent[]>
  months: string[]
  upcoming: HubEvent[]
  /** London dates each event covers, worked out once. */
  datesOf: (event: HubEvent) => string[]
  categories: Term[]
  resources: Resource[]
  topics: Term[]
  guidance: GuidancePage[]
}

let built: Promise<Catalogue> | undefined

const startKey = (e: HubEvent) => (e.allDay ? `${e.startDate}T00:00` : e.start)

async function build(): Promise<Catalogue> {
  const zone = publishedTimezone()
  const today = buildDate(process.env, zone)
  const events = (await getCollection('events')).map((e) => e.data as unknown as HubEvent)
  events.sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.title.localeCompare(b.title))

  const eventsByDate = new Map<string, HubEvent[]>()
  const eventsByMonth = new Map<string, HubEvent[]>()
  const datesByEvent = new Map<HubEvent, string[]>()
  for (const event of events) {
    const dates = eventDates(event, zone)
    datesByEvent.set(event, dates)
    for (const date of dates) {
      push(eventsByDate, date, event)
    }
    for (const month of new Set(dates.map(monthOf))) {
      push(eventsByMonth, month, event)
    }
  }

  const resources = (await getCollection('resources')).map((e) => e.data as unknown as Resource)
  resources.sort((a, b) => Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title))
  const guidance = (await getCollection('guidance')).map((e) => e.data as unknown as GuidancePage)
  guidance.sort((a, b) => a.navOrder - b.navOrder || a.title.localeCompare(b.title))

  return {
    zone,
    today,
    siteUrl: (import.meta.env.SITE as string).replace(/\/$/, ''),
    events,
    eventsByDate,
    eventsByMonth,
    months: publishedMonths([...eventsByMonth.keys()], today),
    upcoming: events.filter((e) => datesByEvent.get(e)!.at(-1)! >= today),
    datesOf: (event) => datesByEvent.get(event) ?? eventDates(event, zone),
    categories: (await getCollection('eventCategories')).map((e) => e.data as unknown as Term),
    resources,
    topics: (await getCollection('topics')).map((e) => e.data as unknown as Term),
    guidance,
  }
}

const wording = new WeakMap<HubEvent, string>()

/** "Tuesday 3 March 2026, 10:00 to 12:30": the same words on every page, worked out once. */
export function whenOf(event: HubEvent): string {
  let text = wording.get(event)
  if (text === undefined) wording.set(event, (text = formatEventWhen(event, publishedTimezone())))
  return text
}

export function catalogue(): Promise<Catalogue> {
  built ??= build()
  return built
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

import type { HubEvent, Term } from '@genomics-hub/shared/content'
import type { FeedOptions } from '@genomics-hub/shared/ical'
import { paths } from '@genomics-hub/shared/urls'

/** What the feeds are built from: the site's content, or (in the benchmark) an export. */
export interface FeedSource {
  events: HubEvent[]
  categories: Term[]
  siteUrl: string
  zone: string
}

/** The whole training calendar, cancelled events included (marked), for subscribers. */
export const calendarFeed = (hub: FeedSource): FeedOptions => ({
  name: 'Genomics training calendar',
  description: 'Genomics education and training events for healthcare professionals',
  events: hub.events,
  siteUrl: hub.siteUrl,
  timezone: hub.zone,
})

/** One category's events as its own feed. */
export const categoryFeed = (hub: FeedSource, category: Term): FeedOptions => ({
  name: `Genomics training: ${category.name}`,
  description: category.description ?? `Genomics education and training events for healthcare professionals: ${category.name}`,
  events: hub.events.filter((e) => e.category?.slug === category.slug),
  siteUrl: hub.siteUrl,
  timezone: hub.zone,
})

/** One event as an .ics download (the same UID as in the feeds, so it updates, not duplicates). */
export const eventFeed = (hub: FeedSource, event: HubEvent): FeedOptions => ({
  name: event.title,
  description: event.summary || event.title,
  events: [event],
  siteUrl: hub.siteUrl,
  timezone: hub.zone,
})

/** Every feed the site publishes, with the path it is published at. */
export const allFeeds = (hub: FeedSource): { path: string; options: FeedOptions }[] => [
  { path: paths.feed, options: calendarFeed(hub) },
  ...hub.categories.map((category) => ({ path: paths.categoryFeed(category.slug), options: categoryFeed(hub, category) })),
  ...hub.events.map((event) => ({ path: paths.eventIcs(event.slug), options: eventFeed(hub, event) })),
]

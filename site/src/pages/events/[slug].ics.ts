import type { APIRoute, GetStaticPaths } from 'astro'
import type { HubEvent } from '@genomics-hub/shared/content'
import { buildFeed } from '@genomics-hub/shared/ical'
import { catalogue } from '../../lib/catalogue'

export const getStaticPaths = (async () => {
  const hub = await catalogue()
  return hub.events.map((event) => ({ params: { slug: event.slug }, props: { event } }))
}) satisfies GetStaticPaths

/** One event as an .ics download (the same UID as in the feeds, so it updates, not duplicates). */
export const GET: APIRoute = async ({ props }) => {
  const hub = await catalogue()
  const event = props.event as HubEvent
  const body = buildFeed({ name: event.title, description: event.summary || event.title, events: [event], siteUrl: hub.siteUrl, timezone: hub.zone })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

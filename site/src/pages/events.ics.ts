import type { APIRoute } from 'astro'
import { buildFeed } from '@genomics-hub/shared/ical'
import { catalogue } from '../lib/catalogue'

/** The whole training calendar, cancelled events included (marked), for subscribers. */
export const GET: APIRoute = async () => {
  const hub = await catalogue()
  const body = buildFeed({
    name: 'Genomics training calendar',
    description: 'Genomics education and training events for healthcare professionals',
    events: hub.events,
    siteUrl: hub.siteUrl,
    timezone: hub.zone,
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

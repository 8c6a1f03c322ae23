import type { APIRoute, GetStaticPaths } from 'astro'
import type { Term } from '@genomics-hub/shared/content'
import { buildFeed } from '@genomics-hub/shared/ical'
import { catalogue } from '../../../lib/catalogue'

export const getStaticPaths = (async () => {
  const hub = await catalogue()
  return hub.categories.map((category) => ({ params: { slug: category.slug }, props: { category } }))
}) satisfies GetStaticPaths

/** One category's events as its own feed. */
export const GET: APIRoute = async ({ props }) => {
  const hub = await catalogue()
  const category = props.category as Term
  const body = buildFeed({
    name: `Genomics training: ${category.name}`,
    description: category.description ?? `Genomics education and training events for healthcare professionals: ${category.name}`,
    events: hub.events.filter((e) => e.category?.slug === category.slug),
    siteUrl: hub.siteUrl,
    timezone: hub.zone,
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

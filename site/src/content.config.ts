import { defineCollection } from 'astro:content'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { readPublished } from './content/published'

/** One loader over the published-content export feeds every collection. */
const fromExport = (key: keyof Omit<PublishedContent, 'exportedAt' | 'timezone' | 'mediaDir' | 'overview'>) =>
  defineCollection({
    loader: async () => readPublished()[key].map((item) => ({ ...item, id: item.slug })),
  })

/** The home page's overview: one entry, or none until the hub publishes it. */
const overview = defineCollection({
  loader: async () => {
    const published = readPublished().overview
    return published ? [{ ...published, id: 'overview' }] : []
  },
})

export const collections = {
  events: fromExport('events'),
  resources: fromExport('resources'),
  guidance: fromExport('guidance'),
  topics: fromExport('topics'),
  eventCategories: fromExport('eventCategories'),
  overview,
}

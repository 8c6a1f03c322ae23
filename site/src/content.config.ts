import { defineCollection } from 'astro:content'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { readPublished } from './content/published'

/** One loader over the published-content export feeds every collection. */
const fromExport = (key: keyof Omit<PublishedContent, 'exportedAt' | 'timezone' | 'mediaDir'>) =>
  defineCollection({
    loader: async () => readPublished()[key].map((item) => ({ ...item, id: item.slug })),
  })

export const collections = {
  events: fromExport('events'),
  resources: fromExport('resources'),
  guidance: fromExport('guidance'),
  topics: fromExport('topics'),
  eventCategories: fromExport('eventCategories'),
}

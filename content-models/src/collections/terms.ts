import type { CollectionConfig } from 'payload'
import { anyone, editorsOnly } from '../access'
import { slugField } from '../fields/slug'

/** A simple taxonomy (name, slug, description) managed by editors and public to all. */
function termsCollection(slug: string, singular: string, plural: string, description: string): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy', description },
    access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
    defaultSort: 'name',
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      slugField({ from: 'name' }),
      { name: 'description', type: 'textarea' },
    ],
  }
}

export const topicsCollection = () =>
  termsCollection('topics', 'Topic', 'Topics', 'Topics used to filter the library.')

export const eventCategoriesCollection = () =>
  termsCollection('event-categories', 'Event category', 'Event categories', 'Each category has its own calendar feed.')

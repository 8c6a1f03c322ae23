import type { CollectionConfig } from 'payload'
import { draftedContentAccess } from '../access'
import { contributorsSaveDraftsOnly } from '../hooks/contributor-drafts'
import { DRAFTS_WITH_SCHEDULING } from '../options'
import { httpUrlField } from '../fields/http-url'
import { calendarDateField } from '../fields/london-date'
import { slugField } from '../fields/slug'

/** Guidance pages (how to order a test, getting results...): clinical content with review dates. */
export function guidanceCollection(): CollectionConfig {
  return {
    slug: 'guidance',
    labels: { singular: 'Guidance page', plural: 'Guidance pages' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'owner', 'nextReview', '_status'],
      group: 'Content',
    },
    access: draftedContentAccess,
    versions: DRAFTS_WITH_SCHEDULING,
    defaultSort: 'navOrder',
    hooks: { beforeOperation: [contributorsSaveDraftsOnly] },
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField(),
      { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
      { name: 'body', type: 'richText', required: true },
      {
        name: 'furtherReading',
        label: 'Further reading',
        type: 'array',
        labels: { singular: 'Link', plural: 'Links' },
        fields: [
          { name: 'label', type: 'text', required: true },
          httpUrlField('url', { label: 'Web address', required: true }),
          { name: 'publisher', type: 'text' },
        ],
      },
      {
        name: 'owner',
        label: 'Content owner',
        type: 'text',
        required: true,
        admin: { position: 'sidebar', description: 'The team or clinician responsible for this page.' },
      },
      calendarDateField('lastReviewed', 'Last reviewed', { required: true, admin: { position: 'sidebar' } }),
      calendarDateField('nextReview', 'Next review due', {
        required: true,
        after: { field: 'lastReviewed', label: 'Last reviewed' },
        admin: { position: 'sidebar' },
      }),
      {
        name: 'navOrder',
        label: 'Navigation order',
        type: 'number',
        defaultValue: 0,
        admin: { position: 'sidebar', description: 'Lower numbers come first in the guidance menu.' },
      },
    ],
  }
}

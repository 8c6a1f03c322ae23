import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { draftedContentAccess } from '../access'
import { contributorsSaveDraftsOnly } from '../hooks/contributor-drafts'
import { DRAFTS_WITH_SCHEDULING, type RelationTargets } from '../options'
import { httpUrlField } from '../fields/http-url'
import { calendarDateField } from '../fields/london-date'
import { audienceOptions, clinicalAreaOptions, resourceFormatOptions } from '../fields/options'
import { slugField } from '../fields/slug'

/** A link, or an uploaded document: one of the two. */
function linkOrDocument(target: string | undefined): Field[] {
  // Without a media collection there is nothing to upload: every resource is a link.
  if (!target) {
    return [httpUrlField('externalUrl', { label: 'Link', required: true, admin: { description: 'A web address starting with https://.' } })]
  }
  const link = httpUrlField('externalUrl', {
    label: 'Link',
    admin: { description: 'A web address starting with https://. Leave empty if you upload a document instead.' },
  })
  // The slug may be the hub's own (renamed, or the host app's collection), not a generated type.
  const media = target as CollectionSlug
  return [
    link,
    {
      name: 'document',
      type: 'upload',
      relationTo: media,
      admin: { description: 'An uploaded PDF. Leave empty if the resource is a link.' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const hasLink = typeof siblingData?.externalUrl === 'string' && siblingData.externalUrl !== ''
        const hasDocument = value !== undefined && value !== null && value !== ''
        if (hasLink && hasDocument) return 'Add either a link or an uploaded document, not both.'
        if (!hasLink && !hasDocument) return 'Add a link (https://...) or upload a document.'
        return true
      },
    },
    { name: 'thumbnail', type: 'upload', relationTo: media },
  ]
}

/**
 * The library: guides, e-learning, videos, factsheets and links for professionals.
 * `relations` names the topics and media collections (a field is left out when its collection is off).
 */
export function resourcesCollection({ relations }: { relations: RelationTargets }): CollectionConfig {
  return {
    slug: 'resources',
    labels: { singular: 'Resource', plural: 'Library resources' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'format', 'clinicalArea', '_status', 'updatedAt'],
      group: 'Content',
      description: 'The library of resources for professionals.',
    },
    access: draftedContentAccess,
    versions: DRAFTS_WITH_SCHEDULING,
    hooks: { beforeOperation: [contributorsSaveDraftsOnly] },
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField(),
      { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
      { name: 'format', type: 'select', required: true, options: resourceFormatOptions },
      ...(relations.topics ? [{ name: 'topics', type: 'relationship', relationTo: relations.topics, hasMany: true } as Field] : []),
      { name: 'audience', type: 'select', hasMany: true, required: true, options: audienceOptions },
      { name: 'clinicalArea', label: 'Clinical area', type: 'select', required: true, options: clinicalAreaOptions },
      { name: 'provider', type: 'text', admin: { description: 'Who made it, e.g. "NHS England Genomics Education Programme".' } },
      ...linkOrDocument(relations.media),
      { name: 'body', type: 'richText' },
      { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
      calendarDateField('reviewDate', 'Review date', { admin: { position: 'sidebar' } }),
    ],
  }
}

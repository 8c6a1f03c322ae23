import type { CollectionSlug, Field, GlobalConfig } from 'payload'
import { contributors, draftsUnlessEditor, readPublishedOrStaff } from '../access'
import { contributorsSaveGlobalDraftsOnly } from '../hooks/contributor-global-drafts'

/**
 * The hub's overview, shown on the home page: a heading and introduction, why genomics matters
 * to every clinician, and the whole genome sequencing pathway as ordered steps. One document
 * (a global), with drafts like the collections: anonymous readers get the published version,
 * contributors save drafts, editors publish.
 * `guidance` names the guidance collection the pathway may link to (left out when it is off).
 */
export function overviewGlobal({ guidance }: { guidance?: string }): GlobalConfig {
  const guidanceLink: Field[] = guidance
    ? [
        {
          name: 'guidance',
          label: 'Guidance page to read next',
          type: 'relationship',
          // The slug may be the hub's own (renamed), not a generated type.
          relationTo: guidance as CollectionSlug,
          admin: { description: 'Linked under the steps, e.g. "How to order a genomic test". Shown only while that page is published.' },
        },
      ]
    : []
  return {
    slug: 'overview',
    label: 'Overview (home page)',
    admin: { group: 'Content', description: 'The home page: why genomics matters and the whole genome sequencing pathway.' },
    access: { read: readPublishedOrStaff, readVersions: contributors, update: draftsUnlessEditor },
    versions: { drafts: { schedulePublish: true }, max: 50 },
    hooks: { beforeOperation: [contributorsSaveGlobalDraftsOnly] },
    fields: [
      { name: 'heading', type: 'text', required: true, admin: { description: 'The home page’s main heading.' } },
      {
        name: 'introduction',
        type: 'textarea',
        required: true,
        maxLength: 600,
        admin: { description: 'One or two sentences under the heading, shown in larger text.' },
      },
      {
        name: 'whyGenomicsMatters',
        label: 'Why genomics matters',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', required: true, defaultValue: 'Why genomics matters to every clinician' },
          { name: 'body', type: 'richText', required: true },
        ],
      },
      {
        name: 'pathway',
        label: 'Whole genome sequencing pathway',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', required: true, defaultValue: 'The whole genome sequencing pathway' },
          {
            name: 'steps',
            type: 'array',
            required: true,
            minRows: 1,
            maxRows: 8,
            labels: { singular: 'Step', plural: 'Steps' },
            admin: { description: 'In the order they happen (drag to reorder); shown as a numbered list.' },
            fields: [
              { name: 'title', type: 'text', required: true },
              { name: 'text', type: 'textarea', required: true, maxLength: 400 },
            ],
          },
          ...guidanceLink,
        ],
      },
    ],
  }
}

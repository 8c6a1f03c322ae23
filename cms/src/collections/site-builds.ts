import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor } from '@genomics-hub/content-models'

/** The history of public-site builds: when, why, by whom, how long, and what went wrong. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: {
    group: 'Admin',
    useAsTitle: 'summary',
    defaultColumns: ['startedAt', 'status', 'trigger', 'triggeredBy', 'seconds', 'pages'],
    description: 'Every rebuild of the public site. A failed build leaves the last good site live.',
  },
  defaultSort: '-startedAt',
  access: {
    // Editors see the latest status on the dashboard; only admins browse the history.
    read: ({ req }) => isEditor(req.user),
    create: () => false,
    update: () => false,
    delete: ({ req }) => isAdmin(req.user),
    admin: ({ req }) => isAdmin(req.user),
  },
  fields: [
    { name: 'summary', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: ['queued', 'running', 'succeeded', 'failed', 'deploy-hook-called', 'deploy-hook-failed'].map((value) => ({ label: value, value })),
    },
    { name: 'trigger', type: 'text', admin: { description: 'What caused the build, e.g. "publish events #12".' } },
    { name: 'changes', type: 'json' },
    { name: 'triggeredBy', type: 'relationship', relationTo: 'users' },
    { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'seconds', type: 'number' },
    { name: 'pages', type: 'number' },
    { name: 'log', type: 'textarea', admin: { description: 'The end of the build output.' } },
  ],
}

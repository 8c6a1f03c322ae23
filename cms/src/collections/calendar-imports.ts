import type { CollectionConfig } from 'payload'
import { ValidationError } from 'payload'
import { isEditor } from '@genomics-hub/content-models'
import { uploadedFileHeaders } from '@genomics-hub/shared/media-types'
import { importIcs, summarise } from '../import/import-events'
import { IcsImportError } from '../import/parse-ics'
import { requestRebuild } from '../publishing/rebuild'
import { hubSettings } from '../settings'

/**
 * Import events from an .ics export by uploading it in the admin: the same importer as
 * `pnpm --filter @genomics-hub/cms import:ics`. A file that cannot be imported is refused
 * with the reason, and nothing is written.
 */
export const CalendarImports: CollectionConfig = {
  slug: 'calendar-imports',
  labels: { singular: 'Calendar import', plural: 'Calendar imports' },
  admin: {
    group: 'Admin',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'summary', 'createdAt'],
    description: 'Upload an .ics export (Outlook, Google, Apple, WordPress) to create or update events. Events are matched by UID.',
  },
  access: {
    read: ({ req }) => isEditor(req.user),
    create: ({ req }) => isEditor(req.user),
    update: () => false,
    delete: ({ req }) => isEditor(req.user),
  },
  upload: {
    staticDir: hubSettings.importsDir,
    mimeTypes: ['text/calendar', 'application/octet-stream', 'text/plain'],
    // The file is kept for the record: /api/calendar-imports/file/<name> sends it only as a download.
    modifyResponseHeaders: ({ headers }) => {
      for (const [key, value] of Object.entries(uploadedFileHeaders('text/calendar'))) headers.set(key, value)
      return headers
    },
  },
  fields: [
    {
      name: 'publish',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Publish the imported events straight away. Otherwise they arrive as drafts.' },
    },
    { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  ],
  hooks: {
    afterChange: [
      ({ doc, req, operation }) => {
        if (operation === 'create' && req.context.importChangesLiveSite && hubSettings.rebuildOnPublish) {
          requestRebuild(req.payload, `calendar import "${doc.filename}": ${String(doc.summary).split('\n')[0]}`)
        }
        return doc
      },
    ],
    beforeChange: [
      async ({ data, req, operation }) => {
        if (operation !== 'create' || !req.file?.data) return data
        try {
          // Same transaction as this upload: if either fails, neither is saved.
          const result = await importIcs(req.payload, req.file.data.toString('utf8'), {
            publish: Boolean(data.publish),
            req,
            source: req.file.name,
          })
          req.context.importChangesLiveSite = result.changesLiveSite
          const details = result.events.filter((e) => e.reason).map((e) => `${e.action}: ${e.title} (${e.uid}): ${e.reason}`)
          const summary = `${summarise(result)}${data.publish ? ', published' : ' as drafts'}.`
          return { ...data, summary: [summary, ...details].join('\n') }
        } catch (error) {
          const message = error instanceof IcsImportError ? error.message : `Nothing was imported: ${(error as Error).message}`
          throw new ValidationError({ collection: 'calendar-imports', errors: [{ path: 'file', message }] })
        }
      },
    ],
  },
}

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { anyDatabaseIds, educationHub } from '@genomics-hub/content-models'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { CalendarImports } from './collections/calendar-imports'
import { SiteBuilds } from './collections/site-builds'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { dailyRebuildTask } from './publishing/daily-rebuild'
import { requestRebuild } from './publishing/rebuild'
import { hubSettings } from './settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: hubSettings.cmsUrl,
  admin: {
    user: 'users',
    // Gravatar is not reachable from NHS networks (nor from CI): no remote avatars.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' - Genomics Education Hub' },
    components: { beforeDashboard: ['/components/EditorialDashboard#EditorialDashboard'] },
  },
  collections: [SiteBuilds, CalendarImports],
  plugins: [
    educationHub({
      timezone: hubSettings.timezone,
      uidDomain: hubSettings.uidDomain,
      maxUploadBytes: hubSettings.maxUploadBytes,
      mediaDir: hubSettings.mediaDir,
      // The admin's Preview button builds the draft into a preview of its own.
      overrides: Object.fromEntries(
        (['events', 'guidance', 'resources'] as const).map((collection) => [
          collection,
          { admin: { preview: (doc: { id?: unknown }) => (doc?.id ? `${hubSettings.cmsUrl}/preview/${collection}/${String(doc.id)}` : null) } },
        ]),
      ),
      // Payload has no webhooks: publishing, unpublishing and deleting rebuild the site.
      onPublishedChange: (change, payload) => {
        if (hubSettings.rebuildOnPublish) requestRebuild(payload, change)
      },
    }),
    // ...and the overview's Preview builds the home page with its draft.
    (config) => ({
      ...config,
      globals: config.globals?.map((global) =>
        global.slug === 'overview' ? { ...global, admin: { ...global.admin, preview: () => `${hubSettings.cmsUrl}/preview/globals/overview` } } : global,
      ),
    }),
  ],
  editor: lexicalEditor(),
  secret: hubSettings.secret,
  db: databaseAdapter(),
  // Password resets: SMTP when SMTP_HOST is set, else written to the server log (email.ts).
  email: emailAdapter(),
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, '../../content-models/src/payload-types.ts'),
    // Ids are numbers on SQLite and strings on MongoDB: the types say either.
    schema: [anyDatabaseIds],
  },
  upload: { limits: { fileSize: hubSettings.maxUploadBytes } },
  jobs: {
    // "Upcoming" lists, the month window and the grid's months go stale by themselves.
    tasks: [dailyRebuildTask],
    // Scheduled publishing only fires if something runs the jobs queue: the CMS process does,
    // from boot (instrumentation.ts), not from the first request.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 50 },
      { cron: '*/5 * * * *', queue: 'nightly', limit: 1 },
    ],
    shouldAutoRun: () => process.env.HUB_RUN_JOBS !== 'false',
  },
  graphQL: { disable: false },
})

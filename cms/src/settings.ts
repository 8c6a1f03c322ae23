import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data')

/**
 * The signing secret: PAYLOAD_SECRET in production; on a laptop, one made on first use and
 * kept in the git-ignored data folder, so no secret is ever committed and logins survive
 * restarts.
 */
function secret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const made = randomBytes(32).toString('hex')
  fs.writeFileSync(file, made, { mode: 0o600 })
  return made
}

/** Settings read from the environment, in one place. */
export const hubSettings = {
  secret: secret(),
  /** The admin's own address (Payload accepts its login cookie only from this origin). */
  cmsUrl: process.env.CMS_URL || `http://localhost:${process.env.PORT || 3000}`,
  /** Where the public site lives; in the embedded set-up the CMS serves it at its own root. */
  siteUrl: process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`,
  timezone: process.env.HUB_TIMEZONE || 'Europe/London',
  uidDomain: process.env.HUB_UID_DOMAIN || 'genomics-education-hub.nhs.uk',
  maxUploadBytes: Number(process.env.HUB_MAX_UPLOAD_BYTES || 10 * 1024 * 1024),
  /** Uploaded files, beside the database (git-ignored) wherever the CMS is started from. */
  mediaDir: process.env.HUB_MEDIA_DIR || path.join(dataDir, 'media'),
  /** Uploaded calendar files (admin imports), kept for the record beside the media. */
  importsDir: process.env.HUB_IMPORTS_DIR || path.join(dataDir, 'imports'),
  /** Changes within this many milliseconds of each other make one build. */
  rebuildDelayMs: Number(process.env.HUB_REBUILD_DELAY_MS || 3000),
  /** In production: called (POST) instead of building here, e.g. a Netlify or CI build hook. */
  deployHookUrl: process.env.HUB_DEPLOY_HOOK_URL || '',
  /** Draft previews one user may ask for in a minute (each may be a full site build). */
  previewsPerMinute: Number(process.env.HUB_PREVIEWS_PER_MINUTE || 10),
  /** A preview nobody has asked for in this many hours is deleted. */
  previewKeepHours: Number(process.env.HUB_PREVIEW_KEEP_HOURS || 24),
  /** Turn off rebuilds on publish (tests of the CMS alone, imports of many files). */
  rebuildOnPublish: process.env.HUB_REBUILD_ON_PUBLISH !== 'false',
}

import os from 'node:os'
import path from 'node:path'

// Overridable so that two checkouts can run their browser tests at once.
const work = process.env.HUB_E2E_WORK_DIR || path.join(os.tmpdir(), 'genomics-hub-e2e')
const port = Number(process.env.HUB_E2E_SITE_PORT || 4400)
const cmsPort = Number(process.env.HUB_E2E_CMS_PORT || 3300)
const smtpPort = Number(process.env.HUB_E2E_SMTP_PORT || cmsPort + 22000)

/** Where the end-to-end run keeps its database, content export and built sites. */
export const E2E = {
  work,
  port,
  siteUrl: `http://127.0.0.1:${port}`,
  database: path.join(work, 'hub.db'),
  media: path.join(work, 'media'),
  contentFile: path.join(work, 'published.json'),
  siteDir: path.join(work, 'site'),
  /** The same content built again under another machine zone, to compare. */
  siteDirNewYork: path.join(work, 'site-new-york'),
  /** What each build printed (its last line names the host time zone it ran under). */
  buildLog: path.join(work, 'build-utc.log'),
  buildLogNewYork: path.join(work, 'build-new-york.log'),
}

/** The CMS (admin + live site) started with the README's start command for the admin tests. */
export const CMS = {
  port: cmsPort,
  url: `http://localhost:${cmsPort}`,
  database: path.join(work, 'cms.db'),
  media: path.join(work, 'cms-media'),
  builds: path.join(work, 'cms-builds'),
  email: 'e2e-admin@example.nhs.uk',
  password: 'e2e-correct-horse-battery',
  eventDate: '2027-01-20',
  /** The mail server the CMS sends to: a sink on loopback that a test starts (security-password-reset). */
  smtp: { port: smtpPort, user: 'hub-e2e', fromAddress: 'genomics.education@example.nhs.uk' },
}

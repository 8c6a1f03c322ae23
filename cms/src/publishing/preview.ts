import fs from 'node:fs'
import path from 'node:path'
import { Forbidden, type Payload, type TypedUser } from 'payload'
import { paths } from '@genomics-hub/shared/urls'
import { removePublishedContent, writePublishedContent } from './published-content'
import { BUILDS_DIR, runSiteBuild, SITE_BUILD } from './site-build'

export type PreviewCollection = 'events' | 'guidance' | 'resources'
/** What the admin's Preview builds: a document of a collection, or the home page's overview. */
export type PreviewTarget = { collection: PreviewCollection; id: string } | { global: 'overview' }
export const PREVIEW_BASE = '/preview-site'
/** Previews are built here, apart from the live builds, and served only to signed-in staff. */
export const PREVIEWS_DIR = path.join(path.dirname(BUILDS_DIR), '.previews')

const pagePath = {
  events: (slug: string) => paths.event(slug),
  guidance: (slug: string) => paths.guidance(slug),
  resources: (slug: string) => paths.resource(slug),
}

export interface PreviewResult {
  ok: boolean
  /** Where the previewed page is served, e.g. /preview-site/events-12/events/x/ */
  url?: string
  log?: string
}

/**
 * Builds the site as it will look with this draft published (the latest draft version, read
 * with the editor's own access), into a preview folder of its own. The live build and the
 * feeds never see it.
 */
export async function buildPreview(
  payload: Payload,
  options: PreviewTarget & { user: TypedUser; cmsUrl: string; timezone: string },
): Promise<PreviewResult> {
  // Previews are for signed-in staff (an anonymous reader could only ever see what is live).
  if (!options.user) throw new Forbidden()
  const read = { draft: true, overrideAccess: false, user: options.user, depth: 1 } as const
  type Doc = Record<string, unknown>
  const draft =
    'global' in options
      ? // The overview as it will look once published (a draft's status says draft).
        { collection: 'overview' as const, doc: { ...((await payload.findGlobal({ slug: options.global, ...read })) as Doc), _status: 'published' } as Doc }
      : { collection: options.collection, doc: (await payload.findByID({ collection: options.collection, id: options.id, ...read })) as Doc }
  const key = 'global' in options ? options.global : `${options.collection}-${String(draft.doc.id)}`
  const outDir = path.join(PREVIEWS_DIR, key)
  const contentFile = `${outDir}.json`
  fs.mkdirSync(PREVIEWS_DIR, { recursive: true })
  await writePublishedContent(payload, contentFile, { timezone: options.timezone, withDraft: draft })
  fs.rmSync(outDir, { recursive: true, force: true })
  const base = `${PREVIEW_BASE}/${key}`
  const { code, log } = await runSiteBuild(SITE_BUILD, contentFile, outDir, `${options.cmsUrl}${base}`, base)
  removePublishedContent(contentFile)
  if (code !== 0) return { ok: false, log }
  const page = 'global' in options ? paths.home : pagePath[options.collection](String((draft.doc as { slug?: string }).slug))
  return { ok: true, url: `${base}${page}` }
}

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { PublishedContent } from '@genomics-hub/shared/content'
import { paths } from '@genomics-hub/shared/urls'
import { todayIn } from '@genomics-hub/shared/time'
import { Forbidden, type Payload, type TypedUser } from 'payload'
import { hubSettings } from '../settings'
import { inBuildSlot, previewsWaiting } from './build-slot'
import { readPublishedContent } from './published-content'
import { BUILDS_DIR, buildAndSwitch } from './site-build'

export type PreviewCollection = 'events' | 'guidance' | 'resources'
/** What the admin's Preview builds: a document of a collection, or the home page's overview. */
export type PreviewTarget = { collection: PreviewCollection; id: string } | { global: 'overview' }
export const PREVIEW_BASE = '/preview-site'
/**
 * Previews are built here, apart from the live builds, and served only to signed-in staff.
 * Each document has a folder (`<collection>-<id>`, or `overview`) that holds its builds and a
 * `live` link to the one served, switched as live builds are (site-build.ts).
 */
export const PREVIEWS_DIR = path.join(path.dirname(BUILDS_DIR), '.previews')
/** The `live` link of a document's previews. */
export const previewLink = (folder: string) => path.join(PREVIEWS_DIR, folder, 'live')

/** More previews than this waiting for a build and the next one is refused (try again). */
export const MAX_PREVIEWS_WAITING = 5

const pagePath = {
  events: (slug: string) => paths.event(slug),
  guidance: (slug: string) => paths.guidance(slug),
  resources: (slug: string) => paths.resource(slug),
}

export interface PreviewResult {
  ok: boolean
  /** Where the previewed page is served, e.g. /preview-site/events-12/events/x/ */
  url?: string
  /** Served from the build an earlier request made (nothing had changed since). */
  reused?: boolean
  log?: string
}

/** Too many previews are waiting for a build: ask again later. */
export class PreviewsBusy extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} previews are waiting to be built. Try again in a minute.`)
  }
}

interface PreviewState {
  /** Builds running or waiting, by folder and content key: a request for the same joins it. */
  building: Map<string, Promise<PreviewResult>>
  /** For each folder, what its live build was made from (this process's builds). */
  live: Map<string, { key: string; dir: string }>
}
// One state per process, even if the server bundles this module more than once.
const globalPreviews = globalThis as unknown as { __hubPreviews?: PreviewState }
const state: PreviewState = (globalPreviews.__hubPreviews ??= { building: new Map(), live: new Map() })

/**
 * What a preview shows, as one key: the whole export it is built from (the draft itself, with
 * its updatedAt, and every published document around it: lists, menus, the calendar) and the
 * day it is built as of ("upcoming" and the month pages depend on it). Anything that changes
 * the page changes the key; nothing else does (not who asks, nor when the export was read).
 */
function contentKey(content: PublishedContent): string {
  const { exportedAt: _, ...shown } = content
  const asOf = process.env.BUILD_DATE || todayIn(content.timezone)
  return createHash('sha256').update(asOf).update(JSON.stringify(shown)).digest('hex')
}

/** The live build of `folder`, if it is still the one this process recorded for it. */
function liveBuild(folder: string): { key: string; dir: string } | undefined {
  const recorded = state.live.get(folder)
  if (!recorded) return undefined
  const live = fs.existsSync(previewLink(folder)) ? path.basename(fs.realpathSync(previewLink(folder))) : undefined
  return live === path.basename(recorded.dir) ? recorded : undefined
}

/**
 * Builds the site as it will look with this draft published (the latest draft version, read
 * with the editor's own access), into a fresh folder of its own, and switches that document's
 * preview to it. The live build and the feeds never see it. A request for a draft whose
 * preview is built already, with nothing changed around it, gets that build; one that comes
 * while the same build is running waits for it. Builds wait their turn for the build slot.
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
  const folder = 'global' in options ? options.global : `${options.collection}-${String(draft.doc.id)}`
  const base = `${PREVIEW_BASE}/${folder}`
  const page = 'global' in options ? paths.home : pagePath[options.collection](String((draft.doc as { slug?: string }).slug))
  const url = `${base}${page}`

  const content = await readPublishedContent(payload, { timezone: options.timezone, withDraft: draft })
  const key = contentKey(content)
  if (liveBuild(folder)?.key === key) {
    touch(folder)
    return { ok: true, url, reused: true }
  }
  const job = `${folder} ${key}`
  const running = state.building.get(job)
  if (running) return running
  if (previewsWaiting() >= MAX_PREVIEWS_WAITING) throw new PreviewsBusy(previewsWaiting())

  const build = inBuildSlot('preview', async (): Promise<PreviewResult> => {
    try {
      const result = await buildAndSwitch(payload, {
        siteUrl: `${options.cmsUrl}${base}`,
        base,
        timezone: options.timezone,
        content,
        buildsDir: path.join(PREVIEWS_DIR, folder),
      })
      if (!result.ok) return { ok: false, log: result.log }
      // Superseded: another process switched in a newer build of this draft (served as it is).
      if (!result.superseded) state.live.set(folder, { key, dir: result.dir })
      payload.logger.info(`Preview ${folder} built in ${result.seconds.toFixed(1)} s (${result.pages} pages).`)
      return { ok: true, url }
    } catch (error) {
      // The export could not be written (a media file missing, say): say why, as a failed build.
      return { ok: false, log: error instanceof Error ? error.message : String(error) }
    } finally {
      removeStalePreviews()
    }
  }).finally(() => state.building.delete(job))
  state.building.set(job, build)
  return build
}

/** Marks a preview as used now, so the clean-up keeps it. */
function touch(folder: string): void {
  const now = new Date()
  fs.utimesSync(path.join(PREVIEWS_DIR, folder), now, now)
}

/**
 * Deletes previews nobody has built or asked for in HUB_PREVIEW_KEEP_HOURS (and anything else
 * left in the previews folder that long, such as a cut-off build's export). Within a preview,
 * switching already deletes all but its live build and the one before it.
 */
export function removeStalePreviews(now = Date.now()): void {
  const keepMs = hubSettings.previewKeepHours * 3_600_000
  const busy = new Set([...state.building.keys()].map((job) => job.split(' ')[0]))
  for (const entry of fs.existsSync(PREVIEWS_DIR) ? fs.readdirSync(PREVIEWS_DIR) : []) {
    const where = path.join(PREVIEWS_DIR, entry)
    const changed = fs.lstatSync(where, { throwIfNoEntry: false })?.mtimeMs ?? now
    if (busy.has(entry) || now - changed <= keepMs) continue
    fs.rmSync(where, { recursive: true, force: true })
    state.live.delete(entry)
  }
}

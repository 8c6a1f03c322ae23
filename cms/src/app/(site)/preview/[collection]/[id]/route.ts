/**
 * Draft preview: the admin's Preview button lands here. Builds the site with this draft in
 * it, apart from the live site, and sends the editor to the page. Staff only, a few a minute
 * per person, one build at a time (publishing/preview.ts).
 */
import config from '@payload-config'
import { APIError, getPayload } from 'payload'
import { buildPreview, PreviewsBusy, type PreviewCollection } from '../../../../../publishing/preview'
import { takePreviewTurn } from '../../../../../publishing/preview-rate-limit'
import { hubSettings } from '../../../../../settings'

export const dynamic = 'force-dynamic'
const COLLECTIONS = new Set(['events', 'guidance', 'resources'])
const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } })

export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return text('Log in to the admin to preview drafts.', 401)
  // The overview is a global: /preview/globals/overview.
  const target = collection === 'globals' && id === 'overview' ? ({ global: 'overview' } as const) : { collection: collection as PreviewCollection, id }
  if (!('global' in target) && !COLLECTIONS.has(collection)) return text('Nothing to preview here.', 404)

  const turn = await takePreviewTurn(user)
  if (!turn.ok) {
    const seconds = turn.retryAfterSeconds
    return text(`Too many previews: each person may ask for ${turn.perMinute} a minute. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, 429, {
      'retry-after': String(seconds),
    })
  }
  try {
    const result = await buildPreview(payload, { ...target, user, cmsUrl: hubSettings.cmsUrl, timezone: hubSettings.timezone })
    if (!result.ok) return text(`The preview could not be built:\n\n${result.log?.slice(-3000)}`, 500)
    return Response.redirect(new URL(result.url!, request.url), 303)
  } catch (error) {
    if (error instanceof PreviewsBusy) return text(`The CMS is busy: ${error.message}`, 503, { 'retry-after': '60' })
    if (error instanceof APIError && error.status === 404) return text(`Not found: there is no ${collection} document ${id} to preview.`, 404)
    if (error instanceof APIError && error.status === 403) return text('You may not preview this.', 403)
    throw error
  }
}

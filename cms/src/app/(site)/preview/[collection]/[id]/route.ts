/**
 * Draft preview: the admin's Preview button lands here. Builds the site with this draft in
 * it, apart from the live site, and sends the editor to the page. Staff only.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { buildPreview, type PreviewCollection } from '../../../../../publishing/preview'
import { hubSettings } from '../../../../../settings'

export const dynamic = 'force-dynamic'
const COLLECTIONS = new Set(['events', 'guidance', 'resources'])

export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Log in to the admin to preview drafts.', { status: 401 })
  // The overview is a global: /preview/globals/overview.
  const target = collection === 'globals' && id === 'overview' ? ({ global: 'overview' } as const) : { collection: collection as PreviewCollection, id }
  if (!('global' in target) && !COLLECTIONS.has(collection)) return new Response('Nothing to preview here.', { status: 404 })
  const result = await buildPreview(payload, {
    ...target,
    user,
    cmsUrl: hubSettings.cmsUrl,
    timezone: hubSettings.timezone,
  })
  if (!result.ok) return new Response(`The preview could not be built:\n\n${result.log?.slice(-3000)}`, { status: 500 })
  return Response.redirect(new URL(result.url!, request.url), 303)
}

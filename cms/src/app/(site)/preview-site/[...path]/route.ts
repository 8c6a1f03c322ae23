/** Built previews, for signed-in staff only (drafts never reach anonymous readers). */
import fs from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { previewLink } from '../../../../publishing/preview'
import { serveStatic } from '../../../../publishing/serve-static'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Log in to the admin to see previews.', { status: 401 })
  const [folder, ...rest] = (await params).path
  // <collection>-<id>, or `overview` (see publishing/preview.ts).
  if (!/^(?:[a-z-]+-[\w-]+|overview)$/.test(folder ?? '')) return new Response('Not found', { status: 404 })
  if (!fs.existsSync(previewLink(folder))) {
    return new Response('This preview is not there (any more): press Preview in the admin to build it.', { status: 404 })
  }
  return serveStatic(previewLink(folder), rest, new URL(request.url).pathname)
}

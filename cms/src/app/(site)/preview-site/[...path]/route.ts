/** Built previews, for signed-in staff only (drafts never reach anonymous readers). */
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { PREVIEWS_DIR } from '../../../../publishing/preview'
import { serveStatic } from '../../../../publishing/serve-static'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Log in to the admin to see previews.', { status: 401 })
  const [key, ...rest] = (await params).path
  // <collection>-<id>, or `overview` (see publishing/preview.ts).
  if (!/^(?:[a-z-]+-[\w-]+|overview)$/.test(key ?? '')) return new Response('Not found', { status: 404 })
  return serveStatic(path.join(PREVIEWS_DIR, key), rest, new URL(request.url).pathname)
}

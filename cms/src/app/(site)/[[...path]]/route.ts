/**
 * The live static site, served by the CMS process in the embedded set-up (in production a
 * static host or CDN serves the same files). Reads whichever build `live` points at.
 */
import { LIVE_LINK } from '../../../publishing/site-build'
import { serveStatic } from '../../../publishing/serve-static'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  return serveStatic(LIVE_LINK, (await params).path ?? [], new URL(request.url).pathname)
}

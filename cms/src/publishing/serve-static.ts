import fs from 'node:fs/promises'
import path from 'node:path'
import { mediaTypeOfName, uploadedFileHeaders } from '@genomics-hub/shared/media-types'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

async function readFirst(candidates: string[]): Promise<{ file: string; body: Buffer } | null> {
  for (const file of candidates) {
    try {
      return { file, body: await fs.readFile(file) }
    } catch {
      // a folder, or missing: try the next candidate
    }
  }
  return null
}

/**
 * Serves a file of a built static site as a static host does: a folder's address gets its
 * index.html, and without its trailing slash a redirect to it (the site's links and canonical
 * URLs end in /); a miss gets the 404 page. `pathname` is the request's own path.
 */
export async function serveStatic(rootDir: string, parts: string[], pathname = '/'): Promise<Response> {
  const root = await fs.realpath(rootDir).catch(() => null)
  if (!root) return new Response('The site has not been built yet.', { status: 503 })
  const wanted = path.resolve(root, ...parts.map(decodeURIComponent))
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return new Response('Not found', { status: 404 })

  const hit = await readFirst([wanted, path.join(wanted, 'index.html')])
  if (hit) {
    if (hit.file !== wanted && !pathname.endsWith('/')) {
      return new Response(null, { status: 308, headers: { location: `${pathname}/` } })
    }
    // Uploaded files (the site's /media/) are served as images or PDFs only, whatever their name.
    const uploaded = path.relative(root, hit.file).split(path.sep)[0] === 'media'
    const type = uploaded ? uploadedFileHeaders(mediaTypeOfName(hit.file)?.mimeType) : { 'content-type': TYPES[path.extname(hit.file)] ?? 'application/octet-stream' }
    return new Response(new Uint8Array(hit.body), { headers: { ...type, 'cache-control': 'no-cache' } })
  }
  const notFound = await readFirst([path.join(root, '404.html')])
  return new Response(notFound ? new Uint8Array(notFound.body) : 'Not found', {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  })
}

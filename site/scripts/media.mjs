// The media files the content links to as /media/<file> (resource documents, thumbnails and
// their sizes), copied from the folder the export wrote beside the content file into the site.
import fs from 'node:fs'
import path from 'node:path'

/** Every /media/ URL the content uses. */
export function mediaUrls(content) {
  const urls = new Set()
  for (const resource of content.resources ?? []) {
    for (const media of [resource.document, resource.thumbnail]) {
      if (!media) continue
      for (const url of [media.url, ...(media.sizes ?? []).map((s) => s.url)]) if (url?.startsWith('/media/')) urls.add(url)
    }
  }
  return [...urls].sort()
}

/**
 * Copies them into `outDir/media/`; returns how many. A link to a file that is not there
 * stops the build, naming it: a broken download is worse than a failed build. `content` is the
 * file already parsed, when the caller has it.
 */
export function copyMedia(contentFile, outDir, content = JSON.parse(fs.readFileSync(contentFile, 'utf8'))) {
  const urls = mediaUrls(content)
  if (urls.length === 0) return 0
  if (typeof content.mediaDir !== 'string') {
    throw new Error(`${contentFile} links to ${urls[0]} but names no "mediaDir": export it again with \`pnpm build\`.`)
  }
  const from = path.resolve(path.dirname(contentFile), content.mediaDir)
  const to = path.join(outDir, 'media')
  fs.mkdirSync(to, { recursive: true })
  const missing = []
  for (const url of urls) {
    const name = decodeURIComponent(url.slice('/media/'.length))
    const source = path.join(from, name)
    // A name is one file in that folder, never a path out of it.
    if (path.basename(name) !== name || !fs.existsSync(source)) missing.push(name)
    else fs.copyFileSync(source, path.join(to, name))
  }
  if (missing.length) throw new Error(`Media files the content links to are not in ${from}: ${missing.join(', ')}`)
  return urls.length
}

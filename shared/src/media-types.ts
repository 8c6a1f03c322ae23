/**
 * The kinds of file the media library takes: what the CMS accepts (judged by the file's bytes),
 * the extension its stored name ends in, and the only types an uploaded file is ever served
 * as. None of them is a type a browser runs (HTML, XHTML, SVG, XML, JavaScript).
 */
export interface MediaType {
  mimeType: string
  /** For messages: "JPEG". */
  label: string
  /** The first is the one a stored name gets. */
  extensions: readonly string[]
}

export const MEDIA_TYPES: readonly MediaType[] = [
  { mimeType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  { mimeType: 'image/png', label: 'PNG', extensions: ['png'] },
  { mimeType: 'image/webp', label: 'WebP', extensions: ['webp'] },
  { mimeType: 'image/gif', label: 'GIF', extensions: ['gif'] },
  { mimeType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
]

/** "JPEG, PNG, WebP, GIF or PDF", for messages. */
export const MEDIA_TYPE_LABELS = MEDIA_TYPES.map((t) => t.label)
  .join(', ')
  .replace(/, ([^,]+)$/, ' or $1')

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''

/** The media type a MIME type names (parameters ignored), if it is one of ours. */
export function mediaTypeOf(mimeType: string | null | undefined): MediaType | undefined {
  const essence = mimeType?.split(';')[0].trim().toLowerCase()
  return MEDIA_TYPES.find((t) => t.mimeType === essence)
}

/** The media type a file name's extension stands for, if it is one of ours. */
export function mediaTypeOfName(name: string): MediaType | undefined {
  const extension = extensionOf(name)
  return MEDIA_TYPES.find((t) => t.extensions.includes(extension))
}

/**
 * The name with an extension of `type`: unchanged when it has one already, otherwise its last
 * extension replaced (report.html -> report.png) or one added (report -> report.pdf).
 */
export function nameForType(name: string, type: MediaType): string {
  if (mediaTypeOfName(name) === type) return name
  const extension = extensionOf(name)
  const base = extension ? name.slice(0, -(extension.length + 1)) : name
  return `${base || 'file'}.${type.extensions[0]}`
}

/**
 * Response headers for an uploaded file, whoever serves it (the CMS's API, the site's /media/):
 * its own type when that is one of ours, otherwise a download, never something a browser would
 * render or run; and no sniffing either way.
 */
export function uploadedFileHeaders(mimeType: string | null | undefined): Record<string, string> {
  const type = mediaTypeOf(mimeType)
  return type
    ? { 'content-type': type.mimeType, 'x-content-type-options': 'nosniff' }
    : { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment', 'x-content-type-options': 'nosniff' }
}

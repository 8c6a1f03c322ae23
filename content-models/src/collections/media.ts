import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { nameForType, uploadedFileHeaders } from '@genomics-hub/shared/media-types'
import { contributors, editorsOnly } from '../access'
import { ACCEPTED_LABELS, ACCEPTED_MIME_TYPES, detectFileType } from '../uploads/file-kind'
import { publicMediaOrStaff } from '../uploads/public-media'
import { tooLargeError } from '../uploads/upload-limit'

/**
 * Checks an upload before Payload does, so the editor reads what to do rather than "Invalid
 * MIME type" (Payload's own checks stay behind this one). Files are judged by their bytes, so
 * a web page renamed .png is refused; and a file is stored under a name and type that say what
 * its bytes are, so an image with a page appended, sent as report.html, is kept as report.png
 * and can never be served as a page (magic bytes alone do not make a file safe).
 */
function checkUpload(maxUploadBytes: number): CollectionBeforeOperationHook {
  return async ({ req, operation }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return
    const name = `"${file.name}"`
    const size = file.size ?? file.data?.length
    if (size && size > maxUploadBytes) throw tooLargeError(name, size, maxUploadBytes)
    const type = await detectFileType(file)
    if (!type) throw new APIError(`${name} is not an image or PDF: upload a ${ACCEPTED_LABELS}.`, 415, null, true)
    req.file = { ...file, name: nameForType(file.name, type), mimetype: type.mimeType }
  }
}

/** Images (resized by sharp into responsive sizes, alt text required) and PDFs. */
export function mediaCollection(options: { maxUploadBytes: number; mediaDir?: string; slug?: string }): CollectionConfig {
  const slug = options.slug ?? 'media'
  return {
    slug,
    labels: { singular: 'Media file', plural: 'Media' },
    admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
    // Anonymous readers get only the files published content uses (drafts' files stay private).
    access: { read: publicMediaOrStaff(slug), create: contributors, update: contributors, delete: editorsOnly },
    upload: {
      ...(options.mediaDir ? { staticDir: options.mediaDir } : {}),
      mimeTypes: ACCEPTED_MIME_TYPES,
      // /api/<slug>/file/<name>: Payload sends the type it detects (or guesses from the name);
      // never let that be one a browser runs.
      modifyResponseHeaders: ({ headers }) => {
        for (const [key, value] of Object.entries(uploadedFileHeaders(headers.get('content-type')))) headers.set(key, value)
        return headers
      },
      imageSizes: [
        { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
        { name: 'card', width: 768 },
        { name: 'wide', width: 1280 },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    hooks: { beforeOperation: [checkUpload(options.maxUploadBytes)] },
    fields: [
      {
        name: 'alt',
        label: 'Alternative text',
        type: 'text',
        admin: { description: 'Describe the image for people who cannot see it. Not needed for PDFs.' },
        validate: (value: unknown, { data }: { data?: Record<string, unknown> }) => {
          const isImage = typeof data?.mimeType === 'string' && data.mimeType.startsWith('image/')
          if (isImage && (typeof value !== 'string' || !value.trim())) {
            return 'Add alternative text describing the image, for people using screen readers.'
          }
          return true
        },
      },
      { name: 'caption', type: 'text' },
    ],
  }
}

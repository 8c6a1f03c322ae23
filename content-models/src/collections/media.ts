import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { anyone, contributors, editorsOnly } from '../access'
import { ACCEPTED_LABELS, ACCEPTED_MIME_TYPES, detectFileType, fileHead } from '../uploads/file-kind'
import { tooLargeError } from '../uploads/upload-limit'

/**
 * Checks an upload before Payload does, so the editor reads what to do rather than "Invalid
 * MIME type" (Payload's own checks stay behind this one). Files are judged by their bytes,
 * so a web page renamed .png is refused.
 */
function checkUpload(maxUploadBytes: number): CollectionBeforeOperationHook {
  return async ({ req, operation }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return
    const name = `"${file.name}"`
    const size = file.size ?? file.data?.length
    if (size && size > maxUploadBytes) throw tooLargeError(name, size, maxUploadBytes)
    if (!detectFileType(await fileHead(file))) {
      throw new APIError(`${name} is not an image or PDF: upload a ${ACCEPTED_LABELS}.`, 415, null, true)
    }
  }
}

/** Images (resized by sharp into responsive sizes, alt text required) and PDFs. */
export function mediaCollection(options: { maxUploadBytes: number; mediaDir?: string }): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: 'Media file', plural: 'Media' },
    admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
    access: { read: anyone, create: contributors, update: contributors, delete: editorsOnly },
    upload: {
      ...(options.mediaDir ? { staticDir: options.mediaDir } : {}),
      mimeTypes: ACCEPTED_MIME_TYPES,
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

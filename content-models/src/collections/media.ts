import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { anyone, contributors, editorsOnly } from '../access'

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf']

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`

/** Images (resized by sharp into responsive sizes, alt text required) and PDFs. */
export function mediaCollection(options: { maxUploadBytes: number }): CollectionConfig {
  const { maxUploadBytes } = options
  return {
    slug: 'media',
    labels: { singular: 'Media file', plural: 'Media' },
    admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
    access: { read: anyone, create: contributors, update: contributors, delete: editorsOnly },
    upload: {
      mimeTypes: ACCEPTED,
      imageSizes: [
        { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
        { name: 'card', width: 768 },
        { name: 'wide', width: 1280 },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    hooks: {
      beforeOperation: [
        ({ req, operation }) => {
          const size = req.file?.size ?? req.file?.data?.length
          if ((operation === 'create' || operation === 'update') && size && size > maxUploadBytes) {
            throw new APIError(
              `This file is ${megabytes(size)}; the largest upload allowed is ${megabytes(maxUploadBytes)}. Make it smaller and try again.`,
              413,
              undefined,
              true,
            )
          }
        },
      ],
    },
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

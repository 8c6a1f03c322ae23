import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { MEDIA_TYPE_LABELS, MEDIA_TYPES, type MediaType, mediaTypeOf } from '@genomics-hub/shared/media-types'

export const ACCEPTED_MIME_TYPES = MEDIA_TYPES.map((t) => t.mimeType)

/** "JPEG, PNG, WebP, GIF or PDF", for messages. */
export const ACCEPTED_LABELS = MEDIA_TYPE_LABELS

/**
 * What an upload really is, from its bytes (file-type, the detector Payload itself uses), never
 * its name or the type the browser claimed; undefined when it is not one the library takes.
 * Takes the file in memory, or on disk (an upload with `useTempFiles`, a stored file).
 */
export async function detectFileType(file: Uint8Array | { data?: Uint8Array; tempFilePath?: string } | string): Promise<MediaType | undefined> {
  const found =
    typeof file === 'string'
      ? await fileTypeFromFile(file)
      : file instanceof Uint8Array
        ? await fileTypeFromBuffer(file)
        : file.data?.length
          ? await fileTypeFromBuffer(file.data)
          : file.tempFilePath
            ? await fileTypeFromFile(file.tempFilePath)
            : undefined
  return mediaTypeOf(found?.mime)
}

import type { Config } from 'payload'
import { APIError } from 'payload'

const MB = 1024 * 1024

/** 12 MB, 10.5 MB, 300 KB: sizes as people read them. */
export function readableSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`
  return `${Number((bytes / MB).toFixed(1))} MB`
}

const HOW_TO_FIX = 'Make it smaller (compress the PDF, or export the image at a smaller size) and upload it again.'

/** The refusal for a file over the limit, naming both sizes. */
export function tooLargeError(what: string, bytes: number | undefined, limit: number): APIError {
  const size = bytes
    ? `${what} is ${readableSize(bytes)}; the limit is ${readableSize(limit)}.`
    : `${what} is larger than the ${readableSize(limit)} limit.`
  return new APIError(`${size} ${HOW_TO_FIX}`, 413, null, true)
}

/**
 * Payload's multipart parser stops reading at `upload.limits.fileSize` and answers "File size
 * limit has been reached". Keep that limit (a huge upload is never held in memory), but refuse
 * with the file's size, taken from the request's length as the file itself was cut short.
 */
export function friendlyUploadLimit(upload: Config['upload'] = {}, maxUploadBytes: number): Config['upload'] {
  const limit = upload.limits?.fileSize ?? maxUploadBytes
  return {
    ...upload,
    limits: { ...upload.limits, fileSize: limit },
    limitHandler:
      upload.limitHandler ??
      (({ request }) => {
        const length = Number(request.headers.get('content-length'))
        throw tooLargeError('This file', length > limit ? length : undefined, limit)
      }),
  }
}

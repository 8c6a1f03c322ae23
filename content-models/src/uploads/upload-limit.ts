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
 * Payload's multipart parser stops reading at `upload.limits.fileSize` (a huge upload is never
 * held in memory) and answers with `responseOnLimit`. Say there what to do instead of Payload's
 * "File size limit has been reached". A string, not a `limitHandler` function: Payload sends the
 * `upload` config to the admin's browser code, where a function breaks every page.
 */
export function friendlyUploadLimit(upload: Config['upload'] = {}, maxUploadBytes: number): Config['upload'] {
  const limit = upload.limits?.fileSize ?? maxUploadBytes
  return {
    ...upload,
    limits: { ...upload.limits, fileSize: limit },
    abortOnLimit: upload.abortOnLimit ?? true,
    responseOnLimit: upload.responseOnLimit ?? `This file is larger than the ${readableSize(limit)} limit. ${HOW_TO_FIX}`,
  }
}

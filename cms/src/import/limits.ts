import { readableSize } from '@genomics-hub/content-models'

/**
 * How much one import may bring in, from the command line or the admin alike: more than a
 * hub's real calendar exports hold (a daily series over the 36-month window is about 1,100
 * events), little enough that one file cannot hold the CMS in a transaction for long. The
 * admin's upload limit (HUB_MAX_UPLOAD_BYTES, 10 MB) is larger, so the message is this one.
 */
export const IMPORT_LIMITS = {
  /** The file, in bytes. */
  bytes: 5 * 1024 * 1024,
  /** Events written, each occurrence of a recurring event counting as one. */
  events: 5000,
}

const SPLIT = 'Export a shorter date range (or one calendar at a time) and import each file.'

/** The refusal of a file over the size limit, or undefined. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= IMPORT_LIMITS.bytes) return undefined
  return `The file is ${readableSize(bytes)}; an import takes at most ${readableSize(IMPORT_LIMITS.bytes)}. ${SPLIT}`
}

/** The refusal of a file with too many events (as written, or once series are expanded). */
export function eventsProblem(events: number, expanded?: { from: string; to: string }): string | undefined {
  if (events <= IMPORT_LIMITS.events) return undefined
  const limit = IMPORT_LIMITS.events.toLocaleString('en-GB')
  if (!expanded) return `The file holds ${events.toLocaleString('en-GB')} events; an import takes at most ${limit}. ${SPLIT}`
  return (
    `The file makes more than ${limit} events (a recurring event counts once for each date between ${expanded.from} and ${expanded.to}); ` +
    `an import takes at most ${limit}. ${SPLIT}`
  )
}

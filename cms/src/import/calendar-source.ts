import fs from 'node:fs'
import path from 'node:path'
import { readableSize } from '@genomics-hub/content-models'
import { printable } from '@genomics-hub/shared/ics-lines'
import { IcsImportError } from './ics-errors'
import { IMPORT_LIMITS, sizeProblem } from './limits'

/** How long a download may take, all of it, before the import gives up. */
export const DOWNLOAD_TIMEOUT_MS = 30_000

export interface ReadOptions {
  /** Where a relative path is read from. */
  cwd?: string
  timeoutMs?: number
}

/**
 * The text of the calendar the import command was given: a file, or an http(s) address
 * (webcal: and webcals: are https). Other schemes (file:, ftp:, data:...) are refused. A
 * download is capped in time and size, and a response that is not a calendar is refused by
 * its type and size: its body (a login page, an internal service's answer) is never printed.
 */
export async function readCalendarSource(target: string, options: ReadOptions = {}): Promise<string> {
  const file = path.resolve(options.cwd ?? process.cwd(), target)
  if (fs.existsSync(file)) return readFile(file, target)
  const address = calendarAddress(target)
  if (!address) return readFile(file, target)
  return download(address, options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS)
}

/** The address to download, or undefined when `target` is no address at all (a path). */
export function calendarAddress(target: string): URL | undefined {
  // A scheme is two or more characters: "C:\..." is a Windows path.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(target)?.[1].toLowerCase()
  if (!scheme) return undefined
  const webcal = scheme === 'webcal' || scheme === 'webcals'
  if (!webcal && scheme !== 'http' && scheme !== 'https') {
    throw new IcsImportError(`Only http, https and webcal addresses can be imported, not "${printable(scheme)}:" ones. To import a file, give its path.`)
  }
  try {
    return new URL(webcal ? `https:${target.slice(scheme.length + 1)}` : target)
  } catch {
    throw new IcsImportError(`"${printable(target)}" is not a valid address.`)
  }
}

function readFile(file: string, target: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) throw new IcsImportError(`There is no file "${printable(target)}".`)
  // A device or a pipe (/dev/zero) could be read for ever.
  if (!stat.isFile()) throw new IcsImportError(`"${printable(target)}" is not a file.`)
  const tooLarge = sizeProblem(stat.size)
  if (tooLarge) throw new IcsImportError(tooLarge)
  return fs.readFileSync(file, 'utf8')
}

const CALENDAR_START = /^\uFEFF?\s*BEGIN:VCALENDAR/i

async function download(address: URL, timeoutMs: number): Promise<string> {
  const shown = printable(address.href, 200)
  const limit = IMPORT_LIMITS.bytes
  const tooLarge = `${shown} sends more than ${readableSize(limit)}; an import takes at most ${readableSize(limit)}.`
  let response: Response
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/calendar, */*;q=0.1' } })
  } catch (error) {
    throw new IcsImportError(`Could not download ${shown}: ${why(error, timeoutMs)}`)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new IcsImportError(`Could not download ${shown}: the server answered HTTP ${response.status}.`)
  }
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel()
    throw new IcsImportError(tooLarge)
  }
  const chunks: Uint8Array[] = []
  let bytes = 0
  const reader = response.body?.getReader()
  try {
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      bytes += read.value.byteLength
      if (bytes > limit) {
        await reader!.cancel()
        break
      }
      chunks.push(read.value)
    }
  } catch (error) {
    throw new IcsImportError(`Could not download ${shown}: ${why(error, timeoutMs)}`)
  }
  if (bytes > limit) throw new IcsImportError(tooLarge)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!CALENDAR_START.test(text)) {
    const type = response.headers.get('content-type')
    throw new IcsImportError(
      `${shown} did not send a calendar: it sent ${type ? printable(type) : 'no content type'}, ${readableSize(bytes)}, not starting with BEGIN:VCALENDAR. ` +
        'Check the address: an error or sign-in page is not a calendar.',
    )
  }
  return text
}

function why(error: unknown, timeoutMs: number): string {
  const name = (error as Error).name
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} seconds.`
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return `${printable(cause?.code ?? cause?.message ?? (error as Error).message)}.`
}

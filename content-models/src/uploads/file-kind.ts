import { open } from 'node:fs/promises'

/** The formats the media library takes, by the bytes that start each file. */
const SIGNATURES: { mimeType: string; label: string; matches: (head: Buffer) => boolean }[] = [
  { mimeType: 'image/jpeg', label: 'JPEG', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  {
    mimeType: 'image/png',
    label: 'PNG',
    matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mimeType: 'image/webp',
    label: 'WebP',
    matches: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  },
  { mimeType: 'image/gif', label: 'GIF', matches: (h) => /^GIF8[79]a$/.test(h.toString('latin1', 0, 6)) },
  { mimeType: 'application/pdf', label: 'PDF', matches: (h) => h.toString('latin1', 0, 5) === '%PDF-' },
]

export const ACCEPTED_MIME_TYPES = SIGNATURES.map((s) => s.mimeType)

/** "JPEG, PNG, WebP, GIF or PDF", for messages. */
export const ACCEPTED_LABELS = SIGNATURES.map((s) => s.label)
  .join(', ')
  .replace(/, ([^,]+)$/, ' or $1')

/** The accepted type a file really is, from its first bytes (not its name or claimed type). */
export function detectFileType(head: Buffer): string | undefined {
  return SIGNATURES.find((s) => s.matches(head))?.mimeType
}

/** The first bytes of an upload, in memory or (with `useTempFiles`) on disk. */
export async function fileHead(file: { data?: Buffer; tempFilePath?: string }, length = 16): Promise<Buffer> {
  if (file.data?.length) return file.data.subarray(0, length)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const head = Buffer.alloc(length)
    const { bytesRead } = await handle.read(head, 0, length, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

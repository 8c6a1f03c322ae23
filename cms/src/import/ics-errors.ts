/** A file that cannot be imported: the message says what and where. Nothing is imported. */
export class IcsImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IcsImportError'
  }
}

/** Prefixes a message with the line it is about, when that is known. */
export function atLine(line: number | undefined, message: string): string {
  return line ? `Line ${line}: ${message}` : message
}

import type { Outcome } from './access-apis'

let markers = 0
/** A text no other cell has written, to find the document a cell wrote. */
export const marker = (what: string) => `${what} ${++markers}`

/** The API's answer and the database's state must agree: both say it happened, or neither. */
export function agree(outcome: Outcome, happened: boolean, what: string): boolean {
  if (outcome.ok !== happened) {
    const said = outcome.ok ? 'succeeded' : `was refused (${outcome.status} ${outcome.message})`
    throw new Error(`${what}: the API said it ${said}, but the database shows it ${happened ? 'did' : 'did not'} happen`)
  }
  return happened
}

/** Every way of reading must give the same answer; a mix is a leak or a hole. */
export function consistent(channels: Record<string, boolean>, what: string): boolean {
  const values = Object.values(channels)
  if (values.every(Boolean)) return true
  if (!values.some(Boolean)) return false
  throw new Error(`${what}: readable through only some channels: ${JSON.stringify(channels)}`)
}

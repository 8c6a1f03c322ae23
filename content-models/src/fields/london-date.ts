import type { TextField } from 'payload'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

interface CalendarDateOptions extends Partial<Omit<TextField, 'type' | 'name' | 'validate'>> {
  /** A sibling date this one must follow: strictly after, or on/after when `orSame`. */
  after?: { field: string; label: string; orSame?: boolean }
}

/**
 * A calendar date stored as the text YYYY-MM-DD: a date, not a midnight, so it never moves
 * a day when read in another time zone.
 */
export function calendarDateField(name: string, label: string, options: CalendarDateOptions = {}): TextField {
  const { after, ...overrides } = options
  const what = label.toLowerCase()
  return {
    name,
    label,
    type: 'text',
    ...overrides,
    admin: { placeholder: 'YYYY-MM-DD', ...(overrides.admin ?? {}) },
    validate: (value: unknown, { required, siblingData }: { required?: boolean; siblingData?: Record<string, unknown> }) => {
      if (value === undefined || value === null || value === '') {
        return overrides.required || required ? `Enter the ${what} as YYYY-MM-DD, for example 2026-03-14.` : true
      }
      if (!isIsoDate(value)) {
        return `"${String(value)}" is not a date. Write the ${what} as YYYY-MM-DD, for example 2026-03-14.`
      }
      const other = after ? siblingData?.[after.field] : undefined
      if (after && isIsoDate(other)) {
        const ok = after.orSame ? value >= other : value > other
        if (!ok) {
          return `The ${what} (${value}) must be ${after.orSame ? 'on or after' : 'after'} the ${after.label.toLowerCase()} (${other}).`
        }
      }
      return true
    },
  } as TextField
}

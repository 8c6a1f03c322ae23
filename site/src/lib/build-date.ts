import { DateTime } from 'luxon'
import { todayIn } from '@genomics-hub/shared/time'

/**
 * The date the site is built "as of": today in the hub's zone, or BUILD_DATE (YYYY-MM-DD) to
 * build as on another day (reproducible builds, tests, checking next month's pages early).
 * It decides which events are upcoming and which months have pages.
 */
export function buildDate(env: Record<string, string | undefined>, zone: string, now = new Date()): string {
  const value = env.BUILD_DATE
  if (value === undefined || value === '') return todayIn(zone, now)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone }).isValid) {
    throw new Error(`BUILD_DATE must be a real date written YYYY-MM-DD (for example 2026-03-01), not "${value}". Leave it unset to build as of today.`)
  }
  return value
}

import { describe, expect, it } from 'vitest'
import { buildDate } from '../src/lib/build-date'

describe('buildDate', () => {
  it('is today in the hub’s zone unless BUILD_DATE says otherwise', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    const now = new Date('2026-06-30T23:30:00Z')
    expect(buildDate({}, 'Europe/London', now)).toBe('2026-07-01')
    expect(buildDate({ BUILD_DATE: '' }, 'Europe/London', now)).toBe('2026-07-01')
    expect(buildDate({}, 'America/New_York', now)).toBe('2026-06-30')
    expect(buildDate({ BUILD_DATE: '2027-02-28' }, 'Europe/London', now)).toBe('2027-02-28')
  })

  it.each(['2026-3-1', '01/03/2026', '2026-02-30', '2026-13-01', 'today', '2026-03-01T00:00'])('refuses BUILD_DATE=%s with a clear message', (value) => {
    expect(() => buildDate({ BUILD_DATE: value }, 'Europe/London')).toThrow(
      `BUILD_DATE must be a real date written YYYY-MM-DD (for example 2026-03-01), not "${value}".`,
    )
  })
})

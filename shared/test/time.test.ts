import { describe, expect, it } from 'vitest'
import {
  eventDates,
  formatEventWhen,
  instantToLocal,
  localDateTimeToInstant,
  londonDateOf,
  monthGrid,
  monthsBetween,
  publishedMonths,
} from '../src/time'

const timed = (start: string, end: string) => ({ allDay: false as const, start, end })

describe('londonDateOf', () => {
  it('puts late-evening UTC instants on the next London day in summer only', () => {
    expect(londonDateOf('2026-07-01T23:30:00Z')).toBe('2026-07-02')
    expect(londonDateOf('2026-12-01T23:30:00Z')).toBe('2026-12-01')
  })
})

describe('clock changes', () => {
  it('spring forward (29 March 2026): 00:30 GMT and 02:30 BST are one London day', () => {
    const start = localDateTimeToInstant('2026-03-29T00:30')
    const end = localDateTimeToInstant('2026-03-29T03:30')
    expect(start).toBe('2026-03-29T00:30:00.000Z')
    expect(end).toBe('2026-03-29T02:30:00.000Z')
    expect(eventDates(timed(start, end))).toEqual(['2026-03-29'])
    expect(formatEventWhen(timed(start, end))).toBe('Sunday 29 March 2026, 00:30 to 03:30')
  })

  it('fall back (25 October 2026): the repeated hour keeps wall-clock times right', () => {
    const start = localDateTimeToInstant('2026-10-25T00:30')
    const end = localDateTimeToInstant('2026-10-25T03:30')
    expect(start).toBe('2026-10-24T23:30:00.000Z')
    expect(end).toBe('2026-10-25T03:30:00.000Z')
    expect(eventDates(timed(start, end))).toEqual(['2026-10-25'])
    expect(instantToLocal(start)).toBe('2026-10-25T00:30')
  })

  it('an evening event the day before the clocks go back stays on its own day', () => {
    const start = localDateTimeToInstant('2026-10-24T22:00')
    const end = localDateTimeToInstant('2026-10-24T23:59')
    expect(eventDates(timed(start, end))).toEqual(['2026-10-24'])
  })
})

describe('eventDates', () => {
  it('covers both days of an event crossing midnight', () => {
    const e = timed(localDateTimeToInstant('2026-12-10T20:00'), localDateTimeToInstant('2026-12-11T01:00'))
    expect(eventDates(e)).toEqual(['2026-12-10', '2026-12-11'])
  })

  it('does not spill onto the next day when ending exactly at midnight', () => {
    const e = timed(localDateTimeToInstant('2026-07-10T20:00'), localDateTimeToInstant('2026-07-11T00:00'))
    expect(eventDates(e)).toEqual(['2026-07-10'])
  })

  it('covers a month end', () => {
    const e = timed(localDateTimeToInstant('2026-01-31T09:00'), localDateTimeToInstant('2026-02-01T17:00'))
    expect(eventDates(e)).toEqual(['2026-01-31', '2026-02-01'])
  })

  it('covers every day of an all-day multi-day event, inclusive', () => {
    expect(eventDates({ allDay: true, startDate: '2027-12-30', endDate: '2028-01-02' })).toEqual([
      '2027-12-30',
      '2027-12-31',
      '2028-01-01',
      '2028-01-02',
    ])
  })

  it('knows the leap day', () => {
    expect(eventDates({ allDay: true, startDate: '2028-02-28', endDate: '2028-03-01' })).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ])
  })

  it('gives a zero-length event its start date', () => {
    const at = localDateTimeToInstant('2026-05-05T12:00')
    expect(eventDates(timed(at, at))).toEqual(['2026-05-05'])
  })
})

describe('monthGrid', () => {
  const flat = (month: string) => monthGrid(month).weeks.flat()

  it('starts weeks on Monday and pads with the neighbouring months', () => {
    const grid = monthGrid('2026-03')
    expect(grid.caption).toBe('March 2026')
    expect(grid.weeks[0][0]).toEqual({ date: '2026-02-23', inMonth: false })
    expect(grid.weeks[0][6]).toEqual({ date: '2026-03-01', inMonth: true })
    expect(grid.weeks.at(-1)!.at(-1)).toEqual({ date: '2026-04-05', inMonth: false })
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('needs no leading days for a month starting on a Monday (June 2026)', () => {
    expect(monthGrid('2026-06').weeks[0][0]).toEqual({ date: '2026-06-01', inMonth: true })
  })

  it('uses six rows when the month needs them (August 2026)', () => {
    expect(monthGrid('2026-08').weeks).toHaveLength(6)
  })

  it('fits February 2027 (starts on a Monday, 28 days) into exactly four rows', () => {
    expect(monthGrid('2027-02').weeks).toHaveLength(4)
    expect(flat('2027-02').every((d) => d.inMonth)).toBe(true)
  })

  it('includes the leap day in February 2028', () => {
    expect(flat('2028-02').filter((d) => d.inMonth).map((d) => d.date)).toContain('2028-02-29')
  })
})

describe('publishedMonths', () => {
  it('runs from the earliest event to 12 months after the build', () => {
    const months = publishedMonths(['2026-05', '2026-12'], '2026-11-24')
    expect(months[0]).toBe('2026-05')
    expect(months.at(-1)).toBe('2027-11')
  })

  it('reaches a later last event', () => {
    expect(publishedMonths(['2029-01'], '2026-11-24').at(-1)).toBe('2029-01')
  })

  it('starts at the build month when there are no events', () => {
    expect(publishedMonths([], '2026-11-24')).toEqual(monthsBetween('2026-11', '2027-11'))
  })
})

describe('formatEventWhen', () => {
  it('writes multi-day timed and all-day events', () => {
    const e = timed(localDateTimeToInstant('2026-03-02T09:00'), localDateTimeToInstant('2026-03-03T17:00'))
    expect(formatEventWhen(e)).toBe('Monday 2 March 2026, 09:00 to Tuesday 3 March 2026, 17:00')
    expect(formatEventWhen({ allDay: true, startDate: '2026-03-02', endDate: '2026-03-04' })).toBe('2 to 4 March 2026 (all day)')
    expect(formatEventWhen({ allDay: true, startDate: '2026-03-03', endDate: '2026-03-03' })).toBe('Tuesday 3 March 2026 (all day)')
  })
})

describe('host time zone independence', () => {
  it('gives the same answers whatever TZ the machine runs in', () => {
    const compute = () =>
      JSON.stringify([
        monthGrid('2026-10'),
        eventDates(timed('2026-10-24T23:30:00.000Z', '2026-10-25T03:30:00.000Z')),
        formatEventWhen(timed('2026-03-29T00:30:00.000Z', '2026-03-29T02:30:00.000Z')),
        londonDateOf(new Date('2026-07-01T23:30:00Z')),
      ])
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const utc = compute()
      process.env.TZ = 'America/New_York'
      const ny = compute()
      process.env.TZ = 'Asia/Tokyo'
      expect(compute()).toBe(utc)
      expect(ny).toBe(utc)
    } finally {
      process.env.TZ = original
    }
  })
})

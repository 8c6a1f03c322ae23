import { describe, expect, it } from 'vitest'
import {
  addMonths,
  eventDates,
  formatDate,
  formatEventWhen,
  instantToLocal,
  localDateTimeToInstant,
  londonDateOf,
  monthGrid,
  monthsBetween,
  monthOf,
  publishedMonths,
  wallClock,
  wallClockRoundTrips,
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

describe('months', () => {
  it('adds and lists months across year ends', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsBetween('2027-02', '2026-11')).toEqual([])
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

  it('holds its shape for every month 2026 to 2028: Monday first, whole weeks, each day once', () => {
    for (const month of monthsBetween('2026-01', '2028-12')) {
      const grid = monthGrid(month)
      const days = grid.weeks.flat()
      expect([4, 5, 6]).toContain(grid.weeks.length)
      expect(grid.weeks.every((w) => w.length === 7)).toBe(true)
      expect(new Date(`${days[0].date}T12:00:00Z`).getUTCDay()).toBe(1)
      const inMonth = days.filter((d) => d.inMonth).map((d) => d.date)
      expect(inMonth[0]).toBe(`${month}-01`)
      expect(inMonth.every((d) => monthOf(d) === month)).toBe(true)
      expect(days.filter((d) => !d.inMonth).every((d) => monthOf(d.date) !== month)).toBe(true)
      for (let i = 1; i < days.length; i++) {
        expect(Date.parse(days[i].date) - Date.parse(days[i - 1].date)).toBe(86_400_000)
      }
    }
  })

  it('greys the next month’s leading days at the end (August 2026 ends on a Monday)', () => {
    const last = monthGrid('2026-08').weeks.at(-1)!
    expect(last[0]).toEqual({ date: '2026-08-31', inMonth: true })
    expect(last[6]).toEqual({ date: '2026-09-06', inMonth: false })
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

  it('honours monthsAhead and ignores event months inside the window', () => {
    expect(publishedMonths(['2026-12'], '2026-11-01', 2)).toEqual(['2026-11', '2026-12', '2027-01'])
  })

  it('starts at the build month when there are no events', () => {
    expect(publishedMonths([], '2026-11-24')).toEqual(monthsBetween('2026-11', '2027-11'))
  })
})

describe('formatEventWhen', () => {
  it('writes a same-day event with 24-hour London times, in summer and winter', () => {
    expect(formatEventWhen(timed('2026-03-03T10:00:00Z', '2026-03-03T12:30:00Z'))).toBe('Tuesday 3 March 2026, 10:00 to 12:30')
    expect(formatEventWhen(timed('2026-07-07T13:00:00Z', '2026-07-07T14:00:00Z'))).toBe('Tuesday 7 July 2026, 14:00 to 15:00')
  })

  it('keeps an evening ending at midnight on one day, as the grid does', () => {
    const e = timed(localDateTimeToInstant('2026-07-10T20:00'), localDateTimeToInstant('2026-07-11T00:00'))
    expect(formatEventWhen(e)).toBe('Friday 10 July 2026, 20:00 to 00:00')
  })

  it('writes all-day ranges across months and years', () => {
    expect(formatEventWhen({ allDay: true, startDate: '2026-03-30', endDate: '2026-04-02' })).toBe('30 March to 2 April 2026 (all day)')
    expect(formatEventWhen({ allDay: true, startDate: '2027-12-30', endDate: '2028-01-02' })).toBe(
      '30 December 2027 to 2 January 2028 (all day)',
    )
  })

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
        monthGrid('2026-03'),
        eventDates(timed('2026-10-24T23:30:00.000Z', '2026-10-25T03:30:00.000Z')),
        eventDates({ allDay: true, startDate: '2026-03-28', endDate: '2026-03-30' }),
        formatEventWhen(timed('2026-03-29T00:30:00.000Z', '2026-03-29T02:30:00.000Z')),
        formatEventWhen({ allDay: true, startDate: '2026-10-24', endDate: '2026-10-26' }),
        londonDateOf(new Date('2026-07-01T23:30:00Z')),
        localDateTimeToInstant('2026-10-25T01:30'),
        localDateTimeToInstant('2026-03-29T01:30'),
        instantToLocal('2026-10-25T01:30:00Z'),
        wallClock(new Date('2026-03-29T01:00:00Z')),
        formatDate('2028-02-29'),
        publishedMonths(['2026-02'], '2026-11-24', 3),
      ])
    // The test is only worth anything if changing TZ really moves the host's clock.
    const hostOffset = () => new Date('2026-07-01T12:00:00Z').getTimezoneOffset()
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      expect(hostOffset()).toBe(0)
      const utc = compute()
      process.env.TZ = 'America/New_York'
      expect(hostOffset()).toBe(240)
      const ny = compute()
      process.env.TZ = 'Asia/Tokyo'
      expect(hostOffset()).toBe(-540)
      expect(compute()).toBe(utc)
      expect(ny).toBe(utc)
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })
})

describe('RFC 5545 wall-clock rules at the clock changes', () => {
  it('reads a time repeated in autumn as its first occurrence (BST)', () => {
    expect(localDateTimeToInstant('2026-10-25T01:30')).toBe('2026-10-25T00:30:00.000Z')
    expect(localDateTimeToInstant('2026-10-25T02:00')).toBe('2026-10-25T02:00:00.000Z')
  })

  it('reads a time skipped in spring with the offset from before the gap', () => {
    expect(localDateTimeToInstant('2026-03-29T01:30')).toBe('2026-03-29T01:30:00.000Z')
    expect(instantToLocal(localDateTimeToInstant('2026-03-29T01:30'))).toBe('2026-03-29T02:30')
  })

  it('knows which instants cannot be written as London wall-clock time', () => {
    expect(wallClockRoundTrips('2026-10-25T00:30:00Z')).toBe(true) // 01:30 BST
    expect(wallClockRoundTrips('2026-10-25T01:30:00Z')).toBe(false) // 01:30 GMT, the second pass
    expect(wallClockRoundTrips('2026-03-29T01:00:00Z')).toBe(true) // 02:00 BST
  })

  it('refuses input it cannot read instead of guessing', () => {
    expect(() => localDateTimeToInstant('29/03/2026 10:00')).toThrow(RangeError)
    expect(() => localDateTimeToInstant('2026-02-30T10:00')).toThrow(RangeError)
    expect(() => londonDateOf('not a date')).toThrow(RangeError)
    expect(() => monthGrid('2026-13')).toThrow(RangeError)
  })
})

describe('wallClock and formatDate', () => {
  it('shows London date, 24-hour time and offset on either side of the clock change', () => {
    expect(wallClock('2026-03-29T00:59:00Z')).toEqual({ date: '2026-03-29', time: '00:59', iso: '2026-03-29T00:59:00+00:00' })
    expect(wallClock('2026-03-29T01:00:00Z')).toEqual({ date: '2026-03-29', time: '02:00', iso: '2026-03-29T02:00:00+01:00' })
    expect(wallClock('2026-06-30T23:15:00Z').date).toBe('2026-07-01')
  })

  it('writes dates in full, British order', () => {
    expect(formatDate('2026-03-03')).toBe('Tuesday 3 March 2026')
    expect(formatDate('2028-02-29')).toBe('Tuesday 29 February 2028')
  })
})

import { AUDIENCE_LABELS, type Audience, type EventFormat, type EventStatus } from '@genomics-hub/shared/content'
import { eventDates, LONDON } from '@genomics-hub/shared/time'
import { DateTime } from 'luxon'
import type { CategoryName } from './categories'
import type { Block } from '../rich-text'

/**
 * Training events, placed relative to the seed date so the demo calendar always has past and
 * upcoming events: `month` counts months from the seed date's month (seeded on 2026-11-24,
 * month -6 is May 2026 and month +12 is November 2027). Days are "the nth weekday of the
 * month", as real training calendars are planned, so sessions fall on weekdays.
 *
 * Times are Europe/London wall-clock times ('HH:mm-HH:mm'); index.ts converts them to
 * instants with luxon. An end time earlier than the start time means the next day.
 */

export const ZONE = LONDON

/** The months the demo calendar covers, counted from the seed date's month: 18 months around it. */
export const FIRST_MONTH = -6
export const LAST_MONTH = 12

/**
 * Month +9 has no events at all (August 2027 when seeded on 2026-11-24): the calendar's
 * "There were no results found" state. Nothing may start, end or run through it. When month
 * +9 holds a clock change (seeding in January or June) it needs its clock-change event, so
 * month +10 is left empty instead and the events planned for +10 move to +9.
 */
export const EMPTY_MONTH_OFFSET = 9

export const MON = 1
export const TUE = 2
export const WED = 3
export const THU = 4
export const FRI = 5
export const SAT = 6
export const SUN = 7

export type When =
  /** The nth (or last) weekday of the month `month` months from the seed month. */
  | { month: number; nth: 1 | 2 | 3 | 4 | 'last'; weekday: number }
  /** Days after the seed date, moved to the Monday if that is a weekend. */
  | { inDays: number }
  /** A clock-change Sunday (last Sunday of March or October), plus `plusDays`. */
  | { clockChange: string; plusDays?: number }

export interface EventSeed {
  title: string
  summary: string
  when: When
  /** Timed: 'HH:mm-HH:mm' London time. Omit for all-day events. */
  time?: string
  /** Timed events over several days: from the start time on the first day to the end time on the last. */
  days?: number
  /** All-day event over this many days (the last day inclusive). */
  allDayDays?: number
  format: EventFormat
  category: CategoryName
  audience: Audience[]
  place?: keyof typeof VENUES
  organiser?: string
  /** What the session covers, as a bullet list in the description. */
  covers?: string[]
  status?: EventStatus
  /** Saved as a draft only: never on the public site or in the feeds. */
  draft?: boolean
}

export const VENUES = {
  LEEDS: { venue: 'Education Centre, St James’s University Hospital', address: 'Beckett Street\nLeeds\nLS9 7TF' },
  LEEDS_LAB: { venue: 'Genomics Laboratory, St James’s University Hospital', address: 'Beckett Street\nLeeds\nLS9 7TF' },
  SHEFFIELD: { venue: 'Medical School, Lecture Theatre 1', address: 'Beech Hill Road\nSheffield\nS10 2RX' },
  NEWCASTLE: { venue: 'International Centre for Life', address: 'Times Square\nNewcastle upon Tyne\nNE1 4EP' },
}

const GEP = 'NHS England Genomics Education Programme'
const CLINICAL_GENETICS = 'Yorkshire Regional Clinical Genetics Service'

export const events: EventSeed[] = [
  // Month -6
  { title: 'Genomics for GPs: when to refer', summary: 'Recognising when a patient may have an inherited condition, and how and where to refer.', when: { month: -6, nth: 2, weekday: TUE }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'], covers: ['Red flags in the family history', 'Which conditions clinical genetics accepts', 'Tests GPs can request directly'] },
  { title: 'Pharmacogenomics for pharmacists', summary: 'DPYD, CYP2C19 and beyond: what pharmacists need to know now.', when: { month: -6, nth: 4, weekday: WED }, time: '18:30-20:00', format: 'online', category: 'Webinar', audience: ['pharmacists'] },
  // Month -5: a two-day timed conference
  { title: 'Whole genome sequencing in paediatrics', summary: 'A case-based day on whole genome sequencing for children with a suspected rare disease.', when: { month: -5, nth: 2, weekday: THU }, time: '09:30-16:30', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses'], place: 'LEEDS' },
  { title: 'Regional Genomics Conference', summary: 'Two days of talks, posters and workshops from across the region’s genomic medicine service.', when: { month: -5, nth: 4, weekday: WED }, time: '09:00-17:00', days: 2, format: 'in-person', category: 'Conference', audience: ['all-healthcare-professionals'], place: 'NEWCASTLE', covers: ['Day 1: genomics in cancer care and the GTAB', 'Day 2: rare disease, whole genome sequencing and the GARD', 'Poster session and networking lunch both days'] },
  // Month -4
  { title: 'Ordering genomic tests: drop-in clinic', summary: 'Bring your questions about test directory codes, request forms and samples.', when: { month: -4, nth: 1, weekday: TUE }, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['all-healthcare-professionals'] },
  { title: 'Genomics in midwifery practice', summary: 'Family history, antenatal screening and genomic testing in pregnancy.', when: { month: -4, nth: 3, weekday: WED }, time: '10:00-12:00', format: 'online', category: 'Webinar', audience: ['midwives'] },
  // Month -3
  { title: 'Cancer GTAB: what clinicians need to know', summary: 'How Genomic Tumour Advisory Boards work, what they recommend and how to bring a patient’s case.', when: { month: -3, nth: 2, weekday: TUE }, time: '16:00-17:30', format: 'hybrid', category: 'Masterclass', audience: ['hospital-doctors', 'nurses'], place: 'SHEFFIELD', covers: ['Who sits on a GTAB and how often it meets', 'Reading a tumour genomic report', 'Germline findings from tumour testing'] },
  { title: 'Core concepts in genomics: live tutorial', summary: 'A live tutorial to go with the Genomics Education Programme’s core concepts e-learning.', when: { month: -3, nth: 4, weekday: THU }, time: '12:30-13:30', format: 'online', category: 'E-learning live session', audience: ['all-healthcare-professionals'], organiser: GEP },
  // Month -2: a cancelled workshop
  { title: 'Rare disease study day', summary: 'A day of talks from families, clinicians and scientists on diagnosing rare disease.', when: { month: -2, nth: 2, weekday: THU }, allDayDays: 1, format: 'in-person', category: 'Conference', audience: ['all-healthcare-professionals'], place: 'LEEDS' },
  { title: 'Consent and the record of discussion', summary: 'Practical consent for genomic testing, with role play.', when: { month: -2, nth: 3, weekday: TUE }, time: '14:00-16:00', format: 'in-person', category: 'Workshop', audience: ['nurses', 'genetic-counsellors'], place: 'SHEFFIELD', status: 'cancelled' },
  // Month -1
  { title: 'Familial hypercholesterolaemia in primary care', summary: 'Finding FH in your practice list and what happens after testing.', when: { month: -1, nth: 1, weekday: WED }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps', 'nurses'] },
  { title: 'Genomics for practice nurses', summary: 'Family history and referral for practice nurses.', when: { month: -1, nth: 3, weekday: TUE }, time: '14:00-15:30', format: 'online', category: 'Webinar', audience: ['nurses'] },
  // Month 0 (the seed month)
  { title: 'Genomics update for clinical nurse specialists', summary: 'What changed in the National Genomic Test Directory this year, and what it means for your clinics.', when: { month: 0, nth: 1, weekday: TUE }, time: '10:00-12:30', format: 'hybrid', category: 'Masterclass', audience: ['nurses'], place: 'LEEDS' },
  { title: 'Variant interpretation masterclass', summary: 'ACMG variant classification with worked examples from the laboratory.', when: { month: 0, nth: 2, weekday: THU }, time: '09:30-16:00', format: 'in-person', category: 'Masterclass', audience: ['genetic-counsellors', 'hospital-doctors'], place: 'NEWCASTLE' },
  { title: 'Evening genomics journal club', summary: 'This month: reanalysis of exome and genome data, and what it finds.', when: { month: 0, nth: 3, weekday: MON }, time: '19:00-20:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'genetic-counsellors'] },
  { title: 'Genomics for GPs: family history in ten minutes', summary: 'A quick, practical way to take a family history in a routine appointment.', when: { month: 0, nth: 4, weekday: THU }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'] },
  // A draft in the next two weeks: the admin dashboard lists it; the site must not.
  { title: 'Lynch syndrome pathway launch', summary: 'Launch of the regional Lynch syndrome testing pathway.', when: { inDays: 7 }, time: '15:00-16:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'nurses'], draft: true },
  // Month +1: crossing midnight (20:00 to 01:00 the next day)
  { title: 'Genomics in primary care: a year in review', summary: 'Highlights, audits and what is coming next for genomics in general practice.', when: { month: 1, nth: 1, weekday: WED }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'] },
  { title: 'Night shift genomics: teaching for resident doctors', summary: 'An evening teaching session for night-shift teams that runs past midnight.', when: { month: 1, nth: 2, weekday: THU }, time: '20:00-01:00', format: 'online', category: 'Webinar', audience: ['hospital-doctors'], covers: ['Rapid whole genome sequencing for acutely unwell children (R14)', 'When to call the GLH out of hours', 'Consent in an emergency'] },
  // Month +2: a multi-day all-day event, and a postponed one
  { title: 'Genomics Education Week', summary: 'A week of short online sessions for every profession, with a new topic each day.', when: { month: 2, nth: 2, weekday: MON }, allDayDays: 5, format: 'online', category: 'E-learning live session', audience: ['all-healthcare-professionals'], organiser: GEP, covers: ['Monday: what is a genome?', 'Tuesday: ordering tests', 'Wednesday: cancer genomics', 'Thursday: rare disease', 'Friday: pharmacogenomics'] },
  { title: 'Prenatal exome sequencing: case studies', summary: 'Rapid prenatal exome sequencing, from referral to result.', when: { month: 2, nth: 4, weekday: WED }, time: '13:00-14:30', format: 'online', category: 'Webinar', audience: ['midwives', 'hospital-doctors'], status: 'postponed' },
  // Month +3
  { title: 'Introduction to cancer genomics', summary: 'A full-day course on tumour testing, GTABs and choosing treatment.', when: { month: 3, nth: 1, weekday: THU }, time: '09:00-16:30', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses'], place: 'SHEFFIELD' },
  { title: 'Inherited cancer: family history clinic skills', summary: 'Assessing inherited cancer risk from a family history, and when to refer.', when: { month: 3, nth: 'last', weekday: FRI }, allDayDays: 1, format: 'in-person', category: 'Workshop', audience: ['genetic-counsellors', 'nurses'], place: 'LEEDS', organiser: CLINICAL_GENETICS },
  // Month +4
  { title: 'Pharmacogenomics drop-in', summary: 'Your questions about DPYD and CYP2C19 testing answered.', when: { month: 4, nth: 2, weekday: WED }, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['pharmacists'] },
  // Month +5
  { title: 'Rare disease diagnosis: GARD MDT in practice', summary: 'Watch a mock Genomic Advisory team for Rare Disease meeting, then discuss the cases.', when: { month: 5, nth: 3, weekday: TUE }, time: '14:00-16:00', format: 'hybrid', category: 'Masterclass', audience: ['hospital-doctors', 'genetic-counsellors'], place: 'LEEDS' },
  { title: 'Pharmacogenomics e-learning: live questions', summary: 'A live session with the authors of the pharmacogenomics e-learning.', when: { month: 5, nth: 4, weekday: WED }, time: '12:30-13:30', format: 'online', category: 'E-learning live session', audience: ['pharmacists', 'gps'], organiser: GEP },
  // Month +6: a two-day all-day conference and a cancelled webinar
  { title: 'Genomic medicine for nurses and midwives conference', summary: 'Two days for nurses and midwives: family history, screening, consent and results.', when: { month: 6, nth: 2, weekday: THU }, allDayDays: 2, format: 'in-person', category: 'Conference', audience: ['nurses', 'midwives'], place: 'NEWCASTLE' },
  { title: 'Genomic testing for sudden cardiac death', summary: 'Inherited cardiac conditions and testing relatives after a sudden death.', when: { month: 6, nth: 4, weekday: TUE }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors'], status: 'cancelled' },
  // Month +7: a three-day course
  { title: 'Genomic medicine residential course', summary: 'A three-day introduction to genomic medicine for clinicians new to the field.', when: { month: 7, nth: 1, weekday: MON }, time: '09:00-17:00', days: 3, format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses', 'pharmacists'], place: 'LEEDS' },
  { title: 'Taking a family history: skills workshop', summary: 'Draw pedigrees and spot patterns of inheritance.', when: { month: 7, nth: 3, weekday: WED }, time: '10:00-12:00', format: 'in-person', category: 'Workshop', audience: ['gps', 'nurses', 'midwives'], place: 'SHEFFIELD' },
  // Month +8
  { title: 'Ordering WGS for rare disease: drop-in', summary: 'Help with trio samples, request forms and eligibility for whole genome sequencing.', when: { month: 8, nth: 2, weekday: TUE }, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['all-healthcare-professionals'] },
  // Month +9: deliberately empty (EMPTY_MONTH_OFFSET).
  // Month +10
  { title: 'Genomics and ethics: consent in the genomic era', summary: 'Debating secondary findings, data sharing and consent.', when: { month: 10, nth: 2, weekday: WED }, time: '18:00-19:30', format: 'hybrid', category: 'Masterclass', audience: ['genetic-counsellors', 'hospital-doctors'], place: 'NEWCASTLE' },
  { title: 'Genomics for GPs: refresher', summary: 'An update on referral criteria and the tests GPs can now request.', when: { month: 10, nth: 4, weekday: TUE }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'] },
  // Month +11
  { title: 'Cancer genomics update', summary: 'New tests in the directory and what they mean for oncology teams.', when: { month: 11, nth: 1, weekday: TUE }, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'nurses'] },
  { title: 'Circulating tumour DNA in practice', summary: 'Liquid biopsy in lung and breast cancer: when to use it and how to read the result.', when: { month: 11, nth: 3, weekday: THU }, time: '14:00-16:30', format: 'hybrid', category: 'Masterclass', audience: ['hospital-doctors'], place: 'SHEFFIELD' },
  // Month +12
  { title: 'Pharmacogenomics in practice study day', summary: 'A regional study day on bringing pharmacogenomic testing into prescribing.', when: { month: 12, nth: 2, weekday: THU }, time: '09:30-16:00', format: 'in-person', category: 'Conference', audience: ['pharmacists', 'gps', 'hospital-doctors'], place: 'LEEDS' },
]

/**
 * A session on every clock-change weekend in the demo's months, where time bugs live. Which
 * one a weekend gets depends on the season and on whether the year is odd or even, so a
 * weekend always gets the same session (and slug), and the two autumns (or springs) an
 * 18-month window can hold never share one.
 */
const clockChangeSessions: Record<'spring' | 'autumn', [even: Omit<EventSeed, 'when'>, odd: Omit<EventSeed, 'when'>]> = {
  autumn: [
    // Saturday night into Sunday: the night has an extra hour, so 22:00 to 06:00 is nine hours.
    { title: 'Overnight in the rapid sequencing lab', summary: 'Shadow the on-call team through a night of rapid genome sequencing, on the night the clocks go back.', time: '22:00-06:00', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'genetic-counsellors'], place: 'LEEDS_LAB', covers: ['From sample receipt to variant call', 'How urgent results reach the ward', 'Note: the clocks go back during the session, so it lasts nine hours'] },
    // Saturday 10:00 BST to Sunday 13:00 GMT: 28 hours, not 27.
    { title: 'Genomics weekend school for resident doctors', summary: 'An online weekend course, Saturday morning to Sunday lunchtime, on genomics in acute and general medicine.', time: '10:00-13:00', days: 2, format: 'online', category: 'E-learning live session', audience: ['hospital-doctors'], organiser: GEP, covers: ['Saturday: ordering tests, consent and the test directory', 'Sunday morning: rare disease and cancer cases, with the GTAB and GARD', 'Note: the clocks go back at 02:00 on Sunday, so Sunday’s times are GMT and Saturday’s BST'] },
  ],
  spring: [
    // Saturday 09:30 GMT to Sunday 12:30 BST: 26 hours, not 27.
    { title: 'Genomics revision weekend for specialty trainees', summary: 'An online revision course for specialty trainees, from Saturday morning to Sunday lunchtime, the weekend the clocks go forward.', time: '09:30-12:30', days: 2, format: 'online', category: 'E-learning live session', audience: ['hospital-doctors', 'genetic-counsellors'], covers: ['Saturday: inheritance, variants and reading a genomic report', 'Sunday: exam-style cases on cancer and rare disease', 'Note: the clocks go forward at 01:00 on Sunday, an hour less sleep before the Sunday session'] },
    // Sunday 00:30 GMT to 03:30 BST is two hours.
    { title: 'Night shift genomics: rapid genome sequencing in intensive care', summary: 'A short teaching session for night-shift teams, on the night the clocks go forward.', time: '00:30-03:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'nurses'], covers: ['Note: the clocks go forward at 01:00, so the session lasts two hours'] },
  ],
}

const lastSundayOf = (year: number, month: number) => {
  const end = DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE }).endOf('month').startOf('day')
  return end.minus({ days: end.weekday % 7 })
}

const monthsFrom = (today: DateTime, day: DateTime) => (day.year - today.year) * 12 + day.month - today.month

/** Every clock-change Sunday (last Sunday of March and of October) in the demo's months. */
export function clockChangeSundays(today: DateTime): DateTime[] {
  const years = [today.year - 1, today.year, today.year + 1, today.year + 2]
  return years
    .flatMap((year) => [lastSundayOf(year, 3), lastSundayOf(year, 10)])
    .filter((sunday) => monthsFrom(today, sunday) >= FIRST_MONTH && monthsFrom(today, sunday) <= LAST_MONTH)
}

/** The clock-change sessions for the demo's months: one on each clock-change weekend. */
export function clockChangeEvents(today: DateTime): EventSeed[] {
  return clockChangeSundays(today).map((sunday) => {
    const session = clockChangeSessions[sunday.month === 3 ? 'spring' : 'autumn'][sunday.year % 2]
    // Sessions with a start time later than their end (overnight) start on the Saturday; so do
    // weekend courses. The rest start on the Sunday.
    const fromSaturday = Boolean(session.days) || Boolean(session.time && session.time.split('-')[1] <= session.time.split('-')[0])
    return { ...session, when: { clockChange: sunday.toISODate()!, plusDays: fromSaturday ? -1 : 0 } }
  })
}

/** The month left empty, counted from the seed month: +9, unless +9 holds a clock change. */
export function emptyMonthOffset(today: DateTime): number {
  const month = today.startOf('month').plus({ months: EMPTY_MONTH_OFFSET }).month
  return month === 3 || month === 10 ? EMPTY_MONTH_OFFSET + 1 : EMPTY_MONTH_OFFSET
}

/** Where the events planned for a month go: the planned empty month swaps with the one left empty. */
function actualMonth(planned: number, today: DateTime): number {
  const empty = emptyMonthOffset(today)
  if (empty === EMPTY_MONTH_OFFSET) return planned
  return planned === empty ? EMPTY_MONTH_OFFSET : planned === EMPTY_MONTH_OFFSET ? empty : planned
}

/** The London date an event starts on. */
export function resolveDay(when: When, today: DateTime): DateTime {
  if ('inDays' in when) {
    const day = today.plus({ days: when.inDays })
    return day.weekday >= SAT ? day.plus({ days: 8 - day.weekday }) : day
  }
  if ('clockChange' in when) {
    return DateTime.fromISO(when.clockChange, { zone: ZONE }).plus({ days: when.plusDays ?? 0 })
  }
  const first = today.startOf('month').plus({ months: actualMonth(when.month, today) })
  if (when.nth === 'last') {
    const end = first.endOf('month').startOf('day')
    return end.minus({ days: (end.weekday - when.weekday + 7) % 7 })
  }
  return first.plus({ days: (when.weekday - first.weekday + 7) % 7 + 7 * (when.nth - 1) })
}

/** A London wall-clock time on a date, as a UTC instant (luxon does the zone arithmetic). */
export const londonInstant = (day: DateTime, hhmm: string): string =>
  DateTime.fromISO(`${day.toFormat('yyyy-MM-dd')}T${hhmm}`, { zone: ZONE }).toUTC().toISO() as string

/** The event's timing fields, as the events collection stores them. */
export function eventTiming(event: EventSeed, today: DateTime) {
  const day = resolveDay(event.when, today)
  if (event.allDayDays) {
    return {
      allDay: true as const,
      startDate: day.toFormat('yyyy-MM-dd'),
      endDate: day.plus({ days: event.allDayDays - 1 }).toFormat('yyyy-MM-dd'),
    }
  }
  if (!event.time) throw new Error(`Seed event "${event.title}" needs a time or allDayDays`)
  const [from, to] = event.time.split('-')
  const overnight = to <= from ? 1 : 0
  const lastDay = day.plus({ days: (event.days ?? 1) - 1 + overnight })
  return {
    allDay: false as const,
    start: londonInstant(day, from),
    end: londonInstant(lastDay, to),
    start_tz: ZONE,
    end_tz: ZONE,
  }
}

/** Every event the demo calendar has for this seed date, with its timing; none in the empty month. */
export function plannedEvents(today: DateTime): { event: EventSeed; timing: ReturnType<typeof eventTiming> }[] {
  const emptyMonth = today.startOf('month').plus({ months: emptyMonthOffset(today) }).toFormat('yyyy-MM')
  return [...events, ...clockChangeEvents(today)].map((event) => {
    const timing = eventTiming(event, today)
    if (eventDates(timing).some((date) => date.startsWith(emptyMonth))) {
      throw new Error(`seed: "${event.title}" falls in ${emptyMonth}, the month the demo calendar leaves empty`)
    }
    return { event, timing }
  })
}

/** The description: summary, what it covers, who it is for, and a word on booking or status. */
export function eventDescription(event: EventSeed): Block[] {
  const blocks: Block[] = [event.summary]
  if (event.status === 'cancelled') blocks.push('This event has been cancelled. We are sorry for any inconvenience; booked attendees have been contacted.')
  if (event.status === 'postponed') blocks.push('This event has been postponed. A new date will be announced here and by email to booked attendees.')
  if (event.covers?.length) blocks.push('## What it covers', event.covers)
  blocks.push('## Who it is for', `${event.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}.`)
  if (!event.status || event.status === 'scheduled') {
    blocks.push('Places are limited, so please book early. A certificate of attendance is provided for your CPD record.')
  }
  return blocks
}

import type { Audience, EventFormat, EventStatus } from '@genomics-hub/shared/content'
import { DateTime } from 'luxon'

/**
 * Training events placed relative to the seed date, so the demo calendar always has past and
 * upcoming events: `month` is months from the current one. Times are London wall-clock.
 * Month +9 is deliberately left empty (the calendar's "no results" state).
 */
interface EventSeed {
  title: string
  summary: string
  month: number
  day: number
  /** Days from the seed date instead of month/day (for "coming up soon" demo content). */
  inDays?: number
  /** 'HH:mm-HH:mm', or with '+1' on the end time for the next day; or all-day for N days. */
  time: string | { allDayDays: number }
  lastDay?: number
  format: EventFormat
  category: string
  audience: Audience[]
  status?: EventStatus
  draft?: boolean
  venue?: string
  online?: boolean
}

const LEEDS = { venue: 'Education Centre, St James’s University Hospital', address: 'Beckett Street\nLeeds\nLS9 7TF' }
const SHEFFIELD = { venue: 'Medical School Lecture Theatre 1', address: 'Beech Hill Road\nSheffield\nS10 2RX' }
const NEWCASTLE = { venue: 'International Centre for Life', address: 'Times Square\nNewcastle upon Tyne\nNE1 4EP' }
export const VENUES = { LEEDS, SHEFFIELD, NEWCASTLE }

export const events: (EventSeed & { place?: keyof typeof VENUES })[] = [
  { title: 'Genomics for GPs: when to refer', summary: 'Recognising when a patient may have an inherited condition and how to refer.', month: -6, day: 12, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'] },
  { title: 'Whole genome sequencing in paediatrics', summary: 'Case-based session on WGS for children with suspected rare disease.', month: -5, day: 8, time: '09:30-16:30', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses'], place: 'LEEDS' },
  { title: 'Pharmacogenomics for pharmacists', summary: 'DPYD, CYP2C19 and beyond: what pharmacists need to know now.', month: -5, day: 21, time: '18:30-20:00', format: 'online', category: 'Webinar', audience: ['pharmacists'] },
  { title: 'Regional Genomics Conference', summary: 'Two days of talks, posters and workshops from across the region.', month: -4, day: 15, time: '09:00-17:00', lastDay: 16, format: 'in-person', category: 'Conference', audience: ['all-healthcare-professionals'], place: 'NEWCASTLE' },
  { title: 'Ordering genomic tests: drop-in clinic', summary: 'Bring your questions about test codes, forms and samples.', month: -4, day: 28, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['all-healthcare-professionals'] },
  { title: 'Cancer GTAB: what clinicians need to know', summary: 'How Genomic Tumour Advisory Boards work and how to refer a case.', month: -3, day: 10, time: '16:00-17:30', format: 'hybrid', category: 'Masterclass', audience: ['hospital-doctors'], place: 'SHEFFIELD' },
  { title: 'Genomics in midwifery practice', summary: 'Family history, screening and genomic testing in pregnancy.', month: -3, day: 24, time: '10:00-12:00', format: 'online', category: 'Webinar', audience: ['midwives'] },
  { title: 'Rare Disease Day study day', summary: 'A day of talks from families, clinicians and scientists.', month: -2, day: 5, time: { allDayDays: 1 }, format: 'in-person', category: 'Conference', audience: ['all-healthcare-professionals'], place: 'LEEDS' },
  { title: 'Consent and the record of discussion', summary: 'Practical consent for genomic testing, with role play.', month: -2, day: 19, time: '14:00-16:00', format: 'in-person', category: 'Workshop', audience: ['nurses', 'genetic-counsellors'], place: 'SHEFFIELD', status: 'cancelled' },
  { title: 'Night shift genomics: teaching for resident doctors', summary: 'An evening teaching session that runs past midnight for night-shift teams.', month: -1, day: 10, time: '20:00-01:00+1', format: 'online', category: 'Webinar', audience: ['hospital-doctors'] },
  { title: 'Familial hypercholesterolaemia in primary care', summary: 'Finding FH in your practice list and what happens after testing.', month: -1, day: 26, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps', 'nurses'] },
  { title: 'Genomics update for clinical nurse specialists', summary: 'What changed in the test directory this year.', month: 0, day: 3, time: '10:00-12:30', format: 'hybrid', category: 'Masterclass', audience: ['nurses'], place: 'LEEDS' },
  { title: 'Variant interpretation masterclass', summary: 'ACMG classification with worked examples.', month: 0, day: 9, time: '09:30-16:00', format: 'in-person', category: 'Masterclass', audience: ['genetic-counsellors', 'hospital-doctors'], place: 'NEWCASTLE' },
  { title: 'Winter genomics journal club', summary: 'Evening journal club crossing midnight into the next day.', month: 0, day: 16, time: '21:00-00:30+1', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'genetic-counsellors'] },
  { title: 'Lynch syndrome pathway launch', summary: 'Launch of the regional Lynch syndrome testing pathway.', month: 0, day: 1, inDays: 7, time: '15:00-16:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'nurses'], draft: true },
  { title: 'Genomics in primary care: a year in review', summary: 'Highlights, audits and what is coming next.', month: 1, day: 14, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['gps'] },
  { title: 'Introduction to cancer genomics', summary: 'A full-day course on tumour testing, GTABs and treatment selection.', month: 1, day: 27, time: '09:00-16:30', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses'], place: 'SHEFFIELD' },
  { title: 'Genomics Education Week', summary: 'A week of short online sessions for every profession.', month: 2, day: 9, time: { allDayDays: 5 }, format: 'online', category: 'Conference', audience: ['all-healthcare-professionals'] },
  { title: 'Prenatal exome sequencing: case studies', summary: 'Rapid prenatal exome sequencing from referral to result.', month: 2, day: 24, time: '13:00-14:30', format: 'online', category: 'Webinar', audience: ['midwives', 'hospital-doctors'], status: 'postponed' },
  { title: 'Pharmacogenomics drop-in', summary: 'Questions about DPYD and CYP2C19 testing answered.', month: 3, day: 11, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['pharmacists'] },
  { title: 'Rare disease diagnosis: GARD MDT in practice', summary: 'Watch a mock Genomic Advisory team for Rare Disease meeting.', month: 3, day: 25, time: '14:00-16:00', format: 'hybrid', category: 'Masterclass', audience: ['hospital-doctors', 'genetic-counsellors'], place: 'LEEDS' },
  { title: 'Genomics for practice nurses', summary: 'Family history and referral for practice nurses.', month: 4, day: 7, time: '14:00-15:30', format: 'online', category: 'Webinar', audience: ['nurses'] },
  { title: 'Annual Regional Genomics Conference', summary: 'The hub’s annual conference: two days of talks and workshops.', month: 4, day: 20, time: { allDayDays: 2 }, format: 'in-person', category: 'Conference', audience: ['all-healthcare-professionals'], place: 'NEWCASTLE' },
  { title: 'Taking a family history: skills workshop', summary: 'Draw pedigrees and spot patterns of inheritance.', month: 5, day: 13, time: '10:00-12:00', format: 'in-person', category: 'Workshop', audience: ['gps', 'nurses', 'midwives'], place: 'SHEFFIELD' },
  { title: 'Genomic testing for sudden cardiac death', summary: 'Inherited cardiac conditions and testing relatives.', month: 6, day: 2, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors'], status: 'cancelled' },
  { title: 'Summer school in genomic medicine', summary: 'A three-day residential introduction to genomic medicine.', month: 7, day: 6, time: '09:00-17:00', lastDay: 8, format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'nurses', 'pharmacists'], place: 'LEEDS' },
  { title: 'Ordering WGS for rare disease: drop-in', summary: 'Help with trio samples, forms and eligibility.', month: 8, day: 15, time: '13:00-14:00', format: 'online', category: 'Drop-in clinic', audience: ['all-healthcare-professionals'] },
  // Month +9 has no events.
  { title: 'Genomics and ethics: consent in the genomic era', summary: 'Debating secondary findings, data sharing and consent.', month: 10, day: 13, time: '18:00-19:30', format: 'hybrid', category: 'Masterclass', audience: ['genetic-counsellors', 'hospital-doctors'], place: 'NEWCASTLE' },
  { title: 'Cancer genomics update', summary: 'New tests in the directory and what they mean for oncology.', month: 11, day: 4, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['hospital-doctors', 'nurses'] },
  { title: 'End-of-year genomics round-up', summary: 'The year in genomic medicine, in one hour.', month: 11, day: 18, time: '12:30-13:30', format: 'online', category: 'Webinar', audience: ['all-healthcare-professionals'] },
]

/** Sessions on the clock-change Sundays nearest the seed date, where time bugs live. */
export function clockChangeEvents(today: DateTime): EventSeed[] {
  const lastSunday = (year: number, month: number) => {
    const end = DateTime.fromObject({ year, month, day: 1 }, { zone: 'Europe/London' }).endOf('month')
    return end.minus({ days: end.weekday % 7 }).startOf('day')
  }
  const next = (month: number) => {
    const thisYear = lastSunday(today.year, month)
    return thisYear >= today.startOf('month').minus({ months: 6 }) ? thisYear : lastSunday(today.year + 1, month)
  }
  const autumn = next(10)
  const spring = next(3)
  const offset = (d: DateTime) => (d.year - today.year) * 12 + d.month - today.month
  return [
    { title: 'Overnight sequencing lab tour (clocks go back)', summary: 'A night in the sequencing lab, on the night the clocks go back.', month: offset(autumn), day: autumn.day, time: '00:30-03:30', format: 'in-person', category: 'Workshop', audience: ['hospital-doctors', 'genetic-counsellors'], venue: NEWCASTLE.venue },
    { title: 'Early-morning genomics webinar (clocks go forward)', summary: 'An early session on the morning the clocks go forward.', month: offset(spring), day: spring.day, time: '00:30-03:30', format: 'online', category: 'Webinar', audience: ['all-healthcare-professionals'] },
  ]
}

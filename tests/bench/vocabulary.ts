import type { Block } from '../../cms/src/rich-text'

/**
 * Words for the generated hub, so pages, feeds and the search index carry text of a real
 * hub's length and variety (titles of different lengths, descriptions of a few paragraphs
 * with headings, lists and links), not one repeated sentence.
 */

/** A small seeded random source: the same preset always generates the same hub. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1))
    return [...list].sort(() => next() - 0.5).slice(0, count)
  }
  return { next, pick, some, chance: (p: number) => next() < p }
}
export type Random = ReturnType<typeof random>

export const CATEGORIES = [
  ['Cancer genomics', 'Somatic testing, the Genomic Tumour Advisory Board and results in cancer care.'],
  ['Rare and inherited disease', 'Testing for rare disease, family history and the GARD MDT.'],
  ['Whole genome sequencing', 'Who is eligible, consent and sample requirements for WGS.'],
  ['Pharmacogenomics', 'How genomic variation changes prescribing.'],
  ['Genomic counselling skills', 'Consent, communicating risk and difficult conversations.'],
  ['Primary care', 'Genomics for GPs, practice nurses and community pharmacists.'],
] as const

export const TOPICS = [
  'Whole genome sequencing', 'Consent and ethics', 'Family history', 'Hereditary cancer', 'Tumour profiling',
  'Rare disease diagnosis', 'Prenatal and newborn screening', 'Pharmacogenomics', 'Ordering a test',
  'Interpreting results', 'Genomic Tumour Advisory Board', 'Variant classification',
] as const

const SUBJECTS = [
  'whole genome sequencing', 'the National Genomic Test Directory', 'hereditary breast and ovarian cancer',
  'Lynch syndrome', 'familial hypercholesterolaemia', 'pharmacogenomics in primary care', 'consent for genomic testing',
  'rare disease diagnosis in children', 'tumour sequencing and the GTAB', 'variants of uncertain significance',
  'taking a three-generation family history', 'prenatal exome sequencing', 'cascade testing in families',
  'returning 100,000 Genomes Project results', 'circulating tumour DNA', 'newborn genomes',
] as const
const FORMS = [
  'Introduction to', 'Masterclass:', 'Webinar:', 'Study day:', 'Case-based workshop on', 'Update on',
  'Journal club:', 'Practical skills in', 'Lunch and learn:', 'Regional conference:',
] as const
const AUDIENCE_WORDS = ['', '', '', ' for GPs', ' for nurses and midwives', ' for hospital doctors', ' for pharmacists', ' for the multidisciplinary team'] as const

export const eventTitle = (r: Random) => `${r.pick(FORMS)} ${r.pick(SUBJECTS)}${r.pick(AUDIENCE_WORDS)}`.replace(/^(\w+:) (\w)/, (_, a, b) => `${a} ${b.toUpperCase()}`)
export const resourceTitle = (r: Random) => {
  const s = r.pick(SUBJECTS)
  return r.pick([`${s[0].toUpperCase()}${s.slice(1)}: a guide for clinicians`, `Understanding ${s}`, `${s[0].toUpperCase()}${s.slice(1)} explained`, `Quick reference: ${s}`])
}

const SENTENCES = [
  'Genomic testing is now part of routine care across the NHS, and every clinician has a part to play in identifying who might benefit.',
  'This session walks through real cases from the region, from the first conversation with the patient to the report coming back.',
  'You will learn how to use the National Genomic Test Directory to find the right test and the eligibility criteria that apply.',
  'We cover how to take consent for whole genome sequencing, what the record of discussion form asks for, and how samples are sent.',
  'Results for cancer patients are discussed at the Genomic Tumour Advisory Board before a report is issued, and we explain how to refer.',
  'For rare disease, the Genomic Advisory team reviews findings in a multidisciplinary meeting before results are returned.',
  'There will be time for questions with a consultant clinical geneticist and a genetic counsellor from the Genomic Laboratory Hub.',
  'No previous knowledge of genomics is assumed; the session builds from the basics of inheritance to reading a report.',
  'Attendance counts towards continuing professional development, and a certificate is sent to everyone who attends the whole session.',
  'Slides and a recording are shared with booked attendees afterwards, along with links to the e-learning mentioned on the day.',
  'Places are limited, so please book early and let us know if you can no longer attend so that someone else can take your place.',
  'The programme was developed with patients and families, whose experience of testing shapes how we talk about results.',
]
const LIST_ITEMS = [
  'recognise patients who meet the criteria for genomic testing', 'explain the possible results to a patient and their family',
  'complete a test request form and record of discussion', 'know when to refer to clinical genetics',
  'find local pathways and contacts in the Genomic Laboratory Hub', 'understand how results are reported and what happens next',
  'discuss the implications of a result for relatives', 'use the test directory to find the right test',
]

/** A description of two to five blocks: paragraphs, sometimes a heading and a list, sometimes a link. */
export function description(r: Random): Block[] {
  const paragraph = () => r.some(SENTENCES, 2, 4).join(' ')
  const blocks: Block[] = [paragraph()]
  if (r.chance(0.6)) blocks.push('## What you will learn', r.some(LIST_ITEMS, 3, 5).map((item) => `How to ${item}`))
  if (r.chance(0.7)) blocks.push(paragraph())
  if (r.chance(0.4)) blocks.push(`Read the [${r.pick(['programme', 'pre-course reading', 'speaker biographies'])}](https://example.org/programme/${Math.floor(r.next() * 1000)}) before the day.`)
  return blocks
}

export const summary = (r: Random) => r.pick(SENTENCES)

export const VENUES = [
  ['Education Centre, St Thomas\' Hospital', 'Westminster Bridge Road\nLondon\nSE1 7EH'],
  ['Guy\'s Hospital, Tower Wing, Lecture Theatre 2', 'Great Maze Pond\nLondon\nSE1 9RT'],
  ['King\'s College Hospital, Education Centre', 'Denmark Hill\nLondon\nSE5 9RS'],
  ['Royal Marsden Hospital, Education and Conference Centre', 'Stewart\'s Grove\nLondon\nSW3 6JJ'],
  ['Evelina London Children\'s Hospital, Seminar Room 1', 'Westminster Bridge Road\nLondon\nSE1 7EH'],
  ['Maidstone Hospital, Academic Centre', 'Hermitage Lane\nMaidstone\nME16 9QQ'],
] as const
export const ONLINE_NOTES = [
  'A Microsoft Teams link is sent to booked attendees the day before.',
  'Join on Zoom: https://example.zoom.us/j/81234567890 (the passcode is in your booking email).',
  'The webinar link is sent with your booking confirmation; cameras are optional.',
  'Join through the NHS Learning Hub; the session is recorded for those who cannot attend live.',
] as const
export const ORGANISERS = ['GLH Education and Training', 'Clinical Genetics Department', 'Genomic Medicine Service Alliance', 'Cancer Alliance'] as const
export const PROVIDERS = ['NHS England Genomics Education Programme', 'Health Education England', 'Royal College of General Practitioners', 'GLH Education and Training', 'Cancer Research UK'] as const

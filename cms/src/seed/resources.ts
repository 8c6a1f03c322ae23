import type { Audience, ClinicalArea, ResourceFormat } from '@genomics-hub/shared/content'
import type { TopicName } from './topics'

export interface ResourceSeed {
  title: string
  summary: string
  format: ResourceFormat
  topics: TopicName[]
  audience: Audience[]
  clinicalArea: ClinicalArea
  provider: string
  /** A link, or else `document`: the filename of an uploaded PDF (see media.ts). */
  externalUrl?: string
  document?: string
  /** Filename of a thumbnail image (see media.ts). */
  thumbnail?: string
  /** Optional longer description, as rich-text blocks (see lexical.ts); the summary otherwise. */
  body?: string[]
  featured?: boolean
  /** Days from the seed date until the resource is next checked (the review date). */
  reviewInDays: number
  /** Saved as a draft only: never on the public site. */
  draft?: boolean
}

const GEP = 'NHS England Genomics Education Programme'
const GEP_URL = 'https://www.genomicseducation.hee.nhs.uk/'
const GEP_COURSES = 'https://www.genomicseducation.hee.nhs.uk/education/online-courses/'
const GENOTES = 'https://www.genomicseducation.hee.nhs.uk/genotes/'
const NHSE_GENOMICS = 'https://www.england.nhs.uk/genomics/'

/**
 * The library: real public resources for professionals in the region, across every format,
 * audience and clinical area. All links are https.
 */
export const resources: ResourceSeed[] = [
  {
    title: 'GeNotes: genomic notes for clinicians',
    summary: 'Short, practical notes on genomics at the point of care, from ordering a test to discussing results, written for busy clinicians.',
    format: 'website',
    topics: ['Test ordering', 'Whole genome sequencing'],
    audience: ['all-healthcare-professionals'],
    clinicalArea: 'general',
    provider: GEP,
    externalUrl: GENOTES,
    featured: true,
    reviewInDays: 180,
    body: [
      'GeNotes gives two levels of information: "In the clinic" for what to do now, and "Knowledge hub" for background reading.',
      'Start with the notes for your specialty, then follow the links to the test directory entries they cite.',
    ],
  },
  { title: 'Introduction to genomics (e-learning)', summary: 'A free one-hour course on the basics of genomics in healthcare: DNA, variants and how genomic tests are used in the NHS.', format: 'e-learning', topics: ['Whole genome sequencing'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_COURSES, thumbnail: 'dna-double-helix.png', featured: true, reviewInDays: 240 },
  { title: 'Whole genome sequencing: what it is and how it helps', summary: 'An animated video explaining whole genome sequencing for clinicians and their patients.', format: 'video', topics: ['Whole genome sequencing'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'Genomics England', externalUrl: 'https://www.genomicsengland.co.uk/genomic-medicine/understanding-genomics', thumbnail: 'wgs-pathway-four-steps.png', reviewInDays: 300 },
  { title: 'Taking and drawing a family history', summary: 'How to take a three-generation family history and draw a pedigree, with worked examples.', format: 'guide', topics: ['Family history'], audience: ['gps', 'nurses', 'midwives'], clinicalArea: 'rare-disease', provider: GEP, externalUrl: GENOTES, thumbnail: 'family-pedigree.png', reviewInDays: 150 },
  { title: 'Consent for genomic testing: record of discussion', summary: 'What to cover when consenting a patient for genomic testing, and how to complete the record of discussion form.', format: 'factsheet', topics: ['Consent and ethics', 'Test ordering'], audience: ['hospital-doctors', 'genetic-counsellors', 'nurses'], clinicalArea: 'general', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/publication/patient-choice-form-and-record-of-discussion-form/', reviewInDays: 90 },
  { title: 'The genetics and genomics podcast for primary care', summary: 'Conversations with GPs and genetic counsellors about genomics in everyday practice.', format: 'podcast', topics: ['Family history', 'Rare disease'], audience: ['gps'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL, reviewInDays: 365 },
  { title: 'Genomics in cancer care: tumour testing explained', summary: 'How somatic (tumour) testing guides treatment, and when germline testing follows.', format: 'e-learning', topics: ['Cancer genomics'], audience: ['hospital-doctors', 'nurses'], clinicalArea: 'cancer', provider: GEP, externalUrl: GEP_COURSES, reviewInDays: 200 },
  { title: 'Lynch syndrome: identifying patients', summary: 'Universal testing of colorectal and endometrial cancers for Lynch syndrome, from NICE diagnostics guidance.', format: 'guide', topics: ['Cancer genomics', 'Family history'], audience: ['hospital-doctors', 'gps'], clinicalArea: 'cancer', provider: 'NICE', externalUrl: 'https://www.nice.org.uk/guidance/dg42', reviewInDays: 120 },
  {
    title: 'Pharmacogenomics: an introduction for pharmacists',
    summary: 'How genetic variation changes the response to common medicines, and what pharmacists can do about it today.',
    format: 'e-learning',
    topics: ['Pharmacogenomics'],
    audience: ['pharmacists'],
    clinicalArea: 'general',
    provider: GEP,
    externalUrl: GEP_COURSES,
    featured: true,
    reviewInDays: 270,
    body: [
      'Covers the pharmacogenomic tests already in the National Genomic Test Directory, such as DPYD before fluoropyrimidines, and those coming next.',
      'Takes about 45 minutes; a certificate is available for your CPD record.',
    ],
  },
  { title: 'DPYD testing before fluoropyrimidine chemotherapy', summary: 'Why DPYD is tested before capecitabine or 5-FU, and what each result means for the dose.', format: 'factsheet', topics: ['Pharmacogenomics', 'Cancer genomics'], audience: ['pharmacists', 'hospital-doctors', 'nurses'], clinicalArea: 'cancer', provider: 'NHS England', externalUrl: NHSE_GENOMICS, reviewInDays: 60 },
  { title: 'Genomic testing in pregnancy', summary: 'Rapid prenatal exome sequencing and what midwives need to know to support families.', format: 'guide', topics: ['Prenatal and reproductive'], audience: ['midwives'], clinicalArea: 'rare-disease', provider: GEP, externalUrl: GENOTES, reviewInDays: 210 },
  { title: 'Rapid whole genome sequencing for acutely unwell children', summary: 'How rapid WGS (test directory indication R14) supports diagnosis in neonatal and paediatric intensive care.', format: 'report', topics: ['Rare disease', 'Whole genome sequencing'], audience: ['hospital-doctors', 'nurses'], clinicalArea: 'rare-disease', provider: 'NHS England', externalUrl: NHSE_GENOMICS, reviewInDays: 330 },
  { title: 'Familial hypercholesterolaemia: who to test', summary: 'Identifying FH in primary care with the Simon Broome and Dutch Lipid Clinic Network criteria.', format: 'tool', topics: ['Family history', 'Test ordering'], audience: ['gps', 'nurses'], clinicalArea: 'general', provider: 'NICE', externalUrl: 'https://www.nice.org.uk/guidance/cg71', reviewInDays: 100 },
  { title: 'Communicating genomic results to patients', summary: 'Video case studies on discussing uncertain and unexpected results with patients and families.', format: 'video', topics: ['Consent and ethics'], audience: ['genetic-counsellors', 'hospital-doctors'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL, reviewInDays: 250 },
  { title: 'Variant interpretation: ACMG classes explained', summary: 'What pathogenic, likely pathogenic and variant of uncertain significance mean for patient care.', format: 'factsheet', topics: ['Rare disease'], audience: ['genetic-counsellors', 'hospital-doctors'], clinicalArea: 'rare-disease', provider: 'Association for Clinical Genomic Science', externalUrl: 'https://www.acgs.uk.com/quality/best-practice-guidelines/', reviewInDays: 160 },
  { title: 'Genomics England research environment for clinicians', summary: 'How clinicians can use the National Genomic Research Library for research and audit.', format: 'website', topics: ['Whole genome sequencing'], audience: ['hospital-doctors', 'genetic-counsellors'], clinicalArea: 'general', provider: 'Genomics England', externalUrl: 'https://www.genomicsengland.co.uk/research', reviewInDays: 365 },
  { title: 'BRCA testing in breast and ovarian cancer', summary: 'Eligibility for germline BRCA1 and BRCA2 testing (R208) and what results mean for families.', format: 'guide', topics: ['Cancer genomics', 'Family history'], audience: ['hospital-doctors', 'nurses', 'gps'], clinicalArea: 'cancer', provider: GEP, externalUrl: GENOTES, reviewInDays: 140 },
  { title: 'Genomics for nurses and midwives: a competency framework', summary: 'The knowledge and skills nurses and midwives need for genomic healthcare, by career stage.', format: 'report', topics: ['Consent and ethics', 'Family history'], audience: ['nurses', 'midwives'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL, reviewInDays: 400 },
  { title: 'Sample requirements for genomic tests', summary: 'Which tube, how much blood or tissue, and how to send samples to the Genomic Laboratory Hub.', format: 'tool', topics: ['Test ordering'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'NHS Genomic Laboratory Hub', externalUrl: NHSE_GENOMICS, reviewInDays: 45 },
  { title: 'Podcast: the genomic medicine service in practice', summary: 'Clinicians describe how the NHS Genomic Medicine Service has changed their clinics.', format: 'podcast', topics: ['Whole genome sequencing', 'Test ordering'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/genomics/nhs-genomic-med-service/', reviewInDays: 290 },
  { title: 'Haemoglobinopathies: screening and genomic testing', summary: 'Sickle cell and thalassaemia screening in pregnancy, and when to refer for genomic testing.', format: 'factsheet', topics: ['Prenatal and reproductive'], audience: ['midwives', 'gps'], clinicalArea: 'rare-disease', provider: 'UK Health Security Agency and NHS England', externalUrl: 'https://www.gov.uk/guidance/sickle-cell-and-thalassaemia-screening-programme-overview', reviewInDays: 190 },
  { title: 'Circulating tumour DNA testing: a primer', summary: 'When liquid biopsy is used and how it complements testing of tumour tissue.', format: 'e-learning', topics: ['Cancer genomics'], audience: ['hospital-doctors'], clinicalArea: 'cancer', provider: GEP, externalUrl: GEP_COURSES, reviewInDays: 220 },
  { title: 'The National Genomic Test Directory', summary: 'NHS England’s list of every commissioned genomic test, its clinical indications and who may request it.', format: 'website', topics: ['Test ordering', 'Cancer genomics', 'Rare disease'], audience: ['hospital-doctors', 'genetic-counsellors'], clinicalArea: 'general', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/genomics/the-national-genomic-test-directory/', reviewInDays: 80 },
  // The hub's own factsheet: an uploaded PDF, not a link.
  {
    title: 'Whole genome sequencing for rare disease: a quick guide for requesting clinicians',
    summary: 'The hub’s one-page factsheet: who is eligible, what to send (trio samples, the record of discussion, HPO terms) and how results come back through the GARD.',
    format: 'factsheet',
    topics: ['Whole genome sequencing', 'Rare disease', 'Test ordering'],
    audience: ['hospital-doctors', 'genetic-counsellors', 'nurses'],
    clinicalArea: 'rare-disease',
    provider: 'NHS Genomic Laboratory Hub',
    document: 'wgs-rare-disease-quick-guide.pdf',
    thumbnail: 'trio-blood-samples.png',
    reviewInDays: 170,
  },
  // A deliberate draft: it must never reach the public site or its feeds.
  { title: 'Draft: genomics quick reference card', summary: 'A one-page summary for clinics, still being written.', format: 'factsheet', topics: ['Test ordering'], audience: ['gps'], clinicalArea: 'general', provider: GEP, externalUrl: GENOTES, reviewInDays: 30, draft: true },
]

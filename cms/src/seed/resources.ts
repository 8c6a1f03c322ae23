import type { Audience, ClinicalArea, ResourceFormat } from '@genomics-hub/shared/content'

interface ResourceSeed {
  title: string
  summary: string
  format: ResourceFormat
  topics: string[]
  audience: Audience[]
  clinicalArea: ClinicalArea
  provider: string
  externalUrl: string
  featured?: boolean
  draft?: boolean
}

const GEP = 'NHS England Genomics Education Programme'
const GENOTES = 'https://www.genomicseducation.hee.nhs.uk/genotes/'
const GEP_URL = 'https://www.genomicseducation.hee.nhs.uk/'

/** The library: real public resources for professionals, across formats and audiences. */
export const resources: ResourceSeed[] = [
  { title: 'GeNotes: genomic notes for clinicians', summary: 'Short, practical notes on genomics at the point of care, from ordering a test to discussing results.', format: 'website', topics: ['Test ordering', 'Whole genome sequencing'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: GEP, externalUrl: GENOTES, featured: true },
  { title: 'Introduction to genomics (e-learning)', summary: 'A free one-hour course on the basics of genomics in healthcare.', format: 'e-learning', topics: ['Whole genome sequencing'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: GEP, externalUrl: 'https://www.genomicseducation.hee.nhs.uk/education/online-courses/', featured: true },
  { title: 'Whole genome sequencing: what it is and how it helps', summary: 'An animated video explaining whole genome sequencing for clinicians and patients.', format: 'video', topics: ['Whole genome sequencing'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'Genomics England', externalUrl: 'https://www.genomicsengland.co.uk/genomic-medicine/understanding-genomics' },
  { title: 'Taking and drawing a family history', summary: 'How to take a three-generation family history and draw a pedigree.', format: 'guide', topics: ['Family history'], audience: ['gps', 'nurses', 'midwives'], clinicalArea: 'rare-disease', provider: GEP, externalUrl: GENOTES },
  { title: 'Consent for genomic testing: record of discussion', summary: 'What to cover when consenting a patient for genomic testing, and how to complete the record of discussion.', format: 'factsheet', topics: ['Consent and ethics', 'Test ordering'], audience: ['hospital-doctors', 'genetic-counsellors', 'nurses'], clinicalArea: 'general', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/publication/patient-choice-form-and-record-of-discussion-form/' },
  { title: 'The Genetics and Genomics podcast for primary care', summary: 'Conversations with GPs and genetic counsellors about genomics in everyday practice.', format: 'podcast', topics: ['Family history', 'Rare disease'], audience: ['gps'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL },
  { title: 'Genomics in cancer care: tumour testing explained', summary: 'How somatic testing guides treatment and when germline testing follows.', format: 'e-learning', topics: ['Cancer genomics'], audience: ['hospital-doctors', 'nurses'], clinicalArea: 'cancer', provider: GEP, externalUrl: 'https://www.genomicseducation.hee.nhs.uk/education/online-courses/' },
  { title: 'Lynch syndrome: identifying patients', summary: 'Universal testing of colorectal and endometrial cancers for Lynch syndrome.', format: 'guide', topics: ['Cancer genomics', 'Family history'], audience: ['hospital-doctors', 'gps'], clinicalArea: 'cancer', provider: 'NICE', externalUrl: 'https://www.nice.org.uk/guidance/dg42' },
  { title: 'Pharmacogenomics: an introduction for pharmacists', summary: 'How genetic variation changes the response to common medicines.', format: 'e-learning', topics: ['Pharmacogenomics'], audience: ['pharmacists'], clinicalArea: 'general', provider: GEP, externalUrl: 'https://www.genomicseducation.hee.nhs.uk/education/online-courses/', featured: true },
  { title: 'DPYD testing before fluoropyrimidine chemotherapy', summary: 'Why DPYD is tested before capecitabine or 5-FU, and what the result means.', format: 'factsheet', topics: ['Pharmacogenomics', 'Cancer genomics'], audience: ['pharmacists', 'hospital-doctors', 'nurses'], clinicalArea: 'cancer', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/genomics/' },
  { title: 'Genomic testing in pregnancy', summary: 'Rapid prenatal exome sequencing and what midwives need to know.', format: 'guide', topics: ['Prenatal and reproductive'], audience: ['midwives'], clinicalArea: 'rare-disease', provider: GEP, externalUrl: GENOTES },
  { title: 'Rapid whole genome sequencing for acutely unwell children', summary: 'How rapid WGS supports diagnosis in neonatal and paediatric intensive care.', format: 'report', topics: ['Rare disease', 'Whole genome sequencing'], audience: ['hospital-doctors', 'nurses'], clinicalArea: 'rare-disease', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/genomics/' },
  { title: 'Familial hypercholesterolaemia: who to test', summary: 'Identifying FH in primary care using the Simon Broome and Dutch Lipid Clinic criteria.', format: 'tool', topics: ['Family history', 'Test ordering'], audience: ['gps', 'nurses'], clinicalArea: 'general', provider: 'NICE', externalUrl: 'https://www.nice.org.uk/guidance/cg71' },
  { title: 'Communicating genomic results to patients', summary: 'Video case studies on discussing uncertain and unexpected results.', format: 'video', topics: ['Consent and ethics'], audience: ['genetic-counsellors', 'hospital-doctors'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL },
  { title: 'Variant interpretation: ACMG classes explained', summary: 'What pathogenic, likely pathogenic and variant of uncertain significance mean for care.', format: 'factsheet', topics: ['Rare disease'], audience: ['genetic-counsellors', 'hospital-doctors'], clinicalArea: 'rare-disease', provider: 'Association for Clinical Genomic Science', externalUrl: 'https://www.acgs.uk.com/quality/best-practice-guidelines/' },
  { title: 'Genomics England research environment for clinicians', summary: 'How clinicians can use the National Genomic Research Library.', format: 'website', topics: ['Whole genome sequencing'], audience: ['hospital-doctors', 'genetic-counsellors'], clinicalArea: 'general', provider: 'Genomics England', externalUrl: 'https://www.genomicsengland.co.uk/research' },
  { title: 'BRCA testing in breast and ovarian cancer', summary: 'Eligibility for germline BRCA1 and BRCA2 testing and what results mean for families.', format: 'guide', topics: ['Cancer genomics', 'Family history'], audience: ['hospital-doctors', 'nurses', 'gps'], clinicalArea: 'cancer', provider: GEP, externalUrl: GENOTES },
  { title: 'Genomics for nurses and midwives: a competency framework', summary: 'The knowledge and skills nurses and midwives need for genomic healthcare.', format: 'report', topics: ['Consent and ethics', 'Family history'], audience: ['nurses', 'midwives'], clinicalArea: 'general', provider: GEP, externalUrl: GEP_URL },
  { title: 'Sample requirements for genomic tests', summary: 'Which tube, how much blood and how to send samples to the GLH.', format: 'tool', topics: ['Test ordering'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'North East and Yorkshire GLH', externalUrl: 'https://www.england.nhs.uk/genomics/' },
  { title: 'Podcast: the genomic medicine service in practice', summary: 'Clinicians describe how the NHS Genomic Medicine Service changed their clinics.', format: 'podcast', topics: ['Whole genome sequencing', 'Test ordering'], audience: ['all-healthcare-professionals'], clinicalArea: 'general', provider: 'NHS England', externalUrl: 'https://www.england.nhs.uk/genomics/nhs-genomic-med-service/' },
  { title: 'Haemoglobinopathies: screening and genomic testing', summary: 'Sickle cell and thalassaemia screening in pregnancy and when to refer.', format: 'factsheet', topics: ['Prenatal and reproductive'], audience: ['midwives', 'gps'], clinicalArea: 'rare-disease', provider: 'NHS England', externalUrl: 'https://www.gov.uk/topic/population-screening-programmes/sickle-cell-thalassaemia' },
  { title: 'Circulating tumour DNA testing: a primer', summary: 'When liquid biopsy is used and how it complements tissue testing.', format: 'e-learning', topics: ['Cancer genomics'], audience: ['hospital-doctors'], clinicalArea: 'cancer', provider: GEP, externalUrl: 'https://www.genomicseducation.hee.nhs.uk/education/online-courses/' },
  { title: 'Draft: genomics quick reference card', summary: 'A one-page summary for clinics, still being written.', format: 'factsheet', topics: ['Test ordering'], audience: ['gps'], clinicalArea: 'general', provider: GEP, externalUrl: GENOTES, draft: true },
]

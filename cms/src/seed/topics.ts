/** Library topics (the "filter by topic" facet). Matched by slug, made from the name. */
export const topics = [
  { name: 'Whole genome sequencing', description: 'How whole genome sequencing works, who is eligible and what it can find.' },
  { name: 'Cancer genomics', description: 'Tumour (somatic) and inherited (germline) testing in cancer care.' },
  { name: 'Rare disease', description: 'Genomic diagnosis for rare and inherited conditions.' },
  { name: 'Pharmacogenomics', description: 'How a patient’s genes change their response to medicines.' },
  { name: 'Consent and ethics', description: 'Consent, confidentiality, the record of discussion and unexpected findings.' },
  { name: 'Family history', description: 'Taking a family history, drawing a pedigree and spotting inherited risk.' },
  { name: 'Test ordering', description: 'Choosing, requesting and sending samples for the right genomic test.' },
  { name: 'Prenatal and reproductive', description: 'Genomics in pregnancy, antenatal screening and reproductive care.' },
] as const

export type TopicName = (typeof topics)[number]['name']

export const topics = [
  { name: 'Whole genome sequencing', description: 'How WGS works and when it is offered.' },
  { name: 'Cancer genomics', description: 'Tumour and germline testing in cancer care.' },
  { name: 'Rare disease', description: 'Genomic diagnosis for rare and inherited conditions.' },
  { name: 'Pharmacogenomics', description: 'How genes affect response to medicines.' },
  { name: 'Consent and ethics', description: 'Consent, confidentiality and the record of discussion.' },
  { name: 'Family history', description: 'Taking a family history and drawing a pedigree.' },
  { name: 'Test ordering', description: 'Choosing and requesting the right genomic test.' },
  { name: 'Prenatal and reproductive', description: 'Genomics in pregnancy and reproductive care.' },
]

export const eventCategories = [
  { name: 'Webinar', description: 'Online talks with questions.' },
  { name: 'Workshop', description: 'Hands-on sessions in small groups.' },
  { name: 'Conference', description: 'Regional and national genomics conferences.' },
  { name: 'Masterclass', description: 'In-depth sessions for specialists.' },
  { name: 'Drop-in clinic', description: 'Bring your questions about ordering and results.' },
]

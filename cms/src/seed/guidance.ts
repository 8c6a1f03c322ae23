import { richText } from './lexical'

/** The hub's four guidance pages. Review dates are relative to the seed date (see index.ts). */
export const guidancePages = (dates: { ago: (days: number) => string; ahead: (days: number) => string }) => [
  {
    title: 'How to order a genomic test',
    summary: 'The cancer and non-cancer routes for requesting a genomic test from the Genomic Laboratory Hub.',
    owner: 'GLH Clinical Scientist Lead',
    lastReviewed: dates.ago(120),
    nextReview: dates.ahead(245),
    navOrder: 1,
    body: richText(
      'Genomic tests are ordered through the Genomic Laboratory Hub (GLH). Which route you use depends on whether the test is for cancer or for a rare or inherited condition, and on whether you are eligible to request it under the National Genomic Test Directory.',
      '## Before you order',
      [
        'Check the test and the eligibility criteria in the National Genomic Test Directory.',
        'Discuss the test with the patient and record their consent on the record of discussion form.',
        'For whole genome sequencing, plan to send samples from the patient and, where possible, both biological parents.',
      ],
      '## Cancer route',
      'Somatic (tumour) tests are usually requested by the treating team through the local cellular pathology department, which sends the tumour sample to the GLH. Use the test code beginning with M (for example M1 for whole genome sequencing of a tumour) and send a matched blood sample for germline comparison where the directory says so.',
      '## Non-cancer route (rare and inherited disease)',
      'Tests for rare and inherited disease use codes beginning with R. Most are requested by clinical genetics or by specialists named in the directory; some, such as familial hypercholesterolaemia testing, can be requested more widely. Complete the GLH request form, attach the record of discussion and send the sample in an EDTA tube.',
      '## Where to get help',
      'The GLH duty scientist can advise on the right test, the sample and the turnaround time before you order.',
    ),
    furtherReading: [
      { label: 'National Genomic Test Directory', url: 'https://www.england.nhs.uk/publication/national-genomic-test-directories/', publisher: 'NHS England' },
      { label: 'GeNotes: ordering genomic tests', url: 'https://www.genomicseducation.hee.nhs.uk/genotes/', publisher: 'NHS England Genomics Education Programme' },
    ],
  },
  {
    title: 'National Genomic Test Directory',
    summary: 'What the test directory is, how to read a clinical indication and who may request each test.',
    owner: 'GLH Education Lead',
    lastReviewed: dates.ago(340),
    // Due for review within the next month: the admin dashboard lists it.
    nextReview: dates.ahead(20),
    navOrder: 2,
    body: richText(
      'The National Genomic Test Directory lists every genomic test commissioned by the NHS in England, the clinical indications each test is for, the technology used and who can request it.',
      '## Reading a clinical indication',
      [
        'The code (R for rare and inherited disease, M for cancer) identifies the clinical indication.',
        'The eligibility criteria say which patients qualify.',
        'The requesting specialties say who may order the test.',
      ],
      'The directory is updated each year. Always check the current version before ordering.',
    ),
    furtherReading: [
      { label: 'National genomic test directories', url: 'https://www.england.nhs.uk/publication/national-genomic-test-directories/', publisher: 'NHS England' },
    ],
  },
  {
    title: 'Getting results',
    summary: 'How results are reviewed by multidisciplinary teams (GTAB for cancer, GARD for rare disease) before a report is issued.',
    owner: 'GLH Consultant Clinical Scientist',
    lastReviewed: dates.ago(60),
    nextReview: dates.ahead(305),
    navOrder: 3,
    body: richText(
      'Whole genome sequencing results are not sent straight to the requesting clinician. They are first discussed by a multidisciplinary team that includes clinical scientists, clinicians and bioinformaticians.',
      '## Cancer: Genomic Tumour Advisory Board (GTAB)',
      'For cancer, results are discussed at a Genomic Tumour Advisory Board (GTAB). The board interprets the variants found in the tumour, links them to treatments and clinical trials, and flags possible germline findings that need referral to clinical genetics.',
      '## Rare disease: Genomic Advisory team for Rare Disease (GARD)',
      'For rare disease, results are reviewed at a GARD multidisciplinary team meeting before a report is issued. The team agrees whether a variant explains the patient’s condition and what the report should say.',
      '## The report',
      [
        'The report goes to the requesting clinician, who discusses it with the patient.',
        'Uncertain findings are reported only where they help the patient’s care.',
        'Cascade testing for relatives is arranged through clinical genetics.',
      ],
    ),
    furtherReading: [
      { label: 'Genomic medicine service', url: 'https://www.england.nhs.uk/genomics/nhs-genomic-med-service/', publisher: 'NHS England' },
    ],
  },
  {
    title: '100,000 Genomes Project guidance for clinicians',
    summary: 'Returning results from the 100,000 Genomes Project, and what to do with new findings.',
    owner: 'GLH Clinical Genetics',
    lastReviewed: dates.ago(200),
    nextReview: dates.ahead(165),
    navOrder: 4,
    body: richText(
      'The 100,000 Genomes Project sequenced the genomes of NHS patients with rare diseases and cancer, and their families. Results continue to be returned to participants through the NHS as analysis improves.',
      '## Returning results',
      [
        'Results are returned through the recruiting clinical team or clinical genetics.',
        'New findings may arise when data are reanalysed; the GLH tells the responsible clinician.',
        'Participants can ask about their results through their clinical team.',
      ],
      '## Further reading',
      'Genomics England publishes guidance for clinicians on the project and on returning results.',
    ),
    furtherReading: [
      { label: 'The 100,000 Genomes Project', url: 'https://www.genomicsengland.co.uk/initiatives/100000-genomes-project', publisher: 'Genomics England' },
      { label: 'Genomics Education Programme', url: 'https://www.genomicseducation.hee.nhs.uk/', publisher: 'NHS England' },
    ],
  },
]

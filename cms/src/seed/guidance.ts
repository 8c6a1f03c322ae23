import { richText } from '../rich-text'

/** Review dates relative to the seed date, as London dates (YYYY-MM-DD). */
export interface ReviewDates {
  ago: (days: number) => string
  ahead: (days: number) => string
}

// Slugs are spelt out: the site links to them (e.g. the home page to how-to-order-a-genomic-test).
const TEST_DIRECTORY = 'https://www.england.nhs.uk/genomics/the-national-genomic-test-directory/'
const TEST_DIRECTORIES_PUBLICATION = 'https://www.england.nhs.uk/publication/national-genomic-test-directories/'

/**
 * The hub's four guidance pages. Each has an owner and review dates, shown on the page as
 * NHS.UK pages do; one is due for review within 30 days, so the admin dashboard lists it.
 */
export const guidancePages = (dates: ReviewDates) => [
  {
    title: 'How to order a genomic test',
    slug: 'how-to-order-a-genomic-test',
    summary: 'The cancer and non-cancer (rare disease) routes for requesting a genomic test from the Genomic Laboratory Hub, and what to send with it.',
    owner: 'GLH Clinical Scientist Lead',
    lastReviewed: dates.ago(120),
    nextReview: dates.ahead(245),
    navOrder: 1,
    body: richText(
      'Genomic tests are ordered through the Genomic Laboratory Hub (GLH). The route you use depends on whether the test is for cancer or for a rare or inherited condition, and on whether your specialty may request it under the [National Genomic Test Directory](' + TEST_DIRECTORY + ').',
      '## Before you order',
      [
        'Find the clinical indication in the National Genomic Test Directory and check the patient meets its eligibility criteria.',
        'Discuss the test with the patient (and family, where samples from relatives are needed) and complete the record of discussion form to record consent.',
        'For whole genome sequencing in rare disease, plan to send samples from the patient and, where possible, both biological parents (a trio).',
      ],
      '## Cancer route',
      'Tumour (somatic) tests are requested by the treating clinical team, usually through the local cellular pathology department, which sends the tumour sample to the GLH. Cancer clinical indications have codes beginning with M (for example M1, colorectal carcinoma). Where the directory asks for it, send a matched blood sample so inherited (germline) variants can be told apart from those in the tumour.',
      'If a tumour result suggests an inherited cancer predisposition, the GLH will say so in the report; refer the patient to clinical genetics.',
      '## Non-cancer route (rare and inherited disease)',
      'Rare and inherited disease indications have codes beginning with R, for example R14 (acutely unwell children with a likely monogenic disorder), R134 (familial hypercholesterolaemia) or R208 (inherited breast and ovarian cancer). Many are requested by clinical genetics or by the specialists the directory names; some can be requested more widely.',
      {
        numbered: [
          'Complete the GLH request form, giving the test directory code and the clinical details.',
          'Attach the signed record of discussion.',
          'Send blood in an EDTA tube (or the sample type the directory specifies), labelled with three identifiers.',
        ],
      },
      '## Where to get help',
      'The GLH duty scientist can advise on the right test, the sample and the expected turnaround time before you order. The [GeNotes](https://www.genomicseducation.hee.nhs.uk/genotes/) pages for your specialty walk through common scenarios.',
    ),
    furtherReading: [
      { label: 'The National Genomic Test Directory', url: TEST_DIRECTORY, publisher: 'NHS England' },
      { label: 'Record of discussion form', url: 'https://www.england.nhs.uk/publication/patient-choice-form-and-record-of-discussion-form/', publisher: 'NHS England' },
      { label: 'GeNotes: genomic notes for clinicians', url: 'https://www.genomicseducation.hee.nhs.uk/genotes/', publisher: 'NHS England Genomics Education Programme' },
    ],
  },
  {
    title: 'National Genomic Test Directory',
    slug: 'national-genomic-test-directory',
    summary: 'What the test directory is, how to read a clinical indication and its test code, and who may request each test.',
    owner: 'GLH Education Lead',
    lastReviewed: dates.ago(340),
    // Due for review within the next 30 days: the admin dashboard lists it.
    nextReview: dates.ahead(20),
    navOrder: 2,
    body: richText(
      'The National Genomic Test Directory lists every genomic test commissioned by the NHS in England: the clinical indications each test is for, the technology used (from a single-gene test to whole genome sequencing) and who may request it. There are two directories, one for cancer and one for rare and inherited disease.',
      '## Reading a clinical indication',
      [
        'The code identifies the clinical indication: R for rare and inherited disease (for example R210, inherited MMR deficiency or Lynch syndrome), M for cancer (for example M1, colorectal carcinoma).',
        'Each test within an indication has its own number, such as M1.4.',
        'The eligibility criteria say which patients qualify.',
        'The requesting specialties say who may order the test.',
      ],
      '## Keeping up to date',
      'The directories are updated at least once a year, and new tests can take up to three months to become available everywhere. Always check the current version before ordering, and ask the GLH if an indication is unclear.',
    ),
    furtherReading: [
      { label: 'The National Genomic Test Directory', url: TEST_DIRECTORY, publisher: 'NHS England' },
      { label: 'National genomic test directories (downloads)', url: TEST_DIRECTORIES_PUBLICATION, publisher: 'NHS England' },
    ],
  },
  {
    title: 'Getting results',
    slug: 'getting-results',
    summary: 'How results are reviewed by multidisciplinary teams (a GTAB for cancer, a GARD for rare disease) before a report is issued, and what happens next.',
    owner: 'GLH Consultant Clinical Scientist',
    lastReviewed: dates.ago(60),
    nextReview: dates.ahead(305),
    navOrder: 3,
    body: richText(
      'Whole genome sequencing results are not sent straight to the requesting clinician. They are first discussed by a multidisciplinary team of clinical scientists, clinicians and bioinformaticians.',
      '## Cancer: Genomic Tumour Advisory Board (GTAB)',
      'For cancer, results are discussed at a Genomic Tumour Advisory Board (GTAB). The board interprets the variants found in the tumour, links them to treatments and clinical trials, and flags possible germline findings that need referral to clinical genetics. Treating clinicians are welcome to present their patients.',
      '## Rare disease: Genomic Advisory team for Rare Disease (GARD)',
      'For rare disease, results are reviewed at a GARD multidisciplinary team meeting before a report is issued. The team agrees whether a variant explains the patient’s condition, whether further testing of relatives would help, and what the report should say.',
      '## The report',
      [
        'The report goes to the requesting clinician, who discusses it with the patient.',
        'Variants of uncertain significance are reported only where they help the patient’s care.',
        'Testing for relatives (cascade testing) is arranged through clinical genetics.',
        'No finding today does not mean no finding for ever: data may be reanalysed as knowledge grows.',
      ],
    ),
    furtherReading: [
      { label: 'NHS Genomic Medicine Service', url: 'https://www.england.nhs.uk/genomics/nhs-genomic-med-service/', publisher: 'NHS England' },
      { label: 'Genomics Education Programme', url: 'https://www.genomicseducation.hee.nhs.uk/', publisher: 'NHS England' },
    ],
  },
  {
    title: '100,000 Genomes Project guidance for clinicians',
    slug: '100-000-genomes-project-guidance-for-clinicians',
    summary: 'Returning results from the 100,000 Genomes Project to participants, and what to do when reanalysis finds something new.',
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
      '## If you are the responsible clinician',
      'Check the report against the patient’s current presentation, discuss it with them, and refer to clinical genetics where relatives may be affected. Contact the GLH if you are unsure who holds the original consent.',
      '## Further reading',
      '[Genomics England](https://www.genomicsengland.co.uk/) publishes guidance for clinicians on the project and on returning results.',
    ),
    furtherReading: [
      { label: 'The 100,000 Genomes Project', url: 'https://www.genomicsengland.co.uk/initiatives/100000-genomes-project', publisher: 'Genomics England' },
      { label: 'Genomics England', url: 'https://www.genomicsengland.co.uk/', publisher: 'Genomics England' },
      { label: 'Genomics Education Programme', url: 'https://www.genomicseducation.hee.nhs.uk/', publisher: 'NHS England' },
    ],
  },
]

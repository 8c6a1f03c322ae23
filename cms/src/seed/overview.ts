import { richText } from '../rich-text'

const TEST_DIRECTORY = 'https://www.england.nhs.uk/genomics/the-national-genomic-test-directory/'

/** The guidance page the pathway links to (see guidance.ts). */
export const OVERVIEW_GUIDANCE_SLUG = 'how-to-order-a-genomic-test'

/**
 * The home page, from the hub's "Professionals" overview: why genomics matters to every
 * clinician, and the whole genome sequencing pathway in four steps.
 */
export const overview = {
  heading: 'Genomics education for healthcare professionals',
  introduction:
    'Genomics is part of everyday care: it finds the cause of rare conditions, guides cancer treatment and shows how people will respond to medicines. Every clinician has a part to play.',
  whyGenomicsMatters: {
    heading: 'Why genomics matters to every clinician',
    body: richText(
      'The NHS Genomic Medicine Service offers genomic testing across England, from one [National Genomic Test Directory](' + TEST_DIRECTORY + '). Our Genomic Laboratory Hub carries out the tests for the region, and our education team helps professionals to use them well.',
      [
        'Rare disease: whole genome sequencing can end years of searching for a diagnosis, and tells families about the chance of it happening again.',
        'Cancer: testing a tumour guides targeted treatment and trial entry, and can show an inherited risk that matters to relatives.',
        'Medicines: pharmacogenomic tests, such as DPYD before fluoropyrimidine chemotherapy, make prescribing safer.',
      ],
      'You do not need to be an expert: you need to recognise who might benefit, know how to request a test and know where to get help with the result.',
    ),
  },
  pathway: {
    heading: 'The whole genome sequencing pathway',
    steps: [
      { title: 'Identify and consent', text: 'Recognise a patient who may benefit from genomic testing, check eligibility in the National Genomic Test Directory and record their consent.' },
      { title: 'Request the test and send samples', text: 'Complete the Genomic Laboratory Hub request form and send samples from the patient and, for rare disease, both parents where possible.' },
      { title: 'Sequencing and analysis', text: 'The Genomic Laboratory Hub sequences the genome and analyses it against gene panels chosen for the clinical question.' },
      { title: 'Results and report', text: 'Results are discussed at a multidisciplinary team meeting (GTAB for cancer, GARD for rare disease) before a report goes to the requesting clinician.' },
    ],
  },
}

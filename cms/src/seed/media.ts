import type { Payload, PayloadRequest } from 'payload'
import { illustrationPng } from './illustrations'
import { type PdfLine, textPdf } from './pdf'

/** A file for the media library: made in memory, matched by filename on later runs. */
export interface MediaSeed {
  filename: string
  mimeType: 'application/pdf' | 'image/png'
  /** Required for images: what the image shows, for people who cannot see it. */
  alt?: string
  make: () => Promise<Buffer> | Buffer
}

/** The hub's own factsheet, as the requesting clinician receives it. */
const WGS_QUICK_GUIDE: PdfLine[] = [
  { text: 'Whole genome sequencing for rare disease: a quick guide for requesting clinicians', style: 'title' },
  { text: 'NHS Genomic Laboratory Hub - Genomics Education Team' },
  { text: 'Who can have whole genome sequencing', style: 'heading' },
  { text: 'Whole genome sequencing (WGS) is offered where the National Genomic Test Directory lists it for the patient’s clinical indication, for example R14 (acutely unwell children with a likely monogenic disorder) or R29 (intellectual disability). Check the eligibility criteria for the indication before you request.' },
  { text: 'Before you request', style: 'heading' },
  { text: 'Discuss the test with the patient, or their parents, and complete the record of discussion form to record consent.', style: 'bullet' },
  { text: 'Describe the patient’s features as Human Phenotype Ontology (HPO) terms: the laboratory chooses the gene panels from them.', style: 'bullet' },
  { text: 'Plan to send samples from the patient and, wherever possible, both biological parents (a trio). Trio analysis finds new (de novo) variants and halves the uncertain results.', style: 'bullet' },
  { text: 'What to send', style: 'heading' },
  { text: 'The GLH whole genome sequencing request form, with the test directory code and HPO terms.', style: 'bullet' },
  { text: 'The signed record of discussion for each person tested.', style: 'bullet' },
  { text: 'Blood in EDTA (purple-top) tubes, each labelled with three identifiers, sent to the GLH at room temperature the same day.', style: 'bullet' },
  { text: 'Results', style: 'heading' },
  { text: 'The genome is analysed against the PanelApp gene panels for the clinical indication. Likely explanations are reviewed by the Genomic Advisory team for Rare Disease (GARD) multidisciplinary team before a report goes to the requesting clinician, who discusses it with the family.' },
  { text: 'Help', style: 'heading' },
  { text: 'The GLH duty scientist can advise on eligibility, samples and turnaround before you request. See also the guidance pages "How to order a genomic test" and "Getting results" on this site.' },
]

/** The demo media: one PDF factsheet and four thumbnails (see resources.ts for where each is used). */
export const mediaFiles: MediaSeed[] = [
  {
    filename: 'wgs-rare-disease-quick-guide.pdf',
    mimeType: 'application/pdf',
    make: () =>
      textPdf({
        title: 'Whole genome sequencing for rare disease: a quick guide for requesting clinicians',
        author: 'NHS Genomic Laboratory Hub',
        lines: WGS_QUICK_GUIDE,
      }),
  },
  {
    filename: 'trio-blood-samples.png',
    mimeType: 'image/png',
    alt: 'Three blood sample tubes with purple (EDTA) caps: samples from a patient and both parents, a trio.',
    make: () => illustrationPng('trioTubes'),
  },
  {
    filename: 'wgs-pathway-four-steps.png',
    mimeType: 'image/png',
    alt: 'Four circles joined by arrows from left to right, holding one to four dots: the four steps of the whole genome sequencing pathway.',
    make: () => illustrationPng('pathway'),
  },
  {
    filename: 'family-pedigree.png',
    mimeType: 'image/png',
    alt: 'A family tree (pedigree) over three generations, with squares for males and circles for females; a grandmother, her daughter and her grandson are shaded as affected.',
    make: () => illustrationPng('pedigree'),
  },
  {
    filename: 'dna-double-helix.png',
    mimeType: 'image/png',
    alt: 'A DNA double helix: two strands twisting round each other, joined by base pairs.',
    make: () => illustrationPng('doubleHelix'),
  },
]

/**
 * Whether a stored filename is this seed file's: Payload names a second upload of the same
 * name `name-1.pdf`, `name-2.pdf`... (also when a file of that name is already on disk), so
 * those count too.
 */
export function isSeedFile(stored: unknown, filename: string): boolean {
  if (typeof stored !== 'string') return false
  const dot = filename.lastIndexOf('.')
  const [base, ext] = [filename.slice(0, dot), filename.slice(dot)]
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escape(base)}(-\\d+)?${escape(ext)}$`).test(stored)
}

/**
 * Uploads each seed file unless the library already has it (matched by filename); returns
 * the media ids by seed filename, and how many were created.
 */
export async function ensureMedia(
  payload: Payload,
  req: PayloadRequest,
  slug = 'media',
): Promise<{ ids: Map<string, number | string>; created: number; existing: number }> {
  const { docs } = await payload.find({ collection: slug as never, pagination: false, depth: 0, overrideAccess: true, req })
  const stored = docs as unknown as { id: number | string; filename?: string }[]
  const ids = new Map<string, number | string>()
  let created = 0
  for (const file of mediaFiles) {
    const found = stored.find((doc) => isSeedFile(doc.filename, file.filename))
    if (found) {
      ids.set(file.filename, found.id)
      continue
    }
    const data = await file.make()
    const doc = await payload.create({
      collection: slug as never,
      data: (file.alt ? { alt: file.alt } : {}) as never,
      file: { data, mimetype: file.mimeType, name: file.filename, size: data.length },
      overrideAccess: true,
      req,
      depth: 0,
    })
    ids.set(file.filename, doc.id)
    created++
  }
  return { ids, created, existing: mediaFiles.length - created }
}

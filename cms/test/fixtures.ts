import sharp from 'sharp'
import type { Payload } from 'payload'

let counter = 0
const next = () => ++counter

/** A minimal Lexical document with one paragraph. */
export function lexical(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          version: 1,
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}

/** A real PNG made by sharp, as Payload's upload `file` argument. */
export async function pngFile(name = `image-${next()}.png`, width = 40, height = 30) {
  const data = await sharp({ create: { width, height, channels: 3, background: '#005eb8' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** Valid data for one new document of each collection. */
export const validData: Record<string, () => Record<string, unknown>> = {
  resources: () => ({
    title: `Resource ${next()}`,
    summary: 'A guide for GPs.',
    format: 'guide',
    audience: ['gps'],
    clinicalArea: 'general',
    externalUrl: 'https://www.genomicseducation.hee.nhs.uk/',
  }),
  guidance: () => ({
    title: `Guidance ${next()}`,
    summary: 'How to order a test.',
    body: lexical('Use the test directory.'),
    owner: 'Clinical Genetics',
    lastReviewed: '2026-01-10',
    nextReview: '2027-01-10',
  }),
  events: () => ({
    title: `Event ${next()}`,
    summary: 'A webinar.',
    start: '2026-12-01T10:00:00.000Z',
    end: '2026-12-01T11:00:00.000Z',
    format: 'online',
    onlineNote: 'A Microsoft Teams link is sent to booked attendees.',
    status: 'scheduled',
  }),
  topics: () => ({ name: `Topic ${next()}` }),
  'event-categories': () => ({ name: `Category ${next()}` }),
  media: () => ({ alt: 'A blue square' }),
  users: () => ({ email: `person${next()}@example.nhs.uk`, password: 'correct-horse-battery', role: 'contributor' }),
}

export type Role = 'admin' | 'editor' | 'contributor'

/** One signed-in user per role, as the `user` argument of Local API calls. */
export async function makeUsers(payload: Payload): Promise<Record<Role, Record<string, unknown>>> {
  const users = {} as Record<Role, Record<string, unknown>>
  for (const role of ['admin', 'editor', 'contributor'] as Role[]) {
    const doc = await payload.create({
      collection: 'users',
      data: { email: `${role}-${next()}@example.nhs.uk`, password: 'correct-horse-battery', role } as never,
      overrideAccess: true,
    })
    users[role] = { ...doc, collection: 'users' }
  }
  return users
}

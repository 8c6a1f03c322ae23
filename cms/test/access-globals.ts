import type { Payload } from 'payload'
import type { Api, Doc } from './access-apis'
import { agree, consistent, marker } from './access-checks'
import { lexical } from './fixtures'
import type { Row } from './access-matrix'

/**
 * The access matrix for globals (the overview): drafts like the content collections, but one
 * document, so there is nothing to create or delete. Each cell puts the global into the state
 * it needs directly in the database, does one thing through one API as one actor, then reads
 * the database to check that what happened matches what the API said.
 */
const Y = true
const N = false
const DRAFTED_GLOBAL: Record<string, Row> = {
  'read the published version': [Y, Y, Y, Y],
  'read it while it is unpublished': [N, Y, Y, Y],
  'read a newer draft (draft=true, versions)': [N, Y, Y, Y],
  'save a draft, leaving the live version alone': [N, Y, Y, Y],
  'change the live version': [N, N, Y, Y],
  'publish a draft': [N, N, Y, Y],
  'unpublish it': [N, N, Y, Y],
}

export const GLOBAL_MATRIX: Record<string, Record<string, Row>> = { overview: DRAFTED_GLOBAL }

/** The text field each cell writes and reads back. */
const PROBE = 'introduction'

const validOverview = () => ({
  heading: 'Genomics education for healthcare professionals',
  [PROBE]: marker('Original introduction'),
  whyGenomicsMatters: { heading: 'Why genomics matters', body: lexical('Genomics is part of everyday care.') },
  pathway: { heading: 'The whole genome sequencing pathway', steps: [{ title: 'Identify and consent', text: 'Check eligibility and record consent.' }] },
})

interface Trial {
  payload: Payload
  api: Api
  slug: string
}

/** The stored global: the live one, or with `draft` its newest version. */
const stored = (payload: Payload, slug: string, draft = false) =>
  payload.findGlobal({ slug: slug as never, draft, overrideAccess: true, depth: 0 }) as Promise<Doc>

/**
 * Puts the global into a state directly (live and published, or live but unpublished) and
 * returns the content written.
 */
async function setUp(payload: Payload, slug: string, status: 'published' | 'draft'): Promise<Record<string, unknown>> {
  const content = validOverview()
  await payload.updateGlobal({ slug: slug as never, data: { ...content, _status: status } as never, overrideAccess: true, depth: 0 })
  return content
}

/**
 * Saves the whole content with a change, as the admin does (Payload's GraphQL input for a
 * global requires every required field, so a partial save would be a malformed query).
 */
async function updateCell(
  { payload, api, slug }: Trial,
  content: Record<string, unknown>,
  change: Record<string, unknown>,
  options: { draft?: boolean; check: (live: Doc, latest: Doc) => boolean },
): Promise<boolean> {
  const outcome = await api.updateGlobal(slug, { ...content, ...change }, { draft: options.draft })
  return agree(outcome, options.check(await stored(payload, slug), await stored(payload, slug, true)), `update the ${slug} global`)
}

const CELLS: Record<string, (trial: Trial) => Promise<boolean>> = {
  'read the published version': async ({ payload, api, slug }) => {
    const live = await setUp(payload, slug, 'published')
    const read = await api.findGlobal(slug)
    return read.ok && read.doc?.[PROBE] === live[PROBE]
  },
  'read it while it is unpublished': async ({ payload, api, slug }) => {
    const unpublished = await setUp(payload, slug, 'draft')
    const read = await api.findGlobal(slug)
    // Refused, or answered with an empty document: either way nothing of it is seen.
    return read.ok && read.doc?.[PROBE] === unpublished[PROBE]
  },
  'read a newer draft (draft=true, versions)': async ({ payload, api, slug }) => {
    const live = await setUp(payload, slug, 'published')
    const secret = marker('Unpublished words')
    await payload.updateGlobal({ slug: slug as never, data: { [PROBE]: secret } as never, draft: true, overrideAccess: true })
    const newer = await api.findGlobal(slug, { draft: true })
    const versions = await api.globalVersions(slug)
    const seesDrafts = consistent(
      { newerDraft: newer.ok && newer.doc?.[PROBE] === secret, versions: versions.ok && versions.docs.length > 0 },
      `drafts of the ${slug} global`,
    )
    // Without draft access, the published version is what a reader gets, not an error.
    if (!seesDrafts && !(newer.ok && newer.doc?.[PROBE] === live[PROBE])) {
      throw new Error(`${slug}: a reader without draft access did not get the published version: ${JSON.stringify(newer)}`)
    }
    return seesDrafts
  },
  'save a draft, leaving the live version alone': async (t) => {
    const live = await setUp(t.payload, t.slug, 'published')
    const text = marker('Draft of the live overview')
    return updateCell(t, live, { [PROBE]: text }, {
      draft: true,
      check: (now, latest) => {
        if (now._status !== 'published' || now[PROBE] !== live[PROBE]) throw new Error(`the live version changed: ${JSON.stringify(now)}`)
        return latest[PROBE] === text
      },
    })
  },
  'change the live version': async (t) => {
    const text = marker('Changed live')
    return updateCell(t, await setUp(t.payload, t.slug, 'published'), { [PROBE]: text }, {
      check: (live) => live._status === 'published' && live[PROBE] === text,
    })
  },
  'publish a draft': async (t) =>
    updateCell(t, await setUp(t.payload, t.slug, 'draft'), { _status: 'published' }, { check: (live) => live._status === 'published' }),
  'unpublish it': async (t) =>
    updateCell(t, await setUp(t.payload, t.slug, 'published'), { _status: 'draft' }, { check: (live) => live._status === 'draft' }),
}

/** Runs one cell of the globals' matrix. */
export const globalCell = (action: string, trial: Trial) => CELLS[action](trial)

import { DateTime } from 'luxon'
import type { Payload } from 'payload'
import { LONDON } from '@genomics-hub/shared/time'

type Doc = Record<string, any>

export interface NeedsAttention {
  lastBuild?: Doc
  reviewsDue: Doc[]
  draftEventsSoon: Doc[]
}

/**
 * What the education team should look at: the live site's last build, guidance pages past or
 * within 30 days of review, and events in the next two weeks that are still drafts.
 */
export async function needsAttention(payload: Payload, now = DateTime.now().setZone(LONDON)): Promise<NeedsAttention> {
  const today = now.toFormat('yyyy-MM-dd')
  const [builds, guidance, events] = await Promise.all([
    payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, overrideAccess: true, depth: 1 }),
    payload.find({
      collection: 'guidance',
      where: { nextReview: { less_than_equal: now.plus({ days: 30 }).toFormat('yyyy-MM-dd') } },
      sort: 'nextReview',
      pagination: false,
      overrideAccess: true,
      draft: true,
      depth: 0,
    }),
    payload.find({
      collection: 'events',
      where: {
        and: [
          { _status: { equals: 'draft' } },
          {
            or: [
              { start: { greater_than_equal: now.toUTC().toISO(), less_than_equal: now.plus({ days: 14 }).toUTC().toISO() } },
              { startDate: { greater_than_equal: today, less_than_equal: now.plus({ days: 14 }).toFormat('yyyy-MM-dd') } },
            ],
          },
        ],
      },
      sort: 'start',
      pagination: false,
      overrideAccess: true,
      draft: true,
      depth: 0,
    }),
  ])
  return { lastBuild: builds.docs[0], reviewsDue: guidance.docs, draftEventsSoon: events.docs }
}

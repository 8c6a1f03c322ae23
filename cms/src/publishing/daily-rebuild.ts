import { DateTime } from 'luxon'
import type { TaskConfig } from 'payload'
import { LONDON } from '@genomics-hub/shared/time'
import { requestRebuild } from './rebuild'

/** "Upcoming" lists, the month window and the grid's months go stale at midnight, London time. */
export const DAILY_REBUILD_AT = { hour: 0, minute: 5 }

/** The next 00:05 in London after `after`, whatever the server's own time zone. */
export function nextDailyRebuild(after: Date): Date {
  const now = DateTime.fromJSDate(after, { zone: LONDON })
  const today = now.set({ ...DAILY_REBUILD_AT, second: 0, millisecond: 0 })
  return (today > now ? today : today.plus({ days: 1 }).set(DAILY_REBUILD_AT)).toJSDate()
}

/**
 * The daily rebuild as a Payload job. Payload reads a schedule's cron in the server's time
 * zone and has no option for another, so the job it queues is given London's next 00:05
 * instead (the cron below only says "daily").
 */
export const dailyRebuildTask: TaskConfig = {
  slug: 'rebuildSite',
  schedule: [
    {
      cron: '5 0 * * *',
      queue: 'nightly',
      hooks: {
        beforeSchedule: async (args) => ({ ...(await args.defaultBeforeSchedule(args)), waitUntil: nextDailyRebuild(new Date()) }),
      },
    },
  ],
  handler: async ({ req }) => {
    requestRebuild(req.payload, 'daily rebuild')
    return { output: {} }
  },
}

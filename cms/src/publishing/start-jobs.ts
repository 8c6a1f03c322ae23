import { getPayload, type Payload } from 'payload'
import config from '../payload.config'

/**
 * Starts Payload's jobs cron (scheduled publishes, the daily rebuild) in this process.
 * Payload starts it only from getPayload({ cron: true }), which the admin and the API call on
 * their first request; calling it at boot means a restart does not leave scheduled work
 * waiting until someone opens the admin. Same cached instance as the admin's.
 */
export function startJobs(): Promise<Payload> {
  return getPayload({ config, cron: true })
}

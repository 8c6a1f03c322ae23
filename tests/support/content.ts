import fs from 'node:fs'
import type { HubEvent, PublishedContent } from '@genomics-hub/shared/content'
import { todayIn } from '@genomics-hub/shared/time'
import { E2E } from './paths'

/** The published content the site under test was built from. */
export function published(): PublishedContent {
  return JSON.parse(fs.readFileSync(E2E.contentFile, 'utf8'))
}

export const today = () => todayIn()

export function eventBy(predicate: (e: HubEvent) => boolean): HubEvent {
  const event = published().events.find(predicate)
  if (!event) throw new Error('The seed has no event like that')
  return event
}

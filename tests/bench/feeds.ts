import type { PublishedContent } from '@genomics-hub/shared/content'
import { buildFeed, feedParts, writeFeed } from '@genomics-hub/shared/ical'
import { allFeeds } from '../../site/src/lib/feeds'
import { median, seconds } from './measure'

/*
 * The floor: ical-generator alone writing the same calendars with the same fields (zoned
 * times with their VTIMEZONE, DATE values with an exclusive end, descriptions, locations,
 * URLs, statuses, sequences, categories, the calendar's RFC 7986 DESCRIPTION) from entries
 * prepared before the clock starts (`feedParts`), through `writeFeed`: the library's own call
 * and nothing else the hub does. It writes the hub's bytes exactly (checked), so the ratio is
 * the cost of what the hub does before handing events to the library: the plain text of
 * descriptions, places, zoned dates, ordering.
 */

export interface FeedFigures {
  feeds: number
  feedRuns: number[]
  feedFloorRuns: number[]
  feedBytes: number
  feedFloorBytes: number
}

/**
 * Every feed the site publishes (the whole calendar, one per category, one per event), built
 * as the site builds them, against the floor; `runs` timed runs of each, alternating, after
 * one untimed run of each (JIT warm-up, and the byte-for-byte check). Every hub run starts
 * from a fresh copy of the events, so its per-build cache is cold, as in a real build.
 */
export function measureFeeds(content: PublishedContent, siteUrl: string, runs: number): FeedFigures {
  const feedsOf = () =>
    allFeeds({ events: structuredClone(content.events), categories: content.eventCategories, siteUrl, zone: content.timezone }).map((feed) => feed.options)
  // Each timed run starts on a collected heap (when run with --expose-gc, as `pnpm bench` is),
  // so that neither pays for the garbage of the other's preparation.
  const collect = () => (globalThis as { gc?: () => void }).gc?.()
  const hub = () => {
    const feeds = feedsOf()
    collect()
    return seconds(() => feeds.map(buildFeed))
  }
  const floor = () => {
    const parts = feedsOf().map(feedParts)
    collect()
    return seconds(() => parts.map(writeFeed))
  }
  const bytes = (texts: string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const [hubTexts, floorTexts] = [hub().value, floor().value]
  const differing = hubTexts.findIndex((text, i) => text !== floorTexts[i])
  if (differing >= 0 || hubTexts.length !== floorTexts.length) throw new Error(`The feed floor does not write the hub's feeds (feed ${differing} differs)`)
  const feedRuns: number[] = []
  const feedFloorRuns: number[] = []
  for (let i = 0; i < runs; i++) {
    feedRuns.push(hub().seconds)
    feedFloorRuns.push(floor().seconds)
  }
  return { feeds: hubTexts.length, feedRuns, feedFloorRuns, feedBytes: bytes(hubTexts), feedFloorBytes: bytes(floorTexts) }
}

export const feedSeconds = (figures: FeedFigures) => ({ hub: median(figures.feedRuns), floor: median(figures.feedFloorRuns) })

import { describe, expect, it } from 'vitest'
import { checkFeed } from '../src/feed-check'
import { buildFeed } from '../src/ical'
import { lintIcs } from '../src/ical-lint'
import { sampleEvents } from './sample-events'

/** The build's gate: every feed must hold exactly the events the content gave it. */
const feed = buildFeed({ name: 'Training', events: sampleEvents, siteUrl: 'https://hub.example/' })
const uids = sampleEvents.map((e) => e.uid)
/** A complete, well-formed event: what a UID holding "\nEND:VEVENT\nBEGIN:VEVENT\n..." wrote. */
const PHISH = ['BEGIN:VEVENT', 'UID:phish', 'DTSTAMP:20260101T000000Z', 'DTSTART:20270101T100000Z', 'SUMMARY:Re-register now', 'URL:https://phish.example/', 'END:VEVENT']
const beforeFirst = (text: string, lines: string[]) => text.replace('BEGIN:VEVENT\r\n', `${lines.join('\r\n')}\r\nBEGIN:VEVENT\r\n`)

describe('checkFeed', () => {
  it('passes every feed the writer makes, with the UIDs it was given', () => {
    expect(checkFeed(feed, uids)).toEqual([])
    for (const event of sampleEvents) {
      expect(checkFeed(buildFeed({ name: event.title, events: [event], siteUrl: 'https://hub.example/' }), [event.uid])).toEqual([])
    }
  })

  it('an extra, well-formed event fails although the lint finds nothing wrong', () => {
    const injected = beforeFirst(feed, PHISH)
    expect(lintIcs(injected)).toEqual([])
    expect(checkFeed(injected, uids)).toEqual([
      'The lint finds 8 event(s) where the content has 7.',
      'The lint finds events the content does not have: "phish".',
      'ical.js finds 8 event(s) where the content has 7.',
      'ical.js finds events the content does not have: "phish".',
    ])
  })

  it('an event missing, or there twice, fails', () => {
    expect(checkFeed(feed, [...uids, 'gone@hub.test'])).toEqual([
      'The lint finds 7 event(s) where the content has 8.',
      'The lint does not find these events of the content: "gone@hub.test".',
      'ical.js finds 7 event(s) where the content has 8.',
      'ical.js does not find these events of the content: "gone@hub.test".',
    ])
    const twice = checkFeed(feed, uids.slice(1))
    expect(twice).toContain('ical.js finds events the content does not have: "spring@hub.test".')
  })

  it('an event nested inside another is still found by both readers', () => {
    const nested = feed.replace('END:VEVENT\r\n', `${PHISH.join('\r\n')}\r\nEND:VEVENT\r\n`)
    const problems = checkFeed(nested, uids)
    expect(problems).toContain('The lint finds events the content does not have: "phish".')
    expect(problems).toContain('ical.js finds events the content does not have: "phish".')
  })

  it('a feed ical.js cannot read fails, as well as the lint', () => {
    const broken = feed.replace('METHOD:PUBLISH\r\n', 'METHOD:PUBLISH\r\nfoo\r\n')
    expect(checkFeed(broken, uids)).toEqual([
      'Line 5: "foo" is not a valid iCalendar property line.',
      'ical.js cannot read it: invalid line (no token ";" or ":") "foo"',
    ])
  })

  it('names at most five UIDs, then says how many more', () => {
    const many = Array.from({ length: 7 }, (_, i) => `extra-${i}`)
    expect(checkFeed(feed, [...uids, ...many])).toContain(
      'ical.js does not find these events of the content: "extra-0", "extra-1", "extra-2", "extra-3", "extra-4" and 2 more.',
    )
  })
})

import ICAL from 'ical.js'
import nodeIcal from 'node-ical'
import { describe, expect, it } from 'vitest'
import type { HubEvent } from '../src/content'
import { buildFeed, FeedValueError, type FeedOptions } from '../src/ical'
import { lintIcs } from '../src/ical-lint'
import { sampleEvents } from './sample-events'

/**
 * The feed writer refuses what would break a content line, whatever put it in the content
 * (an old import, a script, a hand-edited export): ical-generator writes UID, URL, X- values
 * and TZID as it is given them, so a line break there would write lines of its own.
 */
const [event] = sampleEvents
const hostile = (change: Partial<HubEvent>): HubEvent => ({ ...event, ...change }) as HubEvent
const feed = (events: HubEvent[], more: Partial<FeedOptions> = {}) => buildFeed({ name: 'Training', events, siteUrl: 'https://hub.example/', ...more })
const INJECTED = 'x\nEND:VEVENT\nBEGIN:VEVENT\nUID:phish\nSUMMARY:Re-register now\nURL:https://phish.example/\nDTSTART:20270101T100000Z\nEND:VEVENT\nBEGIN:VEVENT\nX-A:y'
const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(FeedValueError)
    return (error as Error).message
  }
  throw new Error('expected a FeedValueError')
}
const icalUids = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))

describe('the feed writer refuses values that would break a line', () => {
  it('a UID holding line feeds (an extra VEVENT with a phishing URL) fails, naming the event', () => {
    expect(refusal(() => feed([hostile({ uid: INJECTED })]))).toBe(
      'Event "Spring forward: genomics, testing; consent" (/events/spring-forward-session/, CMS id 1) cannot be written to the feeds: ' +
        'its UID holds a line feed (U+000A) ("x\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:phish\\nSUMMARY:Re-register now\\nURL:https://..."). ' +
        'Delete the event and import it again from a corrected file.',
    )
  })

  it('so does a UID with a bare carriage return, a NUL or a line separator', () => {
    expect(refusal(() => feed([hostile({ uid: 'x\rEND:VEVENT' })]))).toContain('its UID holds a carriage return (U+000D)')
    expect(refusal(() => feed([hostile({ uid: 'x\0y' })]))).toContain('its UID holds a NUL (U+0000)')
    expect(refusal(() => feed([hostile({ uid: 'x\u2028y' })]))).toContain('its UID holds a line separator (U+2028)')
  })

  it('a page address or site address holding a line break fails (URL is written unescaped)', () => {
    expect(refusal(() => feed([hostile({ slug: 'talk\nURL:https://phish.example/' })]))).toContain(
      'its URL holds a line feed (U+000A) ("https://hub.example/events/talk\\nURL:https://phish.example//"). Remove the character from the page address (slug), or SITE_URL.',
    )
    expect(refusal(() => feed([event], { siteUrl: 'https://hub.example/\r\nX-EVIL:1' }))).toContain('its URL holds a carriage return (U+000D)')
  })

  it('a control character in a TEXT value fails too, saying where it came from', () => {
    expect(refusal(() => feed([hostile({ title: 'Talk\0' })]))).toContain('its SUMMARY holds a NUL (U+0000) ("Talk\\u{0}"). Remove the character from the title.')
    expect(refusal(() => feed([hostile({ venue: 'Room\x1b[2J 1' })]))).toContain('its LOCATION holds a control character (U+001B)')
    expect(refusal(() => feed([hostile({ category: { id: '9', name: 'Work\vshop', slug: 'workshop' } })]))).toContain(
      "its CATEGORIES holds a vertical tab (U+000B) (\"Work\\u{B}shop\"). Remove the character from the category's name.",
    )
  })

  it("the feed's own name and time zone are checked as well", () => {
    expect(refusal(() => feed([event], { name: 'Training\0' }))).toBe(
      'The feed "Training\\u{0}" cannot be written to the feeds: its NAME holds a NUL (U+0000) ("Training\\u{0}"). Remove the character from the title (or its category\'s name).',
    )
    expect(() => feed([event], { timezone: 'Europe/London\nX-EVIL:1' })).toThrow('No VTIMEZONE is known for the time zone')
  })
})

describe('line breaks in TEXT values stay inside their property', () => {
  it('a title, venue, summary and category with every kind of line break make exactly one event', () => {
    const text = feed([
      hostile({
        title: 'Talk\r\nEND:VEVENT\rBEGIN:VEVENT\nUID:phish',
        venue: 'Room 1\nURL:https://phish.example/',
        summary: 'One\r\nDTSTART:20270101T100000Z',
        category: { id: '9', name: 'Work\nshop', slug: 'workshop' },
      }),
    ])
    expect(lintIcs(text)).toEqual([])
    expect(icalUids(text)).toEqual([event.uid])
    const parsed = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT')
    expect(parsed.map((c) => (c as { uid: string }).uid)).toEqual([event.uid])
    const [vevent] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
    expect(vevent.getFirstPropertyValue('summary')).toBe('Talk\nEND:VEVENT\nBEGIN:VEVENT\nUID:phish')
    expect(vevent.getFirstPropertyValue('location')).toBe('Room 1\nURL:https://phish.example/, 1 Hospital Road, Leeds')
  })

  it('a UID with a backslash, comma or semicolon is escaped as TEXT, so readers get it back as it was', () => {
    // Written raw, "\n" in this UID would be read as a line break by every RFC 5545 parser.
    const uid = 'ev\\n1,2;3@hub.test'
    const text = feed([hostile({ uid })])
    expect(text).toContain('UID:ev\\\\n1\\,2\\;3@hub.test\r\n')
    expect(icalUids(text)).toEqual([uid])
    expect(lintIcs(text)).toEqual([])
  })
})

import ICAL from 'ical.js'
import nodeIcal, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'
import { buildFeed } from '../src/ical'
import { lintIcs } from '../src/ical-lint'
import { sampleEvents } from './sample-events'

const feed = () =>
  buildFeed({ name: 'Genomics training', description: 'Training for professionals', events: sampleEvents, siteUrl: 'https://hub.example/' })

describe('buildFeed', () => {
  it('passes the lint: CRLF, folding, UIDs, DTSTAMP in UTC, VTIMEZONE for every TZID, escaping', () => {
    expect(lintIcs(feed())).toEqual([])
  })

  it('round-trips every event through ical.js exactly', () => {
    const vevents = new ICAL.Component(ICAL.parse(feed())).getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(sampleEvents.length)
    for (const source of sampleEvents) {
      const vevent = vevents.find((v) => v.getFirstPropertyValue('uid') === source.uid)!
      const event = new ICAL.Event(vevent)
      expect(event.sequence).toBe(source.sequence)
      const status = String(vevent.getFirstPropertyValue('status'))
      expect(status).toBe({ scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' }[source.status])
      if (source.allDay) {
        expect(event.startDate.isDate).toBe(true)
        expect(event.startDate.toString()).toBe(source.startDate)
        const lastDay = event.endDate.clone()
        lastDay.adjust(-1, 0, 0, 0)
        expect(lastDay.toString()).toBe(source.endDate)
      } else {
        expect(event.startDate.isDate).toBe(false)
        expect(event.startDate.toJSDate().toISOString()).toBe(source.start)
        expect(event.endDate.toJSDate().toISOString()).toBe(source.end)
        expect(event.startDate.zone?.tzid).toBe('Europe/London')
      }
    }
  })

  it('round-trips every event through node-ical exactly', () => {
    const parsed = nodeIcal.sync.parseICS(feed())
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[]
    expect(events).toHaveLength(sampleEvents.length)
    for (const source of sampleEvents) {
      const event = events.find((e) => e.uid === source.uid)!
      expect(Number(event.sequence)).toBe(source.sequence)
      if (source.allDay) {
        expect(event.datetype).toBe('date')
        expect((event.start as Date & { dateOnly?: boolean }).dateOnly).toBe(true)
      } else {
        expect(event.datetype).toBe('date-time')
        expect(event.start.toISOString()).toBe(source.start)
        expect(event.end?.toISOString()).toBe(source.end)
      }
    }
  })

  it('stamps events with their last update in UTC, not the build time', () => {
    const text = feed()
    expect(text).toContain('DTSTAMP:20260201T101112Z')
    expect(text).toContain('LAST-MODIFIED:20260201T101112Z')
    expect(text).not.toMatch(/DTSTAMP:\d{8}T\d{6}\r\n/)
  })

  it('is byte-identical whatever the build machine’s zone', () => {
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const utc = feed()
      process.env.TZ = 'America/New_York'
      expect(feed()).toBe(utc)
    } finally {
      process.env.TZ = original
    }
  })

  it('writes wall-clock London times across both clock changes', () => {
    const text = feed()
    expect(text).toContain('DTSTART;TZID=Europe/London:20260329T003000')
    expect(text).toContain('DTEND;TZID=Europe/London:20260329T033000')
    expect(text).toContain('DTSTART;TZID=Europe/London:20261025T003000')
  })

  it('writes all-day events as dates with an exclusive end', () => {
    const text = feed()
    expect(text).toContain('DTSTART;VALUE=DATE:20270327')
    expect(text).toContain('DTEND;VALUE=DATE:20270329')
  })

  it('keeps cancelled events, marked, and names the calendar', () => {
    const text = feed()
    expect(text).toContain('SUMMARY:Cancelled: Regional genomics conference')
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toContain('X-WR-CALNAME:Genomics training')
    expect(text).toContain('X-WR-TIMEZONE:Europe/London')
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H')
    expect(text).toContain('X-PUBLISHED-TTL:PT12H')
    expect(text).toContain('PRODID:-//Genomics Education Hub//Training calendar//EN')
  })

  it('links each event to its page', () => {
    expect(feed()).toContain('URL;VALUE=URI:https://hub.example/events/evening-to-midnight/')
  })

  it('escapes commas, semicolons and new lines in text', () => {
    const text = feed()
    expect(text).toContain('SUMMARY:Spring forward: genomics\\, testing\\; consent')
    expect(text).toContain('LOCATION:Education Centre\\, 1 Hospital Road\\, Leeds')
  })

  it('is an empty but valid calendar with no events', () => {
    const text = buildFeed({ name: 'Empty', events: [], siteUrl: 'https://hub.example' })
    expect(lintIcs(text)).toEqual([])
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(0)
  })
})

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { HubEvent, PublishedContent } from '@genomics-hub/shared/content'
import { eventJsonLd, joinUrl, jsonForScript } from '../src/lib/event-json-ld'

const content: PublishedContent = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'published.sample.json'), 'utf8'))
const bySlug = (slug: string) => content.events.find((e) => e.slug === slug)!
const ld = (event: HubEvent) => eventJsonLd(event, 'https://hub.example', 'Europe/London')
const PAGE = (event: HubEvent) => `https://hub.example/events/${event.slug}/`

describe('eventJsonLd', () => {
  it('gives a hybrid event both its place and a virtual location, in mixed attendance mode', () => {
    const event = bySlug('midwives-prenatal-genomics')
    const data = ld(event)
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(data.location).toEqual([
      { '@type': 'Place', name: event.venue, address: event.address },
      { '@type': 'VirtualLocation', url: event.bookingUrl },
    ])
  })

  it('never gives an online event its own page as the place to join', () => {
    for (const event of content.events.filter((e) => e.format !== 'in-person')) {
      const locations = [ld(event).location].flat() as { '@type': string; url?: string }[]
      const virtual = locations.find((l) => l['@type'] === 'VirtualLocation')!
      expect(virtual.url, event.slug).not.toBe(PAGE(event))
      if (!event.bookingUrl) expect(virtual, event.slug).toEqual({ '@type': 'VirtualLocation' })
    }
  })

  it('prefers a link in the joining instructions, and ignores unsafe ones', () => {
    const event = bySlug('genomics-for-gps-when-to-refer')
    const withLink = { ...event, onlineNote: 'Join on Teams: https://teams.microsoft.com/l/meetup-join/abc.' }
    expect(joinUrl(withLink)).toBe('https://teams.microsoft.com/l/meetup-join/abc')
    expect((ld(withLink).location as { url: string }).url).toBe('https://teams.microsoft.com/l/meetup-join/abc')
    expect(joinUrl({ ...event, onlineNote: 'javascript:alert(1)', bookingUrl: 'javascript:alert(1)' })).toBeUndefined()
  })

  it('keeps in-person events at their place, with London offsets and status', () => {
    const event = bySlug('clocks-go-forward-2027-masterclass')
    const data = ld(event)
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(data.location).toMatchObject({ '@type': 'Place', name: event.venue })
    expect(data.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
    expect(data.url).toBe(PAGE(event))
    expect(ld(bySlug('gtab-observation-session-april')).eventStatus).toBe('https://schema.org/EventCancelled')
  })

  it('cannot end its script element early', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })
})

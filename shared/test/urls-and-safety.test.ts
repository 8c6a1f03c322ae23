import { describe, expect, it } from 'vitest'
import { sanitizeRichHtml } from '../src/html'
import { checkHttpUrl } from '../src/safe-url'
import { slugify } from '../src/slug'
import { absoluteUrl, addToCalendarLinks, paths, subscribeLinks } from '../src/urls'
import { sampleEvents } from './sample-events'

describe('paths', () => {
  it('are the stable public URLs', () => {
    expect(paths.month('2026-03')).toBe('/events/month/2026-03/')
    expect(paths.event('x')).toBe('/events/x/')
    expect(paths.eventIcs('x')).toBe('/events/x.ics')
    expect(paths.categoryFeed('webinar')).toBe('/events/category/webinar.ics')
    expect(paths.feed).toBe('/events.ics')
    expect(absoluteUrl('https://hub.example/', '/events/')).toBe('https://hub.example/events/')
  })
})

describe('subscribeLinks', () => {
  it('offers webcal, Google, Outlook 365, Outlook.com and the download', () => {
    const links = subscribeLinks('https://hub.example', '/events.ics', 'Genomics training')
    expect(links.webcal).toBe('webcal://hub.example/events.ics')
    expect(links.google).toBe('https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fhub.example%2Fevents.ics')
    expect(links.outlook365).toBe(
      'https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fhub.example%2Fevents.ics&name=Genomics+training',
    )
    expect(links.outlookCom).toMatch(/^https:\/\/outlook\.live\.com\/calendar\/0\/addfromweb\?url=/)
    expect(links.download).toBe('https://hub.example/events.ics')
  })
})

describe('addToCalendarLinks', () => {
  it('gives Google London wall-clock times with the zone, across the clock change', () => {
    const links = addToCalendarLinks(sampleEvents[0], 'https://hub.example')
    const google = new URL(links.google)
    expect(google.searchParams.get('dates')).toBe('20260329T003000/20260329T033000')
    expect(google.searchParams.get('ctz')).toBe('Europe/London')
    expect(links.ics).toBe('https://hub.example/events/spring-forward-session.ics')
    for (const href of [links.outlook365, links.outlookCom]) {
      const outlook = new URL(href)
      expect(outlook.pathname).toBe('/calendar/0/deeplink/compose')
      expect(outlook.searchParams.get('subject')).toBe(sampleEvents[0].title)
      expect(outlook.searchParams.get('startdt')).toBe('2026-03-29T00:30:00+00:00')
      expect(outlook.searchParams.get('enddt')).toBe('2026-03-29T03:30:00+01:00')
    }
    expect(new URL(links.outlook365).host).toBe('outlook.office.com')
    expect(new URL(links.outlookCom).host).toBe('outlook.live.com')
  })

  it('gives all-day events as dates with an exclusive end', () => {
    const links = addToCalendarLinks(sampleEvents[3], 'https://hub.example')
    expect(new URL(links.google).searchParams.get('dates')).toBe('20270327/20270329')
    expect(new URL(links.outlook365).searchParams.get('allday')).toBe('true')
    expect(new URL(links.outlookCom).searchParams.get('enddt')).toBe('2027-03-29')
  })
})

describe('checkHttpUrl', () => {
  it.each([
    ['https://www.nhs.uk/', true],
    ['http://example.org/a?b=c', true],
    ['javascript:alert(1)', 'Links must start with https:// or http:// (javascript: links are not allowed).'],
    ['JAVASCRIPT:alert(1)', 'Links must start with https:// or http:// (javascript: links are not allowed).'],
    ['data:text/html,hi', 'Links must start with https:// or http:// (data: links are not allowed).'],
    ['vbscript:msgbox', 'Links must start with https:// or http:// (vbscript: links are not allowed).'],
    ['/relative/path', '"/relative/path" is not a complete web address. Links must start with https:// (or http://).'],
    [' java\nscript:alert(1)', 'A web address cannot contain spaces or line breaks. Check the address and paste it again.'],
    ['https://nodot', '"https://nodot" has no valid website name. Check the address, for example https://www.nhs.uk/.'],
    ['https://user:pw@example.org', 'Remove the user name or password from the web address.'],
  ])('%s', (input, expected) => {
    expect(checkHttpUrl(input)).toBe(expected)
  })
})

describe('slugify', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify('Getting results: GTAB & GARD')).toBe('getting-results-gtab-and-gard')
    expect(slugify('  Café — génomique  ')).toBe('cafe-genomique')
    expect(slugify('x'.repeat(100))).toHaveLength(80)
  })
})

describe('sanitizeRichHtml', () => {
  it('keeps structure and removes scripts, handlers and unsafe links', () => {
    const dirty =
      '<h2 onclick="x()">Title</h2><script>alert(1)</script><p>Hi <a href="javascript:alert(1)">bad</a> <a href="https://nhs.uk" target="_blank">good</a></p><img src=x onerror=alert(1)>'
    const clean = sanitizeRichHtml(dirty)
    expect(clean).toBe('<h2>Title</h2><p>Hi <a>bad</a> <a href="https://nhs.uk" target="_blank" rel="noopener noreferrer">good</a></p><img src="x" />')
  })
})

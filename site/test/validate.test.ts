import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { publishedContentProblems } from '../src/content/validate'

const sample = () => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'published.sample.json'), 'utf8'))

describe('publishedContentProblems', () => {
  it('accepts the sample export', () => {
    expect(publishedContentProblems(sample())).toEqual([])
  })

  it('names a missing collection', () => {
    const data = sample()
    delete data.events
    expect(publishedContentProblems(data)).toEqual(['"events" is missing or is not a list'])
    expect(publishedContentProblems([])).toEqual(['the file does not hold a JSON object'])
  })

  it('names a missing or unknown time zone (every date on the site and in the feeds depends on it)', () => {
    const data = sample()
    data.timezone = 'Europe/Londres'
    expect(publishedContentProblems(data)).toEqual(['"timezone" is not a time zone name (such as Europe/London): "Europe/Londres"'])
    delete data.timezone
    expect(publishedContentProblems(data)).toEqual(['"timezone" is missing'])
  })

  it('refuses a slug used twice (a page would silently vanish)', () => {
    const data = sample()
    data.resources[1].slug = data.resources[0].slug
    expect(publishedContentProblems(data)).toEqual([
      `resources[1] ("${data.resources[0].slug}"): the slug "${data.resources[0].slug}" is used twice (each page needs its own address)`,
    ])
  })

  it('refuses the reserved event slugs and bad slugs', () => {
    const data = sample()
    data.events[0].slug = 'month'
    data.events[1].slug = 'Not A Slug'
    const problems = publishedContentProblems(data)
    expect(problems).toContain('events[0] ("month"): the slug "month" is reserved')
    expect(problems).toContain('events[1] ("Not A Slug"): "slug" must be lowercase words joined by hyphens')
  })

  it('checks event timing, status and format', () => {
    const data = sample()
    const timed = data.events.findIndex((e: { allDay: boolean }) => !e.allDay)
    const allDay = data.events.findIndex((e: { allDay: boolean }) => e.allDay)
    data.events[timed].end = '2000-01-01T00:00:00Z'
    data.events[allDay].endDate = '03/12/2026'
    data.events[2].status = 'deleted'
    data.events[3].start = '2026-03-03 10:00' // no offset: which 10:00?
    const problems = publishedContentProblems(data).join('\n')
    expect(problems).toMatch(/"end" is before "start"/)
    expect(problems).toMatch(/an all-day event needs "startDate" and "endDate" as YYYY-MM-DD/)
    expect(problems).toMatch(/"status" is "deleted", expected one of scheduled, cancelled, postponed/)
    expect(problems).toMatch(/a timed event needs "start" and "end" as ISO 8601 instants/)
  })

  it('checks resources and guidance', () => {
    const data = sample()
    data.resources[0].format = 'vhs'
    data.resources[1].topics = ['genomics-basics']
    data.guidance[0].nextReview = 'next year'
    delete data.guidance[1].bodyHtml
    const problems = publishedContentProblems(data).join('\n')
    expect(problems).toMatch(/resources\[0\].*"format" is "vhs"/)
    expect(problems).toMatch(/resources\[1\].*"topics" must be a list of resolved topics/)
    expect(problems).toMatch(/guidance\[0\].*"lastReviewed" and "nextReview" must be YYYY-MM-DD/)
    expect(problems).toMatch(/guidance\[1\].*"bodyHtml" must be a string/)
  })

  it('refuses a file the site serves under a name a browser runs, so no build copies one into /media/', () => {
    const data = sample()
    const withDocument = data.resources.findIndex((r: any) => r.document?.url?.startsWith('/media/'))
    data.resources[withDocument].document.url = '/media/report.html'
    data.resources[0].thumbnail = {
      url: '/media/chart.png',
      filename: 'chart.png',
      mimeType: 'image/png',
      filesize: 10,
      sizes: [{ name: 'thumbnail', url: '/media/chart-400x300.svg', width: 400, height: 300 }],
    }
    data.resources[1].thumbnail = { url: '/media/photo.png', filename: 'photo.png', mimeType: 'text/html', filesize: 10 }
    // Files elsewhere (external storage) are the host's to serve.
    data.resources[2].thumbnail = { url: 'https://cdn.example/elsewhere', filename: 'elsewhere', mimeType: 'image/png', filesize: 1 }
    const problems = publishedContentProblems(data)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^resources\\[${withDocument}\\].*\\.document: "/media/report.html" is not named as a JPEG, PNG, WebP, GIF or PDF file; export the content again$`)),
        expect.stringMatching(/^resources\[0\].*\.thumbnail: "\/media\/chart-400x300.svg" is not named as a JPEG, PNG, WebP, GIF or PDF file/),
        expect.stringMatching(/^resources\[1\].*\.thumbnail: "\/media\/photo.png" is named as a PNG but its "mimeType" is "text\/html"$/),
      ]),
    )
    expect(problems).toHaveLength(3)
  })

  it('accepts an export without an overview (a hub that has not published one)', () => {
    const data = sample()
    delete data.overview
    expect(publishedContentProblems(data)).toEqual([])
  })

  it('checks the overview: heading, steps, and a guidance link that goes somewhere', () => {
    const data = sample()
    data.overview.heading = ' '
    data.overview.pathway.steps[1] = { title: 'Request the test' }
    data.overview.pathway.guidance.slug = 'how-to-order-a-test'
    delete data.overview.whyGenomicsMatters.bodyHtml
    expect(publishedContentProblems(data)).toEqual([
      'overview: "heading" is missing',
      'overview: "whyGenomicsMatters" needs a "heading" and a "bodyHtml" string',
      'overview.pathway.steps[1]: a step needs a "title" and a "text"',
      'overview.pathway: "guidance" links to "how-to-order-a-test", which is not a guidance page in this export',
    ])
    data.overview.pathway.steps = []
    expect(publishedContentProblems(data)).toContain('overview.pathway: "steps" must be a list of at least one step')
    data.overview = 'Genomics education'
    expect(publishedContentProblems(data)).toEqual(['"overview" is not an object'])
  })

  it('stops listing after the limit', () => {
    const data = sample()
    for (const event of data.events) event.status = 'unknown'
    expect(publishedContentProblems(data, 5)).toHaveLength(5)
  })
})

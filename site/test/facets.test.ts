import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PublishedContent } from '@genomics-hub/shared/content'
import type { Catalogue } from '../src/lib/catalogue'
import { libraryFacets } from '../src/lib/facets'

const content: PublishedContent = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'published.sample.json'), 'utf8'))
const hub = { resources: content.resources, topics: content.topics } as Catalogue
const audience = libraryFacets(hub).find((f) => f.key === 'audience')!
const slugs = (value: string) => audience.values.find((v) => v.value === value)?.resources.map((r) => r.slug).sort()
const forEveryone = content.resources.filter((r) => r.audience.includes('all-healthcare-professionals'))

describe('the audience filter', () => {
  it('shows resources for all healthcare professionals under every audience', () => {
    expect(forEveryone.length).toBeGreaterThan(0)
    for (const value of ['gps', 'nurses', 'midwives', 'hospital-doctors', 'genetic-counsellors', 'pharmacists']) {
      const expected = content.resources.filter((r) => r.audience.includes(value as never) || forEveryone.includes(r)).map((r) => r.slug).sort()
      expect(slugs(value), value).toEqual(expected)
      for (const r of forEveryone) expect(slugs(value), value).toContain(r.slug)
    }
  })

  it('keeps "All healthcare professionals" to the resources tagged for everyone', () => {
    expect(slugs('all-healthcare-professionals')).toEqual(forEveryone.map((r) => r.slug).sort())
  })

  it('leaves the other filters to exact tags', () => {
    const factsheets = libraryFacets(hub).find((f) => f.key === 'format')!.values.find((v) => v.value === 'factsheet')
    expect(factsheets?.resources.every((r) => r.format === 'factsheet')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { laterPages, pageLinks, pageOf, pagePath } from '../src/lib/pages'

describe('library pages', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1)

  it('cuts a list into pages and says which items each shows', () => {
    expect(pageOf(items, 1, 20)).toMatchObject({ number: 1, count: 3, total: 45, from: 1, to: 20 })
    expect(pageOf(items, 3, 20)).toEqual({ items: [41, 42, 43, 44, 45], number: 3, count: 3, total: 45, from: 41, to: 45 })
    expect(pageOf([], 1, 20)).toEqual({ items: [], number: 1, count: 1, total: 0, from: 0, to: 0 })
  })

  it('gives page 1 the list’s own address and a page of its own to each later one', () => {
    expect(pagePath('/library/', 1)).toBe('/library/')
    expect(pagePath('/library/format/video/', 3)).toBe('/library/format/video/page/3/')
    expect(laterPages(45, 20)).toEqual([2, 3])
    expect(laterPages(20, 20)).toEqual([])
    expect(laterPages(0, 20)).toEqual([])
  })

  it('links the first, the last and the current page’s neighbours, with gaps between', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(1, 3)).toEqual([1, 2, 3])
    expect(pageLinks(5, 100)).toEqual([1, 'gap', 4, 5, 6, 'gap', 100])
    expect(pageLinks(100, 100)).toEqual([1, 'gap', 99, 100])
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4])
  })
})

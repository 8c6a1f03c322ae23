/** Resources per library page: enough to scan, few enough to stay light on a phone. */
export const LIBRARY_PAGE_SIZE = 20

export interface PageOf<T> {
  items: T[]
  /** 1-based. */
  number: number
  /** How many pages the whole list makes (at least 1, even when empty). */
  count: number
  total: number
  /** Positions (1-based) of the first and last item on this page. */
  from: number
  to: number
}

/** The nth page (1-based) of a list. */
export function pageOf<T>(all: T[], number: number, size = LIBRARY_PAGE_SIZE): PageOf<T> {
  const count = Math.max(1, Math.ceil(all.length / size))
  const start = (number - 1) * size
  const items = all.slice(start, start + size)
  return { items, number, count, total: all.length, from: items.length ? start + 1 : 0, to: start + items.length }
}

/** Page 1 is the list's own address; page n is `<base>page/<n>/`. */
export const pagePath = (base: string, number: number) => (number <= 1 ? base : `${base}page/${number}/`)

/** The numbers of the pages after the first (each has a page of its own). */
export const laterPages = (total: number, size = LIBRARY_PAGE_SIZE) =>
  Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, i) => i + 2)

/** Which page numbers to link: the first, the last and the current one with its neighbours, gaps between. */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b)
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? ['gap' as const, n] : [n]))
}

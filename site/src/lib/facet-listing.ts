import type { Catalogue } from './catalogue'
import { EVERYONE, type FacetValue, facetPath, libraryFacets } from './facets'
import { laterPages } from './pages'

export interface FacetListing {
  selected: FacetValue
  facetTitle: string
  base: string
}

/** Every filter's listing: its first page (`page` 1), or with `later`, each page after it. */
export function facetListings(hub: Catalogue, later = false): { params: Record<string, string>; props: FacetListing & { page: number } }[] {
  return libraryFacets(hub).flatMap((facet) =>
    facet.values.flatMap((selected) => {
      const listing = { selected, facetTitle: facet.title, base: facetPath(facet.key, selected.value) }
      const pages = later ? laterPages(selected.resources.length) : [1]
      return pages.map((page) => ({
        params: { facet: facet.key, value: selected.value, ...(later ? { page: String(page) } : {}) },
        props: { ...listing, page },
      }))
    }),
  )
}

/** How a filter's listing introduces itself. */
export function facetIntro({ selected, facetTitle }: FacetListing): string {
  const count = selected.resources.length
  const everyone = selected.facet === 'audience' && selected.value !== EVERYONE ? ', including those for all healthcare professionals' : ''
  return `${count} resource${count === 1 ? '' : 's'} for ${facetTitle.toLowerCase()} “${selected.label}”${everyone}.`
}

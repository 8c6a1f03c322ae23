import type { Catalogue } from './catalogue'
import { EVERYONE, type FacetValue, facetPath, libraryFacets } from './facets'
import { laterPages } from './pages'

export interface FacetListing {
  selected: FacetValue
  facetTitle: string
  base: string
}

/**
 * Every page of every filter's listing, for /library/<facet>/<value>/[...page]: the first page
 * at the listing's own address (`page` param undefined), later ones at `page/<n>/`.
 */
export function facetListings(hub: Catalogue): { params: { facet: string; value: string; page?: string }; props: FacetListing & { page: number } }[] {
  return libraryFacets(hub).flatMap((facet) =>
    facet.values.flatMap((selected) => {
      const listing = { selected, facetTitle: facet.title, base: facetPath(facet.key, selected.value) }
      return [1, ...laterPages(selected.resources.length)].map((page) => ({
        params: { facet: facet.key, value: selected.value, page: page === 1 ? undefined : `page/${page}` },
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

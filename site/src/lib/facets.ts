import type { Resource } from '@genomics-hub/shared/content'
import { AUDIENCE_LABELS, CLINICAL_AREA_LABELS, RESOURCE_FORMAT_LABELS } from '@genomics-hub/shared/content'
import type { Catalogue } from './catalogue'

/** The library's filters, each a static page (/library/<facet>/<value>/) so none needs JavaScript. */
export interface FacetValue {
  facet: string
  value: string
  label: string
  resources: Resource[]
}

export interface Facet {
  key: string
  title: string
  values: FacetValue[]
}

const labelled = (labels: Record<string, string>) => Object.entries(labels)
export const EVERYONE = 'all-healthcare-professionals' as const

const computed = new WeakMap<Catalogue, Facet[]>()

/** The facets and their resources, worked out once per build (every library page shows them). */
export function libraryFacets(hub: Catalogue): Facet[] {
  let facets = computed.get(hub)
  if (!facets) computed.set(hub, (facets = buildFacets(hub)))
  return facets
}

function buildFacets(hub: Catalogue): Facet[] {
  const by = (key: string, title: string, entries: [string, string][], match: (r: Resource, value: string) => boolean): Facet => ({
    key,
    title,
    values: entries
      .map(([value, label]) => ({ facet: key, value, label, resources: hub.resources.filter((r) => match(r, value)) }))
      .filter((v) => v.resources.length > 0),
  })
  return [
    by('topic', 'Topic', hub.topics.map((t) => [t.slug, t.name]), (r, v) => r.topics.some((t) => t.slug === v)),
    by('format', 'Format', labelled(RESOURCE_FORMAT_LABELS), (r, v) => r.format === v),
    // A resource for all healthcare professionals is for nurses, GPs... too, so it shows under each.
    by('audience', 'Audience', labelled(AUDIENCE_LABELS), (r, v) => r.audience.includes(v as never) || r.audience.includes(EVERYONE)),
    by('area', 'Clinical area', labelled(CLINICAL_AREA_LABELS), (r, v) => r.clinicalArea === v),
  ]
}

export const facetPath = (facet: string, value: string) => `/library/${facet}/${value}/`

import { createHash } from 'node:crypto'
import { slugify } from '@genomics-hub/shared/slug'

/** The slug field's own limit (shared/src/slug.ts): a longer slug would lose its date. */
export const SLUG_MAX_LENGTH = 80
const DATE_SUFFIX_LENGTH = '-YYYY-MM-DD'.length

/** Six hex characters that stay the same for a UID, to tell same-day namesakes apart. */
const uidTag = (uid: string) => createHash('sha256').update(uid).digest('hex').slice(0, 6)

/**
 * Slugs an import may give a new event, best first, each in the final form the slug field
 * stores: "<title>-<YYYY-MM-DD>", the title cut (never the date) to keep within the field's
 * limit; titles with no Latin letters or digits become "event-<date>". Then the same with a
 * tag made from the UID (same-day namesakes), then with a counter as well.
 */
export function candidateSlugs(title: string, day: string, uid: string): string[] {
  const make = (extra = '') => `${slugify(title, SLUG_MAX_LENGTH - DATE_SUFFIX_LENGTH - extra.length) || 'event'}-${day}${extra}`
  const tag = `-${uidTag(uid)}`
  return [make(), make(tag), ...Array.from({ length: 98 }, (_, i) => make(`${tag}-${i + 2}`))]
}

/**
 * The first free slug for an event: `isTaken` answers for the database, `planned` holds the
 * slugs handed out earlier in this import. Each is checked against the slug field's own
 * normalisation, so the slug checked is the slug stored.
 */
export async function freeSlug(
  title: string,
  day: string,
  uid: string,
  planned: Set<string>,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  const candidates = candidateSlugs(title, day, uid)
  for (const slug of candidates) {
    if (slugify(slug) !== slug) throw new Error(`its slug "${slug}" would become "${slugify(slug)}" when saved`)
    if (!planned.has(slug) && !(await isTaken(slug))) {
      planned.add(slug)
      return slug
    }
  }
  throw new Error(`every slug from "${candidates[0]}" to "${candidates.at(-1)}" is taken`)
}

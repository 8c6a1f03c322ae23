import type { TextField } from 'payload'
import { slugify } from '@genomics-hub/shared/slug'

/**
 * A URL slug derived from the title when left empty, editable, unique. Public URLs and
 * calendar subscriptions depend on it, so the message says how to fix a bad one.
 */
export function slugField(options: { from?: string; reserved?: readonly string[] } = {}): TextField {
  const from = options.from ?? 'title'
  const reserved = options.reserved ?? []
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the page address. Left empty, it is made from the ${from}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' && source.trim() ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || !value) return `Enter a slug, or a ${from} to make one from.`
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
        return 'Use lowercase letters, numbers and single hyphens only (for example "genomics-for-gps").'
      }
      if (reserved.includes(value)) {
        return `"${value}" is reserved for other pages of the site. Choose another slug.`
      }
      return true
    },
  }
}

import type { CollectionConfig, Config, Plugin } from 'payload'
import { eventsCollection } from './collections/events'
import { guidanceCollection } from './collections/guidance'
import { mediaCollection } from './collections/media'
import { resourcesCollection } from './collections/resources'
import { eventCategoriesCollection, topicsCollection } from './collections/terms'
import { usersCollection } from './collections/users'
import { publishedChangeHooks } from './hooks/published-change'
import {
  type CollectionOverride,
  type EducationHubOptions,
  type HubCollectionKey,
  resolveOptions,
} from './options'

/** Merge a hub's override into one of the plugin's collections. */
function applyOverride(collection: CollectionConfig, override?: CollectionOverride): CollectionConfig {
  if (!override) return collection
  const { fields, ...rest } = override
  return {
    ...collection,
    ...rest,
    admin: { ...collection.admin, ...rest.admin },
    access: { ...collection.access, ...rest.access },
    hooks: { ...collection.hooks, ...rest.hooks },
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
  }
}

/**
 * The education hub's content models as a Payload plugin:
 *
 *   plugins: [educationHub({ timezone: 'Europe/London' })]
 *
 * Adds resources, guidance, events, topics, event categories, media and users, with access
 * rules, validation and publish notifications. Knows nothing of Next.js, Astro or the database.
 */
export const educationHub =
  (options: EducationHubOptions = {}): Plugin =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const notify = publishedChangeHooks(resolved)
    const enabled = (key: HubCollectionKey) => options.collections?.[key] !== false

    const built: [HubCollectionKey, CollectionConfig][] = [
      ['resources', resourcesCollection()],
      ['guidance', guidanceCollection()],
      ['events', eventsCollection(resolved)],
      ['topics', topicsCollection()],
      ['eventCategories', eventCategoriesCollection()],
      ['media', mediaCollection(resolved)],
      ['users', usersCollection()],
    ]

    const collections = built
      .filter(([key]) => enabled(key))
      .map(([key, collection]) => {
        const withHooks: CollectionConfig =
          key === 'users'
            ? collection
            : {
                ...collection,
                hooks: {
                  ...collection.hooks,
                  beforeChange: [...(collection.hooks?.beforeChange ?? []), notify.beforeChange],
                  afterChange: [...(collection.hooks?.afterChange ?? []), notify.afterChange],
                  afterDelete: [...(collection.hooks?.afterDelete ?? []), notify.afterDelete],
                },
              }
        return applyOverride(withHooks, options.overrides?.[key])
      })

    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
    }
  }

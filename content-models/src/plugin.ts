import type { CollectionConfig, Config, Plugin } from 'payload'
import { eventsCollection } from './collections/events'
import { guidanceCollection } from './collections/guidance'
import { mediaCollection } from './collections/media'
import { resourcesCollection } from './collections/resources'
import { eventCategoriesCollection, topicsCollection } from './collections/terms'
import { usersCollection } from './collections/users'
import { overviewGlobal } from './globals/overview'
import { globalPublishedChangeHooks } from './hooks/global-published-change'
import { publishedChangeHooks } from './hooks/published-change'
import {
  type CollectionOverride,
  type EducationHubOptions,
  type HubCollectionKey,
  type HubGlobalKey,
  type RelationTargets,
  resolveOptions,
  resolveSlugs,
} from './options'
import { friendlyUploadLimit } from './uploads/upload-limit'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Hook lists run one after the other: the plugin's first, then the hub's. */
function appendHooks(base: Hooks = {}, extra: Hooks = {}): Hooks {
  const merged: Record<string, unknown[]> = { ...(base as Record<string, unknown[]>) }
  for (const [name, list] of Object.entries(extra as Record<string, unknown[] | undefined>)) {
    if (list) merged[name] = [...(merged[name] ?? []), ...list]
  }
  return merged as Hooks
}

/** Merge a hub's override into one of the plugin's collections. */
function applyOverride(collection: CollectionConfig, override?: CollectionOverride): CollectionConfig {
  if (!override) return collection
  const { fields, ...rest } = override
  return {
    ...collection,
    ...rest,
    admin: { ...collection.admin, ...rest.admin },
    access: { ...collection.access, ...rest.access },
    // Appended, not replaced: UID/SEQUENCE and publish notifications must keep running.
    hooks: appendHooks(collection.hooks, rest.hooks),
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
  }
}

/**
 * The education hub's content models as a Payload plugin:
 *
 *   plugins: [educationHub({ timezone: 'Europe/London' })]
 *
 * Adds resources, guidance, events, topics, event categories, media and users, and the overview
 * global (the home page), with access rules, validation and publish notifications. Knows nothing of Next.js, Astro or the database.
 */
export const educationHub =
  (options: EducationHubOptions = {}): Plugin =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const notify = publishedChangeHooks(resolved)
    const enabled = (key: HubCollectionKey) => options.collections?.[key] !== false
    const slugs = resolveSlugs(options)

    // A relationship points at our collection, or at the host's own one with that slug.
    const hostSlugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const target = (key: HubCollectionKey) => (enabled(key) || hostSlugs.has(slugs[key]) ? slugs[key] : undefined)
    const relations: RelationTargets = {
      topics: target('topics'),
      eventCategories: target('eventCategories'),
      media: target('media'),
    }

    const built: [HubCollectionKey, CollectionConfig][] = [
      ['resources', resourcesCollection({ relations })],
      ['guidance', guidanceCollection()],
      ['events', eventsCollection({ ...resolved, relations })],
      ['topics', topicsCollection()],
      ['eventCategories', eventCategoriesCollection()],
      ['media', mediaCollection({ ...resolved, slug: slugs.media })],
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
                hooks: appendHooks(collection.hooks, {
                  beforeChange: [notify.beforeChange],
                  afterChange: [notify.afterChange],
                  beforeDelete: [notify.beforeDelete],
                  afterDelete: [notify.afterDelete],
                }),
              }
        return applyOverride(withHooks, options.overrides?.[key])
      })

    const globalNotify = globalPublishedChangeHooks(resolved)
    const globalEnabled = (key: HubGlobalKey) => options.globals?.[key] !== false
    const globals = globalEnabled('overview') ? [overviewGlobal({ guidance: target('guidance') })] : []
    for (const global of globals) {
      global.hooks = {
        ...global.hooks,
        beforeChange: [...(global.hooks?.beforeChange ?? []), globalNotify.beforeChange],
        afterChange: [...(global.hooks?.afterChange ?? []), globalNotify.afterChange],
      }
    }

    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
      globals: [...(config.globals ?? []), ...globals],
      // Payload refuses an upload over `upload.limits.fileSize` before any collection hook runs:
      // make that refusal say the file's size and the limit too.
      upload: enabled('media') ? friendlyUploadLimit(config.upload, resolved.maxUploadBytes) : config.upload,
    }
  }

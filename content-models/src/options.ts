import type { CollectionConfig, Field, Payload } from 'payload'

/** The collections this plugin can add, by key. */
export type HubCollectionKey =
  | 'resources'
  | 'guidance'
  | 'events'
  | 'topics'
  | 'eventCategories'
  | 'media'
  | 'users'

/** The globals (single documents) this plugin can add, by key. */
export type HubGlobalKey = 'overview'

/**
 * Per-collection overrides in the style of Payload's form-builder plugin: anything on the
 * collection config, plus `fields` as a function of the plugin's own fields, so a hub can
 * extend a collection without forking the plugin.
 */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** What changed, for rebuild triggers (see `onPublishedChange`). */
export interface PublishedChange {
  /** The collection's slug, or the global's (e.g. 'overview'). */
  collection: string
  id: number | string
  /** 'publish': now published; 'unpublish': was published, now draft; 'update': still published; 'delete'. */
  action: 'publish' | 'unpublish' | 'update' | 'delete'
  title?: string
  user?: { id: number | string; email?: string } | null
}

export interface EducationHubOptions {
  /** Wall-clock zone for event times. Default Europe/London. */
  timezone?: string
  /**
   * Turn collections off, e.g. `{ users: false }` when the host app has its own users.
   * Fields that point at a collection that is off are left out (resources lose `topics`, or
   * `document` and `thumbnail`, which makes the link required; events lose `category`),
   * unless the host app has its own collection with that slug, which they then point at.
   */
  collections?: Partial<Record<HubCollectionKey, boolean>>
  /**
   * Turn globals off, e.g. `{ overview: false }` when the hub's home page comes from elsewhere.
   * The overview's link to a guidance page is left out when guidance is off.
   */
  globals?: Partial<Record<HubGlobalKey, boolean>>
  /**
   * Changes to one collection's config. `slug` renames the collection (relationships follow);
   * `hooks` are added after the plugin's own, never instead of them; `admin` and `access` are
   * merged; `fields` receives the plugin's fields to extend.
   */
  overrides?: Partial<Record<HubCollectionKey, CollectionOverride>>
  /** Right-hand side of generated iCal UIDs (`<uuid>@<uidDomain>`). */
  uidDomain?: string
  /** Largest upload accepted, in bytes. Default 10 MB. */
  maxUploadBytes?: number
  /**
   * Folder for uploaded files on local storage (the media collection's `upload.staticDir`).
   * Default: `media` in the working directory, as Payload does. Ignored by storage adapters.
   */
  mediaDir?: string
  /**
   * Called after a change that alters what the public sees: a publish, an unpublish, an edit
   * of a published document, a delete. Not called for draft saves or when the operation's
   * `context.skipPublishHooks` is set (seeding and imports do one rebuild at the end).
   */
  onPublishedChange?: (change: PublishedChange, payload: Payload) => void | Promise<void>
}

export interface ResolvedOptions {
  timezone: string
  uidDomain: string
  maxUploadBytes: number
  mediaDir?: string
  onPublishedChange?: EducationHubOptions['onPublishedChange']
}

export const COLLECTION_SLUGS: Record<HubCollectionKey, string> = {
  resources: 'resources',
  guidance: 'guidance',
  events: 'events',
  topics: 'topics',
  eventCategories: 'event-categories',
  media: 'media',
  users: 'users',
}

/** Each collection's slug after the hub's `overrides.<key>.slug`. */
export function resolveSlugs(options: EducationHubOptions): Record<HubCollectionKey, string> {
  const keys = Object.keys(COLLECTION_SLUGS) as HubCollectionKey[]
  return Object.fromEntries(keys.map((key) => [key, options.overrides?.[key]?.slug ?? COLLECTION_SLUGS[key]])) as Record<
    HubCollectionKey,
    string
  >
}

/**
 * Where the plugin's relationship fields point: a slug, or undefined when that collection is
 * turned off and the host app has none of its own, so the fields are left out.
 */
export interface RelationTargets {
  topics?: string
  eventCategories?: string
  media?: string
  guidance?: string
}

export function resolveOptions(options: EducationHubOptions): ResolvedOptions {
  return {
    timezone: options.timezone ?? 'Europe/London',
    uidDomain: options.uidDomain ?? 'education-hub.local',
    maxUploadBytes: options.maxUploadBytes ?? 10 * 1024 * 1024,
    mediaDir: options.mediaDir,
    onPublishedChange: options.onPublishedChange,
  }
}

/** Drafts, versions and scheduled publishing for the content collections. */
export const DRAFTS_WITH_SCHEDULING = { drafts: { schedulePublish: true }, maxPerDoc: 50 } as const

import type { CollectionBeforeChangeHook, CollectionConfig, Config, Field, SanitizedConfig } from 'payload'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { educationHub, type EducationHubOptions } from '../src'
import { publicEffect } from '../src/hooks/published-change'

const apply = (options: EducationHubOptions, config: Partial<Config> = {}) => educationHub(options)(config as Config) as Config

const find = (config: Config, slug: string) => config.collections?.find((c) => c.slug === slug) as CollectionConfig | undefined

/**
 * The host app's rich-text editor, reduced to what config sanitising reads: the plugin never
 * chooses the editor (the host does), so the tests need only something in its place.
 */
const hostEditor = { CellComponent: '', FieldComponent: '', validate: () => true } as unknown as Config['editor']

/** Payload's own config building (sanitising, relationship checks) on the plugin's output. */
const build = (options: EducationHubOptions, config: Partial<Config> = {}) =>
  buildConfig({ secret: 'test-secret', editor: hostEditor, ...config, plugins: [educationHub(options)] } as Config)

const fieldOf = (config: SanitizedConfig, collection: string, name: string) =>
  config.collections.find((c) => c.slug === collection)?.flattenedFields.find((f) => f.name === name) as
    | (Field & { relationTo?: string; required?: boolean })
    | undefined

describe('educationHub plugin', () => {
  it('adds the seven collections beside the host app’s own', () => {
    const config = apply({}, { collections: [{ slug: 'pages', fields: [] }] })
    expect(config.collections?.map((c) => c.slug)).toEqual([
      'pages',
      'resources',
      'guidance',
      'events',
      'topics',
      'event-categories',
      'media',
      'users',
    ])
  })

  it('leaves out collections that are turned off', () => {
    const config = apply({ collections: { users: false, media: true } })
    expect(find(config, 'users')).toBeUndefined()
    expect(find(config, 'media')).toBeDefined()
  })

  it('lets a hub extend a collection’s fields and admin without forking', () => {
    const config = apply({
      overrides: {
        events: {
          admin: { group: 'Training' },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'cpdPoints', type: 'number' }],
        },
      },
    })
    const events = find(config, 'events')!
    expect(events.admin?.group).toBe('Training')
    expect(events.admin?.useAsTitle).toBe('title')
    expect(events.fields.map((f) => ('name' in f ? f.name : f.type))).toContain('cpdPoints')
    expect(events.fields.map((f) => ('name' in f ? f.name : f.type))).toContain('uid')
  })

  it('keeps drafts and scheduled publishing on resources, guidance and events', () => {
    const config = apply({})
    for (const slug of ['resources', 'guidance', 'events']) {
      const versions = find(config, slug)!.versions
      expect(versions && typeof versions === 'object' && versions.drafts).toMatchObject({ schedulePublish: true })
    }
  })
})

describe('renamed collections (overrides.<collection>.slug)', () => {
  it('builds, with the relationships pointing at the new slugs', async () => {
    const config = await build({
      overrides: { topics: { slug: 'subjects' }, eventCategories: { slug: 'training-types' }, media: { slug: 'files' } },
    })
    expect(config.collections.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['subjects', 'training-types', 'files']),
    )
    expect(fieldOf(config, 'resources', 'topics')?.relationTo).toBe('subjects')
    expect(fieldOf(config, 'resources', 'document')?.relationTo).toBe('files')
    expect(fieldOf(config, 'resources', 'thumbnail')?.relationTo).toBe('files')
    expect(fieldOf(config, 'events', 'category')?.relationTo).toBe('training-types')
  })
})

describe('collections turned off', () => {
  it('without media, resources are links: no document or thumbnail, and the link is required', async () => {
    const config = await build({ collections: { media: false } })
    expect(config.collections.map((c) => c.slug)).not.toContain('media')
    expect(fieldOf(config, 'resources', 'document')).toBeUndefined()
    expect(fieldOf(config, 'resources', 'thumbnail')).toBeUndefined()
    const link = fieldOf(config, 'resources', 'externalUrl') as { required?: boolean; validate: (v: unknown, o: object) => unknown }
    expect(link.required).toBe(true)
    expect(link.validate('', { required: true })).toBe('Enter a web address starting with https://')
  })

  it('without event categories, events have no category', async () => {
    const config = await build({ collections: { eventCategories: false } })
    expect(fieldOf(config, 'events', 'category')).toBeUndefined()
    expect(fieldOf(config, 'events', 'title')).toBeDefined()
  })

  it('without topics, resources have no topics', async () => {
    const config = await build({ collections: { topics: false } })
    expect(fieldOf(config, 'resources', 'topics')).toBeUndefined()
  })

  it('points at the host app’s own collection of the same slug instead', async () => {
    const hostMedia: CollectionConfig = { slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] }
    const config = await build({ collections: { media: false } }, { collections: [hostMedia] })
    expect(config.collections.filter((c) => c.slug === 'media')).toHaveLength(1)
    expect(fieldOf(config, 'resources', 'document')?.relationTo).toBe('media')
  })
})

describe('overrides.<collection>.hooks', () => {
  const stamp: CollectionBeforeChangeHook = ({ data }) => ({ ...data, stamped: true })

  it('run after the plugin’s hooks, which still give an event its UID and sequence', async () => {
    const config = await build({ overrides: { events: { hooks: { beforeChange: [stamp] } } } })
    const hooks = config.collections.find((c) => c.slug === 'events')!.hooks.beforeChange
    expect(hooks.at(-1)).toBe(stamp)
    let data: Record<string, unknown> = { title: 'Webinar', allDay: false, start: '2026-12-01T10:00:00.000Z' }
    for (const hook of hooks) {
      data = (await hook({ data, operation: 'create', context: {}, req: {} as never, collection: {} as never })) ?? data
    }
    expect(data.uid).toMatch(/^[0-9a-f-]{36}@education-hub\.local$/)
    expect(data.sequence).toBe(0)
    expect(data.stamped).toBe(true)
  })

  it('keep the publish notification beside a hub’s own afterChange hook', async () => {
    const own = () => undefined
    const plain = await build({ onPublishedChange: () => {} })
    const overridden = await build({ onPublishedChange: () => {}, overrides: { guidance: { hooks: { afterChange: [own] } } } })
    const afterChange = (config: SanitizedConfig) => config.collections.find((c) => c.slug === 'guidance')!.hooks.afterChange
    expect(afterChange(overridden)).toHaveLength(afterChange(plain).length + 1)
    expect(afterChange(overridden).at(-1)).toBe(own)
  })
})

describe('upload size limit', () => {
  it('sets Payload’s limit to maxUploadBytes and refuses saying the limit and what to do', () => {
    const { upload } = apply({ maxUploadBytes: 10 * 1024 * 1024 })
    expect(upload?.limits?.fileSize).toBe(10 * 1024 * 1024)
    expect(upload?.abortOnLimit).toBe(true)
    expect(upload?.responseOnLimit).toBe(
      'This file is larger than the 10 MB limit. Make it smaller (compress the PDF, or export the image at a smaller size) and upload it again.',
    )
  })

  it('sends no function to the admin’s browser code (Payload copies `upload` into the client config)', () => {
    const { upload } = apply({ maxUploadBytes: 10 * 1024 * 1024 })
    expect(Object.values(upload ?? {}).filter((value) => typeof value === 'function')).toEqual([])
  })

  it('keeps a host app’s own limit and message', () => {
    const { upload } = apply({}, { upload: { limits: { fileSize: 5 }, responseOnLimit: 'Too big.' } })
    expect(upload?.limits?.fileSize).toBe(5)
    expect(upload?.responseOnLimit).toBe('Too big.')
  })
})

describe('publicEffect', () => {
  it('names what a save does to the public site', () => {
    expect(publicEffect(undefined, 'published')).toBe('publish')
    expect(publicEffect('draft', 'published')).toBe('publish')
    expect(publicEffect('published', 'published')).toBe('update')
    expect(publicEffect('published', 'draft')).toBe('unpublish')
    expect(publicEffect('draft', 'draft')).toBeNull()
    expect(publicEffect(undefined, 'draft')).toBeNull()
  })
})

describe('media folder', () => {
  const media = (config: Config) => config.collections!.find((c) => c.slug === 'media')!
  it('keeps uploads where `mediaDir` says, else where Payload does by default', () => {
    expect(media(apply({ mediaDir: '/srv/hub/media' })).upload).toMatchObject({ staticDir: '/srv/hub/media' })
    expect((media(apply({})).upload as { staticDir?: string }).staticDir).toBeUndefined()
  })
})

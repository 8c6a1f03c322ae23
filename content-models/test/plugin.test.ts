import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { educationHub } from '../src'
import { publicEffect } from '../src/hooks/published-change'

const apply = (options: Parameters<typeof educationHub>[0], config: Partial<Config> = {}) =>
  educationHub(options)(config as Config) as Config

const find = (config: Config, slug: string) =>
  config.collections?.find((c) => c.slug === slug) as CollectionConfig | undefined

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

  it('puts the publish notification after the collection’s own hooks, not on users', () => {
    const config = apply({ onPublishedChange: () => {} })
    expect(find(config, 'events')!.hooks?.afterChange).toHaveLength(1)
    expect(find(config, 'events')!.hooks?.beforeChange).toHaveLength(2)
    expect(find(config, 'users')!.hooks?.afterChange ?? []).toHaveLength(0)
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

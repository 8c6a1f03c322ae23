import type { Config, Field, GlobalConfig, SanitizedConfig } from 'payload'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { educationHub, type EducationHubOptions } from '../src'

/** The host's rich-text editor, reduced to what config sanitising reads (see plugin.test.ts). */
const hostEditor = { CellComponent: '', FieldComponent: '', validate: () => true } as unknown as Config['editor']
const build = (options: EducationHubOptions, config: Partial<Config> = {}) =>
  buildConfig({ secret: 'test-secret', editor: hostEditor, ...config, plugins: [educationHub(options)] } as Config)

const overviewOf = (config: SanitizedConfig) => config.globals.find((g) => g.slug === 'overview')
const guidanceLink = (global: GlobalConfig | undefined) =>
  global?.fields
    .filter((f): f is Field & { fields: Field[] } => 'name' in f && f.name === 'pathway')
    .flatMap((f) => f.fields)
    .find((f) => 'name' in f && f.name === 'guidance') as (Field & { relationTo?: string }) | undefined

describe('the overview global', () => {
  it('is added beside the host app’s own globals, with drafts and scheduled publishing', async () => {
    const config = await build({}, { globals: [{ slug: 'footer', fields: [{ name: 'text', type: 'text' }] }] })
    expect(config.globals.map((g) => g.slug)).toEqual(['footer', 'overview'])
    const overview = overviewOf(config)!
    expect(overview.versions && overview.versions.drafts).toMatchObject({ schedulePublish: true })
    const names = overview.flattenedFields.map((f) => f.name)
    expect(names).toEqual(expect.arrayContaining(['heading', 'introduction', 'whyGenomicsMatters', 'pathway', '_status']))
    expect(guidanceLink(overview)?.relationTo).toBe('guidance')
  })

  it('is left out when the hub turns it off, like a collection', async () => {
    const config = await build({ globals: { overview: false } })
    expect(overviewOf(config)).toBeUndefined()
    expect(config.collections.map((c) => c.slug)).toContain('guidance')
  })

  it('links to a renamed guidance collection, and to none when guidance is off', async () => {
    expect(guidanceLink(overviewOf(await build({ overrides: { guidance: { slug: 'advice' } } })))?.relationTo).toBe('advice')
    const withoutGuidance = overviewOf(await build({ collections: { guidance: false } }))
    expect(withoutGuidance).toBeDefined()
    expect(guidanceLink(withoutGuidance)).toBeUndefined()
  })

  it('adds publish notifications after its own hooks when the hub listens', async () => {
    const overview = overviewOf(await build({ onPublishedChange: () => {} }))!
    expect(overview.hooks.beforeOperation).toHaveLength(1)
    expect(overview.hooks.beforeChange).toHaveLength(1)
    expect(overview.hooks.afterChange).toHaveLength(1)
  })
})

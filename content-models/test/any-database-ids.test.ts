import type { Config } from 'payload'
import { buildConfig, configToJSONSchema } from 'payload'
import { describe, expect, it } from 'vitest'
import { anyDatabaseIds, educationHub } from '../src'

/** The host app's editor, reduced to what config sanitising reads (see plugin.test.ts). */
const hostEditor = { CellComponent: '', FieldComponent: '', validate: () => true } as unknown as Config['editor']
/** Only labels use it. */
const i18n = { t: (key: string) => key, language: 'en' } as never

/** Payload's JSON schema for the generated types, as SQLite or MongoDB would make it, then the hook. */
async function schemaFor(defaultIDType: 'number' | 'text') {
  const config = await buildConfig({ secret: 'test-secret', editor: hostEditor, plugins: [educationHub()] } as Config)
  const jsonSchema = configToJSONSchema(config, defaultIDType, i18n)
  return anyDatabaseIds({ jsonSchema, config, i18n, collectionIDFieldTypes: {} }) as Record<string, any>
}

describe('anyDatabaseIds', () => {
  it.each(['number', 'text'] as const)('types ids as number | string, whichever database (%s ids) generated them', async (idType) => {
    const { definitions, properties } = await schemaFor(idType)
    expect(definitions.events.properties.id.type).toEqual(['number', 'string'])
    expect(definitions.resources.properties.topics.items.oneOf[0].type).toEqual(['number', 'string'])
    expect(definitions.resources.properties.document.oneOf[0].type).toEqual(['number', 'string', 'null'])
    expect(definitions.events.properties.category.oneOf[0].type).toEqual(['number', 'string', 'null'])
    expect(properties.db.properties.defaultIDType.type).toEqual(['number', 'string'])
  })

  it('leaves other numbers alone', async () => {
    const { definitions } = await schemaFor('number')
    expect(definitions.events.properties.sequence.type).toEqual(['number', 'null'])
    expect(definitions.media.properties.width.type).toEqual(['number', 'null'])
  })
})

import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]
type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** `number` or `string` (nullable or not) becomes `number | string`, keeping the `null`. */
function eitherId(node: Node): void {
  const types = ([] as unknown[]).concat(node.type)
  if (!types.some((t) => t === 'number' || t === 'string')) return
  node.type = types.includes('null') ? ['number', 'string', 'null'] : ['number', 'string']
}

/**
 * Payload types document ids from the database that generated them: numbers for SQLite and
 * Postgres, strings for MongoDB. This plugin's collections run on either, so the generated
 * types say `number | string` for the ids of collections with Payload's own id field (their
 * `id`, every relationship to them, and `DefaultDocumentIDType`). Use it in the host app's
 * config: `typescript: { schema: [anyDatabaseIds] }`.
 */
export const anyDatabaseIds: SchemaHook = ({ jsonSchema, config }) => {
  const defaultIds = new Set<string>(
    config.collections.filter((c) => !c.flattenedFields.some((f) => 'name' in f && f.name === 'id')).map((c) => c.slug),
  )
  const refersToDefaultIds = (node: unknown) =>
    isNode(node) && typeof node.$ref === 'string' && defaultIds.has(node.$ref.replace('#/definitions/', ''))

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isNode(node)) return
    // A relationship: [id type, $ref to the document].
    if (Array.isArray(node.oneOf) && node.oneOf.some(refersToDefaultIds)) {
      for (const option of node.oneOf) if (isNode(option) && !option.$ref) eitherId(option)
    }
    Object.values(node).forEach(visit)
  }

  const definitions = (jsonSchema.definitions ?? {}) as Record<string, Node>
  // A global's own id too (its one row on SQLite, an ObjectId on MongoDB).
  for (const slug of [...defaultIds, ...(config.globals ?? []).map((g) => g.slug)]) {
    const id = (definitions[slug]?.properties as Record<string, Node> | undefined)?.id
    if (id) eitherId(id)
  }
  const db = (jsonSchema.properties as Record<string, Node> | undefined)?.db?.properties as Record<string, Node> | undefined
  if (db?.defaultIDType) eitherId(db.defaultIDType)
  visit(jsonSchema)
  return jsonSchema
}

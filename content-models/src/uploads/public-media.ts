import type { Access, FlattenedBlock, FlattenedField, Payload, PayloadRequest, Where } from 'payload'
import { isContributor } from '../access'

type Id = number | string
type Ids = Map<string, Id>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'number' || typeof value === 'string' ? value : isObject(value) ? idOf(value.id) : undefined
const add = (ids: Ids, value: unknown) => {
  const id = idOf(value)
  if (id !== undefined) ids.set(String(id), id)
}

/** Whether a field can hold a reference to `media`: an upload or relationship to it, rich text, or a field holding one. */
function mayReference(field: FlattenedField, media: string, payload: Payload): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return Array.isArray(field.relationTo) ? (field.relationTo as string[]).includes(media) : field.relationTo === media
    case 'richText':
      return true
    case 'group':
    case 'tab':
    case 'array':
      return field.flattenedFields.some((f) => mayReference(f, media, payload))
    case 'blocks':
      return blocksOf(field, payload).some((block) => block.flattenedFields.some((f) => mayReference(f, media, payload)))
    default:
      return false
  }
}

function blocksOf(field: Extract<FlattenedField, { type: 'blocks' }>, payload: Payload): FlattenedBlock[] {
  const references = (field.blockReferences ?? []).map((block) => (typeof block === 'string' ? payload.blocks[block as never] : block))
  return [...field.blocks, ...references].filter(Boolean) as FlattenedBlock[]
}

/** Every `{ relationTo: media, value }` in a rich-text document: upload and relationship nodes, internal links. */
function richTextReferences(value: unknown, media: string, ids: Ids): void {
  if (Array.isArray(value)) for (const item of value) richTextReferences(item, media, ids)
  else if (isObject(value)) {
    if (value.relationTo === media && 'value' in value) add(ids, value.value)
    for (const child of Object.values(value)) if (isObject(child)) richTextReferences(child, media, ids)
  }
}

/** The media a document's data references, guided by its fields. */
function references(fields: FlattenedField[], data: unknown, media: string, payload: Payload, ids: Ids): void {
  if (!isObject(data)) return
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const rows = Array.isArray(value) ? value : [value]
    switch (field.type) {
      case 'upload':
      case 'relationship':
        for (const row of rows) {
          if (!Array.isArray(field.relationTo)) {
            if (field.relationTo === media) add(ids, row)
          } else if (isObject(row) && row.relationTo === media) add(ids, row.value)
        }
        break
      case 'richText':
        richTextReferences(value, media, ids)
        break
      case 'group':
      case 'tab':
      case 'array':
        for (const row of rows) references(field.flattenedFields, row, media, payload, ids)
        break
      case 'blocks': {
        const blocks = blocksOf(field, payload)
        for (const row of rows) {
          const block = isObject(row) ? blocks.find((b) => b.slug === row.blockType) : undefined
          if (block) references(block.flattenedFields, row, media, payload, ids)
        }
        break
      }
    }
  }
}

/**
 * The media documents that public content uses: referenced (upload and relationship fields,
 * rich text) by a published document of a collection with drafts, by any document of one
 * without (its documents are public once saved), or by a published global. Auth collections
 * (users) never count. Read from the stored (live) documents, so a file used only by a draft,
 * or by nothing, is not public, and an unpublished document's files are private again.
 */
export async function publicMediaIds(req: PayloadRequest, media: string): Promise<Ids> {
  const { payload } = req
  const ids: Ids = new Map()
  const published: Where = { _status: { equals: 'published' } }
  const fieldsToRead = (fields: FlattenedField[]) => fields.filter((field) => mayReference(field, media, payload))
  // The database adapter's own reads: the stored (live) rows, without the work of afterRead
  // hooks (rich text population), which would cost more than the whole walk.
  await Promise.all([
    ...payload.config.collections
      .filter((collection) => collection.slug !== media && !collection.auth)
      .map(async (collection) => {
        const fields = fieldsToRead(collection.flattenedFields)
        if (!fields.length) return
        const { docs } = await payload.db.find({
          collection: collection.slug as never,
          where: collection.versions?.drafts ? published : {},
          select: Object.fromEntries(fields.map((field) => [field.name, true])) as never,
          pagination: false,
          limit: 0,
          req,
        })
        for (const doc of docs) references(fields, doc, media, payload, ids)
      }),
    ...payload.config.globals.map(async (global) => {
      const fields = fieldsToRead(global.flattenedFields)
      if (!fields.length) return
      const doc = (await payload.db.findGlobal({ slug: global.slug, req })) as Record<string, unknown> | null
      if (!doc || (global.versions?.drafts && doc._status !== 'published')) return
      references(fields, doc, media, payload, ids)
    }),
  ])
  return ids
}

const cache = new WeakMap<PayloadRequest, Promise<Ids>>()

/**
 * Read access for a media collection: staff see every file; anyone else only those public
 * content uses (list, by id, and the files themselves, every size, through /api/<media>/file/).
 * Worked out once per request: reading resources populates each one's media, checking this
 * each time.
 */
export const publicMediaOrStaff =
  (media: string): Access =>
  async ({ req }) => {
    if (isContributor(req.user)) return true
    let ids = cache.get(req)
    if (!ids) cache.set(req, (ids = publicMediaIds(req, media)))
    return { id: { in: [...(await ids).values()] } }
  }

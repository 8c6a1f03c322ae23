import { formatNames, type Payload, toWords } from 'payload'
import { graphqlCall, graphqlLogin, idLiteral, restCall, restLogin, type UploadFile } from './access-clients'

/**
 * One actor's view of the CMS through one of Payload's three APIs (Local, REST, GraphQL), with
 * the same operations, so the access matrix can be run through each. A refusal is a 401, 403
 * or 404 and comes back as `ok: false`; any other failure (a validation error, a broken query)
 * throws, so it can never pass for a refusal.
 */
export type Doc = Record<string, any> & { id: number | string }
export type Refusal = { ok: false; status: number; message: string }
export type Outcome = { ok: true; doc: Doc } | Refusal
export type Listing = { ok: true; docs: Doc[] } | Refusal

export interface Api {
  /** False for GraphQL, which Payload gives no way to send a file through. */
  uploads: boolean
  create(collection: string, data: Record<string, unknown>, options?: { draft?: boolean; file?: UploadFile }): Promise<Outcome>
  update(collection: string, id: Doc['id'], data: Record<string, unknown>, options?: { draft?: boolean }): Promise<Outcome>
  remove(collection: string, id: Doc['id']): Promise<Outcome>
  findByID(collection: string, id: Doc['id'], options?: { draft?: boolean }): Promise<Outcome>
  /** A list query for one id (`where[id][equals]`). */
  find(collection: string, id: Doc['id'], options?: { draft?: boolean }): Promise<Listing>
  /** The versions of one document. */
  versions(collection: string, id: Doc['id']): Promise<Listing>
  /** A global (one document, such as the overview): read, save and its versions. */
  findGlobal(slug: string, options?: { draft?: boolean }): Promise<Outcome>
  updateGlobal(slug: string, data: Record<string, unknown>, options?: { draft?: boolean }): Promise<Outcome>
  globalVersions(slug: string): Promise<Listing>
}

export type Actor = 'anonymous' | 'admin' | 'editor' | 'contributor'
export type StaffUser = Doc & { email: string; collection: 'users' }
export const PASSWORD = 'correct-horse-battery'

const REFUSALS = new Set([401, 403, 404])

function refusal(status: number, message: string, context: string, alsoExpected: number[] = []): Refusal {
  if (!REFUSALS.has(status) && !alsoExpected.includes(status)) throw new Error(`${context}: unexpected ${status} ${message}`)
  return { ok: false, status, message }
}

/** Local API with access enforced (`overrideAccess: false`) for the given user. */
export function localApi(payload: Payload, user?: StaffUser): Api {
  const as = { overrideAccess: false, user: user as never, depth: 0 }
  const attempt = async <T>(context: string, run: () => Promise<T>): Promise<T | Refusal> => {
    try {
      return await run()
    } catch (error) {
      const { status, message } = error as { status?: number; message: string }
      return refusal(status ?? 500, message, context)
    }
  }
  const asOutcome = (context: string, run: () => Promise<unknown>) =>
    attempt(context, async () => ({ ok: true as const, doc: (await run()) as Doc }))
  const asListing = (context: string, run: () => Promise<{ docs: unknown[] }>) =>
    attempt(context, async () => ({ ok: true as const, docs: (await run()).docs as Doc[] }))
  return {
    uploads: true,
    create: (collection, data, { draft, file } = {}) =>
      asOutcome(`create ${collection}`, () => payload.create({ collection: collection as never, data: data as never, draft, file: file as never, ...as })),
    update: (collection, id, data, { draft } = {}) =>
      asOutcome(`update ${collection}`, () => payload.update({ collection: collection as never, id, data: data as never, draft, ...as })),
    remove: (collection, id) => asOutcome(`delete ${collection}`, () => payload.delete({ collection: collection as never, id, ...as })),
    findByID: (collection, id, { draft } = {}) =>
      asOutcome(`findByID ${collection}`, () => payload.findByID({ collection: collection as never, id, draft, ...as })),
    find: (collection, id, { draft } = {}) =>
      asListing(`find ${collection}`, () => payload.find({ collection: collection as never, where: { id: { equals: id } }, draft, ...as })),
    versions: (collection, id) =>
      asListing(`versions ${collection}`, () =>
        payload.findVersions({ collection: collection as never, where: { parent: { equals: id } }, ...as }),
      ),
    findGlobal: (slug, { draft } = {}) => asOutcome(`findGlobal ${slug}`, () => payload.findGlobal({ slug: slug as never, draft, ...as })),
    updateGlobal: (slug, data, { draft } = {}) =>
      asOutcome(`updateGlobal ${slug}`, () => payload.updateGlobal({ slug: slug as never, data: data as never, draft, ...as })),
    globalVersions: (slug) => asListing(`findGlobalVersions ${slug}`, () => payload.findGlobalVersions({ slug: slug as never, ...as })),
  }
}

/** REST through the app's route handlers, signed in with a real login token (or none). */
export function restApi(token?: string): Api {
  const call = async (context: string, ...[method, path, options]: Parameters<typeof restCall>) => {
    const reply = await restCall(method, path, { ...options, token })
    if (reply.status >= 200 && reply.status < 300) return { body: reply.body }
    return { refused: refusal(reply.status, reply.body?.errors?.[0]?.message ?? JSON.stringify(reply.body), context) }
  }
  const outcome = async (context: string, ...args: Parameters<typeof restCall>): Promise<Outcome> => {
    const { body, refused } = await call(context, ...args)
    // Writes answer { doc, message }; a read by id answers the document itself.
    return refused ?? { ok: true, doc: body.doc ?? body }
  }
  const listing = async (context: string, ...args: Parameters<typeof restCall>): Promise<Listing> => {
    const { body, refused } = await call(context, ...args)
    return refused ?? { ok: true, docs: body.docs }
  }
  return {
    uploads: true,
    create: (collection, data, { draft, file } = {}) =>
      outcome(`POST ${collection}`, 'POST', collection, { query: { draft, depth: 0 }, ...(file ? { upload: { file, data } } : { json: data }) }),
    update: (collection, id, data, { draft } = {}) =>
      outcome(`PATCH ${collection}`, 'PATCH', `${collection}/${id}`, { query: { draft, depth: 0 }, json: data }),
    remove: (collection, id) => outcome(`DELETE ${collection}`, 'DELETE', `${collection}/${id}`),
    findByID: (collection, id, { draft } = {}) =>
      outcome(`GET ${collection}/id`, 'GET', `${collection}/${id}`, { query: { draft, depth: 0 } }),
    find: (collection, id, { draft } = {}) =>
      listing(`GET ${collection}`, 'GET', collection, { query: { 'where[id][equals]': id, draft, depth: 0 } }),
    versions: (collection, id) =>
      listing(`GET ${collection}/versions`, 'GET', `${collection}/versions`, { query: { 'where[parent][equals]': id, depth: 0 } }),
    findGlobal: (slug, { draft } = {}) => outcome(`GET globals/${slug}`, 'GET', `globals/${slug}`, { query: { draft, depth: 0 } }),
    // Payload saves a global with POST.
    updateGlobal: (slug, data, { draft } = {}) =>
      outcome(`POST globals/${slug}`, 'POST', `globals/${slug}`, { query: { draft, depth: 0 }, json: data }),
    globalVersions: (slug) => listing(`GET globals/${slug}/versions`, 'GET', `globals/${slug}/versions`, { query: { depth: 0 } }),
  }
}

/** The fields each GraphQL query selects: the ones the matrix reads back. */
const SELECTION: Record<string, string> = {
  resources: 'id title summary _status',
  guidance: 'id title summary _status',
  events: 'id title summary _status',
  topics: 'id name description',
  'event-categories': 'id name description',
  media: 'id alt caption',
  users: 'id email name role',
  overview: 'heading introduction _status',
}

/** GraphQL through the app's /api/graphql handler, signed in with a real login token (or none). */
export function graphqlApi(payload: Payload, token?: string): Api {
  // Payload's own naming (initCollections in @payloadcms/graphql): from the slug unless set.
  const names = (collection: string) => {
    const { graphQL } = payload.collections[collection as never].config as { graphQL?: { singularName?: string; pluralName?: string } }
    const fromSlug = formatNames(collection)
    const one = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
    const plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
    return { one, many: plural === one ? `all${one}` : plural, fields: SELECTION[collection] }
  }
  // Payload's own naming for a global (initGlobals in @payloadcms/graphql).
  const globalName = (slug: string) => {
    const { graphQL } = payload.globals.config.find((g) => g.slug === slug) as { graphQL?: { name?: string } }
    return graphQL?.name ?? toWords(slug, true)
  }
  const run = async (context: string, query: string, variables: Record<string, unknown>, pick: (data: any) => unknown, alsoExpected?: number[]) => {
    const { data, error } = await graphqlCall(query, variables, token)
    if (error) return refusal(error.status, error.message, context, alsoExpected)
    return pick(data)
  }
  const outcome = async (context: string, query: string, variables: Record<string, unknown>, field: string, alsoExpected?: number[]) =>
    (await run(context, query, variables, (data) => ({ ok: true, doc: data[field] }), alsoExpected)) as Outcome
  return {
    uploads: false,
    create: (collection, data, { draft } = {}) => {
      const { one, fields } = names(collection)
      return outcome(
        `create${one}`,
        `mutation ($data: mutation${one}Input!, $draft: Boolean) { create${one}(data: $data, draft: $draft) { ${fields} } }`,
        { data, draft: Boolean(draft) },
        `create${one}`,
        // No file can be sent: an upload collection answers 400 "No files were uploaded" once access allows.
        payload.collections[collection as never].config.upload ? [400] : [],
      )
    },
    update: (collection, id, data, { draft } = {}) => {
      const { one, fields } = names(collection)
      return outcome(
        `update${one}`,
        `mutation ($data: mutation${one}UpdateInput!, $draft: Boolean) { update${one}(id: ${idLiteral(id)}, data: $data, draft: $draft) { ${fields} } }`,
        { data, draft: Boolean(draft) },
        `update${one}`,
      )
    },
    remove: (collection, id) => {
      const { one } = names(collection)
      return outcome(`delete${one}`, `mutation { delete${one}(id: ${idLiteral(id)}) { id } }`, {}, `delete${one}`)
    },
    findByID: async (collection, id, { draft } = {}) => {
      const { one, fields } = names(collection)
      const result = await outcome(one, `query { ${one}(id: ${idLiteral(id)}, draft: ${Boolean(draft)}) { ${fields} } }`, {}, one)
      // Payload answers an unreadable document with null data and no error, or a 404/403.
      return result.ok && !result.doc ? { ok: false, status: 404, message: 'null' } : result
    },
    find: async (collection, id, { draft } = {}) => {
      const { many, fields } = names(collection)
      const query = `query { ${many}(draft: ${Boolean(draft)}, where: { id: { equals: ${idLiteral(id)} } }) { docs { ${fields} } } }`
      return (await run(many, query, {}, (data) => ({ ok: true, docs: data[many].docs }))) as Listing
    },
    versions: async (collection, id) => {
      const { many } = names(collection)
      const query = `query { versions${many}(where: { parent: { equals: ${idLiteral(id)} } }) { docs { id } } }`
      return (await run(`versions${many}`, query, {}, (data) => ({ ok: true, docs: data[`versions${many}`].docs }))) as Listing
    },
    findGlobal: (slug, { draft } = {}) => {
      const one = globalName(slug)
      return outcome(one, `query { ${one}(draft: ${Boolean(draft)}) { ${SELECTION[slug]} } }`, {}, one)
    },
    updateGlobal: (slug, data, { draft } = {}) => {
      const one = globalName(slug)
      return outcome(
        `update${one}`,
        `mutation ($data: mutation${one}Input!, $draft: Boolean) { update${one}(data: $data, draft: $draft) { ${SELECTION[slug]} } }`,
        { data, draft: Boolean(draft) },
        `update${one}`,
      )
    },
    globalVersions: async (slug) => {
      const name = `versions${globalName(slug)}`
      return (await run(name, `query { ${name} { docs { id } } }`, {}, (data) => ({ ok: true, docs: data[name].docs }))) as Listing
    },
  }
}

/** Each actor's Api, signed in for real through the transport itself. */
export async function apisFor(
  transport: 'local' | 'rest' | 'graphql',
  payload: Payload,
  staff: Record<Exclude<Actor, 'anonymous'>, StaffUser>,
): Promise<Record<Actor, Api>> {
  const make = async (user?: StaffUser): Promise<Api> => {
    if (transport === 'local') return localApi(payload, user)
    if (transport === 'rest') return restApi(user ? await restLogin(user.email, PASSWORD) : undefined)
    return graphqlApi(payload, user ? await graphqlLogin(user.email, PASSWORD) : undefined)
  }
  return {
    anonymous: await make(),
    contributor: await make(staff.contributor),
    editor: await make(staff.editor),
    admin: await make(staff.admin),
  }
}

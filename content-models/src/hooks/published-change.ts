import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import type { PublishedChange, ResolvedOptions } from '../options'

type Status = 'draft' | 'published' | undefined

/** What a save means for the public site, from the status before and after. */
export function publicEffect(before: Status, after: Status): PublishedChange['action'] | null {
  if (after === 'published') return before === 'published' ? 'update' : 'publish'
  if (before === 'published') return 'unpublish'
  return null
}

function userOf(req: { user?: unknown }): PublishedChange['user'] {
  const user = req.user as { id: number | string; email?: string } | null | undefined
  return user ? { id: user.id, email: user.email } : null
}

/** The stored (public-facing) document, not its newest draft version, read in the same transaction. */
async function stored(req: PayloadRequest, collection: string, id: number | string) {
  return (await req.payload.findByID({ collection: collection as never, id, draft: false, overrideAccess: true, req, depth: 0 })) as {
    _status?: Status
    updatedAt?: string
  }
}

/**
 * Whether each document was public before the save in progress, by request. (Not kept in
 * `context`: the nested read in `stored` gives the request a new context object.)
 */
const statusBefore = new WeakMap<object, Map<string, Status>>()
const key = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * Tell the host app when the public content changes (Payload has no webhooks). Saving a
 * draft writes a version only and changes nothing public; publishing, unpublishing and
 * deleting do. `context.skipPublishHooks` lets seeding and imports rebuild once at the end.
 */
export function publishedChangeHooks(options: ResolvedOptions): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const notify = options.onPublishedChange
  return {
    // Remember whether the document was public before this save (previousDoc may be a draft version).
    beforeChange: async ({ data, originalDoc, collection, req, context, operation }) => {
      if (notify && !context?.skipPublishHooks && collection.versions?.drafts && operation === 'update' && originalDoc?.id != null) {
        const status = (await stored(req, collection.slug, originalDoc.id))._status
        if (!statusBefore.has(req)) statusBefore.set(req, new Map())
        statusBefore.get(req)!.set(key(collection.slug, originalDoc.id), status)
      }
      return data
    },
    afterChange: async ({ doc, collection, req, context, operation }) => {
      if (!notify || context?.skipPublishHooks) return doc
      let before: Status = operation === 'create' ? undefined : 'published'
      let after: Status = 'published'
      if (collection.versions?.drafts) {
        before = operation === 'create' ? undefined : statusBefore.get(req)?.get(key(collection.slug, doc.id))
        const now = await stored(req, collection.slug, doc.id)
        // A draft save leaves the stored document as it was.
        if (operation === 'update' && now.updatedAt !== doc.updatedAt) return doc
        after = now._status
      }
      const action = publicEffect(before, after)
      if (action) {
        await notify({ collection: collection.slug, id: doc.id, action, title: doc.title ?? doc.name, user: userOf(req) }, req.payload)
      }
      return doc
    },
    afterDelete: async ({ doc, collection, req, context }) => {
      if (!notify || context?.skipPublishHooks) return doc
      const wasPublic = !collection.versions?.drafts || doc?._status === 'published'
      if (wasPublic) {
        await notify({ collection: collection.slug, id: doc.id, action: 'delete', title: doc.title ?? doc.name, user: userOf(req) }, req.payload)
      }
      return doc
    },
  }
}

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import type { PublishedChange, ResolvedOptions } from '../options'
import { publicMediaIds } from '../uploads/public-media'

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
const remember = (req: object, collection: string, id: unknown, status: Status) => {
  if (!statusBefore.has(req)) statusBefore.set(req, new Map())
  statusBefore.get(req)!.set(key(collection, id), status)
}

/**
 * An uploaded file (media have no drafts) is public while published content uses it, and not
 * before: an upload alone changes nothing public; editing or deleting a file in use does.
 */
const usedInPublic = async (req: PayloadRequest, media: string, id: unknown) =>
  (await publicMediaIds(req, media)).has(String(id)) ? 'published' : undefined

/**
 * Tell the host app when the public content changes (Payload has no webhooks). Saving a
 * draft writes a version only and changes nothing public; publishing, unpublishing and
 * deleting do. `context.skipPublishHooks` lets seeding and imports rebuild once at the end.
 */
export function publishedChangeHooks(options: ResolvedOptions): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  beforeDelete: CollectionBeforeDeleteHook
  afterDelete: CollectionAfterDeleteHook
} {
  const notify = options.onPublishedChange
  const tell = (req: PayloadRequest, collection: string, doc: Record<string, any>, action: PublishedChange['action']) =>
    notify!({ collection, id: doc.id, action, title: doc.title ?? doc.name ?? doc.filename, user: userOf(req) }, req.payload)
  return {
    // Remember whether the document was public before this save (previousDoc may be a draft version).
    beforeChange: async ({ data, originalDoc, collection, req, context, operation }) => {
      if (notify && !context?.skipPublishHooks && collection.versions?.drafts && operation === 'update' && originalDoc?.id != null) {
        remember(req, collection.slug, originalDoc.id, (await stored(req, collection.slug, originalDoc.id))._status)
      }
      return data
    },
    afterChange: async ({ doc, collection, req, context, operation }) => {
      if (!notify || context?.skipPublishHooks) return doc
      let before: Status = operation === 'create' ? undefined : 'published'
      let after: Status = 'published'
      if (collection.upload) {
        // Nothing published can use a file that did not exist before this save.
        before = after = operation === 'create' ? undefined : await usedInPublic(req, collection.slug, doc.id)
      } else if (collection.versions?.drafts) {
        before = operation === 'create' ? undefined : statusBefore.get(req)?.get(key(collection.slug, doc.id))
        const now = await stored(req, collection.slug, doc.id)
        // A draft save leaves the stored document as it was.
        if (operation === 'update' && now.updatedAt !== doc.updatedAt) return doc
        after = now._status
      }
      const action = publicEffect(before, after)
      if (action) await tell(req, collection.slug, doc, action)
      return doc
    },
    // A file's uses are gone once it is deleted: look before.
    beforeDelete: async ({ id, collection, req, context }) => {
      if (notify && !context?.skipPublishHooks && collection.upload) remember(req, collection.slug, id, await usedInPublic(req, collection.slug, id))
    },
    afterDelete: async ({ doc, collection, req, context }) => {
      if (!notify || context?.skipPublishHooks) return doc
      const wasPublic = collection.upload
        ? statusBefore.get(req)?.get(key(collection.slug, doc.id)) === 'published'
        : !collection.versions?.drafts || doc?._status === 'published'
      if (wasPublic) await tell(req, collection.slug, doc, 'delete')
      return doc
    },
  }
}

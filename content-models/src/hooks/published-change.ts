import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
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

/**
 * Tell the host app when the public content changes (Payload has no webhooks). Draft saves
 * change nothing public; `context.skipPublishHooks` lets seeding and imports rebuild once.
 */
export function publishedChangeHooks(options: ResolvedOptions): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const notify = options.onPublishedChange
  return {
    afterChange: async ({ doc, previousDoc, collection, req, context, operation }) => {
      if (!notify || context?.skipPublishHooks) return doc
      const drafts = Boolean(collection.versions?.drafts)
      // A draft save writes a version only: the published document is untouched.
      const before: Status = operation === 'create' ? undefined : drafts ? previousDoc?._status : 'published'
      const after: Status = drafts ? doc?._status : 'published'
      const action = publicEffect(before, after)
      if (action) {
        await notify({ collection: collection.slug, id: doc.id, action, title: doc.title ?? doc.name, user: userOf(req) })
      }
      return doc
    },
    afterDelete: async ({ doc, collection, req, context }) => {
      if (!notify || context?.skipPublishHooks) return doc
      const wasPublic = !collection.versions?.drafts || doc?._status === 'published'
      if (wasPublic) {
        await notify({ collection: collection.slug, id: doc.id, action: 'delete', title: doc.title ?? doc.name, user: userOf(req) })
      }
      return doc
    },
  }
}

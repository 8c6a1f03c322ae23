import type { GlobalAfterChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'
import type { ResolvedOptions } from '../options'
import { publicEffect } from './published-change'

type Status = 'draft' | 'published' | undefined
type Stored = { _status?: Status; updatedAt?: string }

/** The stored (public-facing) global, not its newest draft version, read in the same transaction. */
const stored = async (req: PayloadRequest, slug: string) =>
  (await req.payload.findGlobal({ slug: slug as never, draft: false, overrideAccess: true, depth: 0, req })) as Stored

/** Whether each global was public before the save in progress, by request. */
const statusBefore = new WeakMap<object, Map<string, Status>>()

/**
 * `publishedChangeHooks` for globals (the overview): tell the host app when publishing,
 * unpublishing or editing the live version changes the public site. A draft save writes a
 * version only and is not reported; nor is anything under `context.skipPublishHooks`.
 */
export function globalPublishedChangeHooks(options: ResolvedOptions): {
  beforeChange: GlobalBeforeChangeHook
  afterChange: GlobalAfterChangeHook
} {
  const notify = options.onPublishedChange
  return {
    beforeChange: async ({ data, global, req, context }) => {
      if (notify && !context?.skipPublishHooks) {
        if (!statusBefore.has(req)) statusBefore.set(req, new Map())
        statusBefore.get(req)!.set(global.slug, (await stored(req, global.slug))._status)
      }
      return data
    },
    afterChange: async ({ doc, global, req, context }) => {
      if (!notify || context?.skipPublishHooks) return doc
      const now = await stored(req, global.slug)
      // A draft save leaves the stored global as it was.
      if (now.updatedAt !== doc.updatedAt) return doc
      const action = publicEffect(statusBefore.get(req)?.get(global.slug), now._status)
      if (action) {
        const user = req.user as { id: number | string; email?: string } | null | undefined
        await notify(
          { collection: global.slug, id: doc.id ?? global.slug, action, title: doc.heading ?? global.slug, user: user ? { id: user.id, email: user.email } : null },
          req.payload,
        )
      }
      return doc
    },
  }
}

import type { GlobalBeforeOperationHook } from 'payload'
import { isContributor, isEditor } from '../access'
import { contributorRefusal } from './contributor-drafts'

/**
 * The globals' side of `contributorsSaveDraftsOnly`: a contributor may save a draft (a new
 * version; the live one is untouched), but any other write while the global is published (a
 * plain save, an unpublish, restoring an old version over it) would change what the public
 * sees, so it is refused.
 */
export const contributorsSaveGlobalDraftsOnly: GlobalBeforeOperationHook = async ({ args, global, operation, overrideAccess, req }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  if (overrideAccess || isEditor(req.user) || !isContributor(req.user)) return args
  const { data, draft } = (args ?? {}) as { data?: { _status?: string }; draft?: boolean }
  if (operation === 'update' && Boolean(draft) && data?._status !== 'published') return args
  if (operation === 'restoreVersion' && draft) return args
  const live = (await req.payload.findGlobal({ slug: global.slug as never, draft: false, overrideAccess: true, depth: 0, req })) as { _status?: string }
  if (live?._status === 'published') throw contributorRefusal()
  return args
}

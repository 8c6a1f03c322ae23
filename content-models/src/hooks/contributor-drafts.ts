import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'
import { isContributor, isEditor } from '../access'

export const contributorRefusal = () =>
  new APIError(
    'Contributors can save drafts only. Use "Save draft" and ask an editor to publish: publishing, unpublishing and changing the live version are for editors.',
    403,
    null,
    true,
  )

/** Whether any document the write targets is live (its stored, non-draft status). */
async function anyPublished(req: PayloadRequest, collection: string, target: Where): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as never,
    where: { and: [target, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The arguments of update, updateByID and restoreVersion that matter here. */
type WriteArgs = { data?: { _status?: string }; draft?: boolean; id?: number | string; where?: Where }

/**
 * Contributors may save a draft of any document, published or not: Payload then writes a new
 * version only. Any other write to a published document (a plain save, an unpublish, restoring
 * an old version) would change what the public sees, so it is refused. Access functions cannot
 * see whether a write is a draft save; the operation's arguments can.
 */
export const contributorsSaveDraftsOnly: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || isEditor(req.user) || !isContributor(req.user)) return args
  const { data, draft, id, where } = args as WriteArgs
  if (operation === 'update') {
    const isDraftSave = Boolean(draft) && data?._status !== 'published'
    if (isDraftSave) return args
    const target: Where = id != null ? { id: { equals: id } } : (where ?? {})
    if (await anyPublished(req, collection.slug, target)) throw contributorRefusal()
  }
  if (operation === 'restoreVersion' && !draft && id != null) {
    const version = await req.payload.findVersionByID({ collection: collection.slug as never, id: id as string /* or a number: any database's id */, depth: 0, overrideAccess: true, req })
    const parent = version.parent as unknown
    const parentId = parent && typeof parent === 'object' ? (parent as { id: number | string }).id : (parent as number | string)
    if (await anyPublished(req, collection.slug, { id: { equals: parentId } })) throw contributorRefusal()
  }
  return args
}

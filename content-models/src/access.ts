import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/**
 * Roles: contributors create and edit drafts; editors also publish, unpublish and delete;
 * admins also manage users. Anonymous readers see published documents only.
 */
export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

export function roleOf(user: PayloadRequest['user']): Role | undefined {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return ROLES.includes(role as Role) ? (role as Role) : undefined
}

const atLeast = (minimum: Role) => (user: PayloadRequest['user']) => {
  const role = roleOf(user)
  if (!role) return false
  return ROLES.indexOf(role) <= ROLES.indexOf(minimum)
}

export const isAdmin = atLeast('admin')
export const isEditor = atLeast('editor')
export const isContributor = atLeast('contributor')

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Drafts are visible to signed-in staff only. */
export const readPublishedOrStaff: Access = ({ req }) =>
  isContributor(req.user) ? true : publishedOnly

/** Documents without drafts (topics, categories) are public once saved; media, only once used (uploads/public-media.ts). */
export const anyone: Access = () => true

/**
 * Create/update on drafts-enabled collections: editors may publish; contributors may write
 * anything but a published status. Saving a draft of a published document is allowed (it
 * writes a new version and leaves the live one alone); changing the live version without
 * publishing (an unpublish, or a plain save) is refused by `contributorsSaveDraftsOnly`, which
 * can see whether the write is a draft save. Returning false here for `_status: 'published'`
 * is also what hides the admin's Publish button from contributors.
 */
export const draftsUnlessEditor: Access = ({ req, data }) => {
  if (isEditor(req.user)) return true
  if (!isContributor(req.user)) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}

export const editorsOnly: Access = ({ req }) => isEditor(req.user)
export const contributors: Access = ({ req }) => isContributor(req.user)
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)

/** Users: admins manage everyone; others see and edit only themselves. */
export const selfOrAdmin: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

export const adminFieldOnly: FieldAccess = ({ req }) => isAdmin(req.user)

/** Access for the drafts-enabled content collections (resources, guidance, events). */
export const draftedContentAccess = {
  read: readPublishedOrStaff,
  readVersions: contributors,
  create: draftsUnlessEditor,
  update: draftsUnlessEditor,
  delete: editorsOnly,
}

import type { Payload } from 'payload'

/** Creates an admin account with this email unless one exists; true when it was created. */
export async function ensureAdmin(payload: Payload, email: string, password: string): Promise<boolean> {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  if (existing.totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', role: 'admin' } as never,
    overrideAccess: true,
  })
  return true
}

import type { Payload } from 'payload'

/**
 * Creates an admin account with this email unless a user with that email exists (emails are
 * compared as Payload stores them: trimmed, lower case). True when it was created. The
 * password always comes from the caller (the environment), never from the code.
 */
export async function ensureAdmin(payload: Payload, email: string, password: string): Promise<boolean> {
  const address = email.trim().toLowerCase()
  if (!address || !password) throw new Error('ensureAdmin needs an email and a password')
  const existing = await payload.count({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true })
  if (existing.totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email: address, password, name: 'Administrator', role: 'admin' } as never,
    overrideAccess: true,
  })
  return true
}

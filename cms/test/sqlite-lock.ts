import { createClient } from '@libsql/client'

/** Whether another connection holds SQLite's write lock on `url` now (tried without waiting, on a throwaway client). */
export async function writeLockHeldElsewhere(url: string): Promise<boolean> {
  const client = createClient({ url })
  try {
    ;(await client.transaction('write')).close()
    return false
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true
    throw error
  } finally {
    client.close()
  }
}

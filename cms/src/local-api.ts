import { getPayload, type Migration, type Payload } from 'payload'
import config from './payload.config'
import { databaseKind } from './database'
import { migrations } from './migrations'

/**
 * Payload's Local API for scripts and tests (no Next server), on a database whose schema is
 * brought up to date from the committed migrations first.
 */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  if (databaseKind() === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'
import { sqliteDatabaseAdapter } from './sqlite/adapter'

export { DEFAULT_SQLITE_FILE, sqliteUrl } from './sqlite/adapter'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** `mongodb://` and `mongodb+srv://` pick MongoDB; anything else (or nothing) an SQLite file. */
export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/**
 * The database adapter, chosen by the connection string alone: an SQLite file by default
 * (cms/src/sqlite/), or MongoDB. MongoDB runs transactions only on a replica set: on a
 * standalone server Payload turns them off and each write stands alone.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri as string })
  return sqliteDatabaseAdapter(uri)
}

import path from 'node:path'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { feedbackConfig, type FeedbackConfig } from './config'
import { releaseLock, takeLock } from './embedded-lock'
import { shareReports } from './embedded-share.server'
import { migrationProvider } from './migrations'
import type { FeedbackDatabase } from './schema'

export type FeedbackDb = Kysely<FeedbackDatabase>
export type StoreKind = 'postgres' | 'embedded'

/** Open the store the configuration names (PostgreSQL with DATABASE_URL, else PGlite) and migrate it. */
export async function openStore(config: FeedbackConfig): Promise<{ db: FeedbackDb; kind: StoreKind }> {
  const { db, kind } = config.DATABASE_URL
    ? await openPostgres(config.DATABASE_URL)
    : await openEmbedded(config.dataDir)
  try {
    await migrate(db)
  } catch (error) {
    await db.destroy().catch(() => {})
    if (kind === 'embedded') releaseLock(config.dataDir)
    throw error
  }
  return { db, kind }
}

async function openPostgres(url: string) {
  const { Pool } = await import('pg')
  const pool = new Pool({
    connectionString: url,
    max: 10,
    // Fail fast while the server is down, so the form answers 503 at once instead of hanging.
    connectionTimeoutMillis: 3000,
    query_timeout: 10_000,
    idleTimeoutMillis: 10_000,
  })
  // An idle connection dropped by the server (a restart) is an event, not a crash; the pool reconnects.
  pool.on('error', (error) => console.warn(`feedback store: ${error.message}`))
  return { db: new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' as const }
}

async function openEmbedded(dataDir: string) {
  takeLock(dataDir)
  const { PGlite } = await import('@electric-sql/pglite')
  const pglite = await PGlite.create(path.join(dataDir, 'feedback')).catch((error: unknown) => {
    releaseLock(dataDir)
    throw error
  })
  return { db: new Kysely<FeedbackDatabase>({ dialect: new PGliteDialect({ pglite }) }), kind: 'embedded' as const }
}

async function migrate(db: Kysely<FeedbackDatabase>) {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  for (const result of results ?? [])
    if (result.status === 'Success') console.log(`feedback store: applied migration ${result.migrationName}`)
}

/**
 * The server's one store, opened on first use (and at start, from instrumentation.ts). A failed open is
 * forgotten, so a database that was down is tried again on the next report: the server recovers by itself.
 */
let current: Promise<{ db: FeedbackDb; kind: StoreKind }> | undefined
export function serverStore(): Promise<{ db: FeedbackDb; kind: StoreKind }> {
  const config = feedbackConfig()
  current ??= openStore(config).then(
    (store) => {
      if (store.kind === 'embedded') shareReports(store.db, config.dataDir)
      return store
    },
    (error: unknown) => {
      current = undefined
      throw error
    },
  )
  return current
}

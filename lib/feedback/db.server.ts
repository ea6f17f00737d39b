import { chmodSync, lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { feedbackConfig, type FeedbackConfig } from './config'
import { releaseLock, takeLock } from './embedded-lock'
import { shareReports } from './embedded-share.server'
import { migrationProvider } from './migrations'
import type { FeedbackDatabase, FeedbackDb } from './schema'

export type StoreKind = 'postgres' | 'embedded'
export type Store = { db: FeedbackDb; kind: StoreKind }

/** Open the store the configuration names (PostgreSQL with DATABASE_URL, else PGlite) and migrate it. */
export async function openStore(config: FeedbackConfig): Promise<Store> {
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
  if (kind === 'embedded') makePrivate(path.join(config.dataDir, 'feedback'))
  return { db, kind }
}

/**
 * PGlite's files go through Emscripten's file system, which sets their mode itself (0666, ignoring the
 * umask). The data folder is 0700, so no other user can reach them; on every open, what is there is also
 * made private to the server's user (files PGlite adds later stay inside that folder).
 */
function makePrivate(dir: string) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    const stat = lstatSync(file)
    if (stat.isSymbolicLink()) continue
    if (stat.mode & 0o077) chmodSync(file, stat.mode & 0o700)
    if (stat.isDirectory()) makePrivate(file)
  }
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
  // A connection dropped by the server (a restart, a failover) is an event, not a crash: the pool
  // reconnects, and a query on a dropped client fails (the form answers 503). Without a listener on the
  // pool and on every client, Node would end the process on such an 'error' event.
  const warn = (error: Error) => console.warn(`feedback store: ${error.message}`)
  pool.on('error', warn)
  pool.on('connect', (client) => client.on('error', warn))
  return { db: new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' as const }
}

async function openEmbedded(dataDir: string) {
  // What the server creates in the data folder is its user's alone (the folder itself is 0700: embedded-lock.ts).
  process.umask(process.umask() | 0o077)
  await takeLock(dataDir)
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
 * PostgreSQL's answers that no retry will change: a wrong password or user, a database or host that does
 * not exist. At start they stop the server (the setting is wrong); anything else (the server is down or
 * restarting) is retried on the next report.
 */
export function isSettingError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code
  return code === '28P01' || code === '28000' || code === '3D000' || code === 'ENOTFOUND'
}

/**
 * The server's one store, opened on first use (and at start, from instrumentation.ts). Kept on globalThis:
 * Next.js bundles instrumentation and each route separately, and a module-level variable would open the
 * store once per bundle (twice the memory, and two PGlite instances on one folder). A failed open is
 * forgotten, so a database that was down is tried again on the next report: the server recovers by itself.
 */
const shared = globalThis as { __simHelperStore?: Promise<Store> }
export function serverStore(): Promise<Store> {
  const config = feedbackConfig()
  shared.__simHelperStore ??= openStore(config).then(
    (store) => {
      if (store.kind === 'embedded') shareReports(store.db, config.dataDir)
      return store
    },
    (error: unknown) => {
      shared.__simHelperStore = undefined
      throw error
    },
  )
  return shared.__simHelperStore
}

import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FeedbackConfig } from './config'
import { openStore } from './db.server'
import { askHolder, releaseLock } from './embedded-lock'
import { fetchSharedReports } from './embedded-share.server'
import type { StoredReport } from './schema'
import { allReports } from './store'

/**
 * Every report, for the editors' commands; `undefined` when no database is configured or present (no
 * DATABASE_URL and no embedded store yet). The embedded store is read through the running server when one
 * holds it, and opened directly otherwise.
 */
export async function readReports(config: FeedbackConfig): Promise<StoredReport[] | undefined> {
  if (!config.DATABASE_URL && !existsSync(path.join(config.dataDir, 'feedback'))) return undefined
  if (!config.DATABASE_URL && (await askHolder(config.dataDir))) return fetchSharedReports(config.dataDir)
  const { db, kind } = await openStore(config)
  try {
    return await allReports(db)
  } finally {
    await db.destroy()
    if (kind === 'embedded') releaseLock(config.dataDir)
  }
}

import { sql } from 'kysely'
import { parseFeedbackConfig } from '../../../lib/feedback/config'
import { openStore } from '../../../lib/feedback/db.server'
import { releaseLock } from '../../../lib/feedback/embedded-lock'
import type { StoredReport } from '../../../lib/feedback/schema'
import { allReports } from '../../../lib/feedback/store'

/** Read a store the way the site does (the server that used it must be stopped for an embedded one). */
export async function storedReports(where: {
  dataDir?: string
  databaseUrl?: string
}): Promise<{ reports: StoredReport[]; migrations: number }> {
  const config = parseFeedbackConfig({
    SIM_HELPER_DATA_DIR: where.dataDir ?? '.cache/unused',
    DATABASE_URL: where.databaseUrl,
  })
  const { db, kind } = await openStore(config)
  try {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from kysely_migration`.execute(db)
    return { reports: await allReports(db), migrations: rows[0].count }
  } finally {
    await db.destroy()
    if (kind === 'embedded') releaseLock(config.dataDir)
  }
}

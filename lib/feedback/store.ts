import type { FeedbackDb } from './schema'
import type { StoredReport } from './schema'
import type { Submission } from './submission'

/**
 * One report, one row, one statement: committed whole or not at all. A report whose token is already
 * stored (a retry: the first answer was lost, or was a 503 though the row committed) changes nothing;
 * the answer says whether this one was new.
 */
export async function insertReport(
  db: FeedbackDb,
  report: Submission,
  from: { source?: number; token?: string } = {},
): Promise<'stored' | 'repeat'> {
  const rows = await db
    .insertInto('feedback_report')
    .values({
      locale: report.locale,
      carrier: report.carrier,
      task: report.task,
      method: report.method,
      worked: report.worked === 'yes',
      reason: report.reason ?? null,
      note: report.note ?? null,
      country: report.country ?? null,
      token: from.token ?? report.token ?? null,
      source: from.source ?? null,
    })
    .onConflict((conflict) => conflict.column('token').doNothing())
    .returning('id')
    .execute()
  return rows.length ? 'stored' : 'repeat'
}

/** Every report, oldest first, for the editors' report (a few rows per method and month: no paging needed). */
export async function allReports(db: FeedbackDb): Promise<StoredReport[]> {
  return db.selectFrom('feedback_report').selectAll().orderBy('id').execute()
}

class RolledBack extends Error {}

/** Whether a report could be written now: one in a transaction that is then rolled back (readiness). */
export async function canWrite(db: FeedbackDb): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('feedback_report')
        .values({ locale: 'zh', carrier: 'readiness', task: 'top-up', method: 'ussd', worked: true })
        .execute()
      throw new RolledBack()
    })
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error
  }
}

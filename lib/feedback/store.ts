import type { FeedbackDb } from './db.server'
import type { StoredReport } from './schema'
import type { Submission } from './submission'

/** One report, one row, one statement: committed whole or not at all. */
export async function insertReport(db: FeedbackDb, report: Submission): Promise<void> {
  await db
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
    })
    .execute()
}

/** Every report, oldest first, for the editors' report (a few rows per method and month: no paging needed). */
export async function allReports(db: FeedbackDb): Promise<StoredReport[]> {
  return db.selectFrom('feedback_report').selectAll().orderBy('id').execute()
}

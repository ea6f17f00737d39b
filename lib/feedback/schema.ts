import type { Generated, Insertable, Selectable } from 'kysely'

/** The database as the queries see it (kept in step with migrations.ts; the type check catches a wrong column). */
export interface FeedbackDatabase {
  feedback_report: FeedbackReportTable
}

export interface FeedbackReportTable {
  id: Generated<string>
  created_at: Generated<Date>
  locale: string
  carrier: string
  task: string
  method: string
  worked: boolean
  reason: string | null
  note: string | null
  country: string | null
}

export type NewReport = Insertable<FeedbackReportTable>
export type StoredReport = Selectable<FeedbackReportTable>

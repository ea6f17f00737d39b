import type { Generated, Insertable, Kysely, Selectable } from 'kysely'

/** The database as the queries see it (kept in step with migrations.ts; the type check catches a wrong column). */
export interface FeedbackDatabase {
  feedback_report: FeedbackReportTable
  feedback_limit: { key: string; window_start: Date; hits: number }
  feedback_day_key: { day: string; key: string }
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
  /** Chosen by the form (or the server when there is none): a retry with the same token is stored once. */
  token: string | null
  /** A 16-bit bucket of the client's address under that day's key (see migrations.ts); null before issue 24. */
  source: number | null
}

export type NewReport = Insertable<FeedbackReportTable>
export type StoredReport = Selectable<FeedbackReportTable>

/** A connection to the reports' database, whichever store it is (PGlite or PostgreSQL). */
export type FeedbackDb = Kysely<FeedbackDatabase>

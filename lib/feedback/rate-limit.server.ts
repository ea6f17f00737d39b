import { sql } from 'kysely'
import type { FeedbackDb } from './schema'
import { utcDay } from './sources.server'

/**
 * Abuse control without keeping addresses: a client is counted by its source (a 16-bit bucket of its
 * address under the day's key: sources.server.ts), per hour, over all pages and per method of a guide.
 * Budgets are generous (many travellers share one carrier NAT address); what keeps the editors' list honest
 * is that "check again" needs failures from more than one source (report.ts).
 */
export interface Limiter {
  /** Count one attempt; false when the source is past its hourly budget overall or for this page. */
  allow(source: number, page: string): Promise<boolean>
}

const HOUR = 3_600_000

/** In this process's memory: the embedded store, where one server holds the data folder. */
export class MemoryLimiter implements Limiter {
  private hits = new Map<string, number>()
  private window = 0

  constructor(
    private readonly perHour: number,
    private readonly perPage: number,
    private readonly now: () => number = Date.now,
  ) {}

  async allow(source: number, page: string): Promise<boolean> {
    const now = this.now()
    const window = Math.floor(now / HOUR)
    if (window !== this.window) {
      this.window = window // a new hour: every budget starts again, and memory stays bounded
      this.hits.clear()
    }
    const overall = `${utcDay(now)}/${source}`
    const forPage = `${overall}/${page}`
    const counts = [overall, forPage].map((key) => {
      const hits = (this.hits.get(key) ?? 0) + 1
      this.hits.set(key, hits)
      return hits
    })
    return counts[0] <= this.perHour && counts[1] <= this.perPage
  }
}

/**
 * In PostgreSQL (`feedback_limit`), so every instance on one database counts against the same budgets:
 * one upsert per attempt, counting both keys at once. Rows older than the previous hour are deleted now
 * and then.
 */
export class SharedLimiter implements Limiter {
  private lastCleanup = 0

  constructor(
    private readonly db: FeedbackDb,
    private readonly perHour: number,
    private readonly perPage: number,
    private readonly now: () => number = Date.now,
  ) {}

  async allow(source: number, page: string): Promise<boolean> {
    const now = this.now()
    const windowStart = new Date(Math.floor(now / HOUR) * HOUR)
    const overall = `${utcDay(now)}/${source}`
    const forPage = `${overall}/${page}`
    const rows = await this.db
      .insertInto('feedback_limit')
      .values([
        { key: overall, window_start: windowStart, hits: 1 },
        { key: forPage, window_start: windowStart, hits: 1 },
      ])
      .onConflict((conflict) =>
        conflict.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`feedback_limit.hits + 1` }),
      )
      .returning(['key', 'hits'])
      .execute()
    if (now - this.lastCleanup > 5 * 60_000) {
      this.lastCleanup = now
      await this.db
        .deleteFrom('feedback_limit')
        .where('window_start', '<', new Date(windowStart.getTime() - HOUR))
        .execute()
    }
    const hits = (key: string) => rows.find((row) => row.key === key)?.hits ?? 0
    return hits(overall) <= this.perHour && hits(forPage) <= this.perPage
  }
}

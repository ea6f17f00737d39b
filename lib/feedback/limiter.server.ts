import type { FeedbackConfig } from './config'
import type { Store } from './db.server'
import { type Limiter, MemoryLimiter, SharedLimiter } from './rate-limit.server'

/**
 * The server's one limiter: in memory with the embedded store (one server per data folder), in the
 * database with PostgreSQL (every instance on it shares the budgets). On globalThis, like the store.
 */
const shared = globalThis as { __simHelperLimiter?: Limiter }
export function limiterFor(store: Store, config: FeedbackConfig): Limiter {
  shared.__simHelperLimiter ??=
    store.kind === 'postgres'
      ? new SharedLimiter(store.db, config.FEEDBACK_LIMIT_PER_HOUR, config.FEEDBACK_LIMIT_PER_PAGE)
      : new MemoryLimiter(config.FEEDBACK_LIMIT_PER_HOUR, config.FEEDBACK_LIMIT_PER_PAGE)
  return shared.__simHelperLimiter
}

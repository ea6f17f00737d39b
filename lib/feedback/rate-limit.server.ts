import { createHmac, randomBytes } from 'node:crypto'

/**
 * Abuse control without keeping addresses: a client address is only ever held as an HMAC under a key
 * that lives in this process's memory (never on disk, never logged) and changes every UTC day, so
 * yesterday's counters cannot be linked to today's. Counts are per instance; a load balancer in front of
 * several instances should add its own limit.
 */
export class RateLimiter {
  private secret = randomBytes(32)
  private day = ''
  private dayKey = Buffer.alloc(0)
  private hits = new Map<string, number[]>()

  constructor(
    private readonly perHour: number,
    private readonly perPage: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one attempt; false when the address is past its hourly limit overall or for this page. */
  allow(address: string, page: string): boolean {
    const now = this.now()
    const client = this.hash(address, now)
    const hourAgo = now - 3_600_000
    const recent = (key: string) => (this.hits.get(key) ?? []).filter((time) => time > hourAgo)
    const overall = recent(client)
    const forPage = recent(`${client} ${page}`)
    if (this.hits.size > 100_000) this.forgetIdle(hourAgo)
    if (overall.length >= this.perHour || forPage.length >= this.perPage) return false
    this.hits.set(client, [...overall, now])
    this.hits.set(`${client} ${page}`, [...forPage, now])
    return true
  }

  /** Keep memory bounded under many addresses: drop counters with nothing in the last hour. */
  private forgetIdle(hourAgo: number) {
    for (const [key, times] of this.hits) if (!times.some((time) => time > hourAgo)) this.hits.delete(key)
  }

  private hash(address: string, now: number): string {
    const day = new Date(now).toISOString().slice(0, 10)
    if (day !== this.day) {
      // A new day: a new key, and the old counters (under the old key) are dropped with it.
      this.day = day
      this.dayKey = createHmac('sha256', this.secret).update(day).digest()
      this.hits.clear()
    }
    return createHmac('sha256', this.dayKey).update(address).digest('base64url').slice(0, 22)
  }
}

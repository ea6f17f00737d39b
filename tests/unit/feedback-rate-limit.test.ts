import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../lib/feedback/rate-limit.server'

describe('rate limits per address', () => {
  it('allows a few reports per page and more per hour, then refuses until the hour has passed', () => {
    let now = Date.parse('2026-12-02T10:00:00Z')
    const limiter = new RateLimiter(4, 2, () => now)
    expect([1, 2, 3].map(() => limiter.allow('198.51.100.7', 'smart/top-up/ussd'))).toEqual([true, true, false])
    expect(limiter.allow('198.51.100.7', 'smart/top-up/app')).toBe(true)
    expect(limiter.allow('198.51.100.7', 'smart/top-up/sms')).toBe(true)
    expect(limiter.allow('198.51.100.7', 'smart/renew/ussd')).toBe(false) // 4 per hour reached
    expect(limiter.allow('198.51.100.8', 'smart/top-up/ussd')).toBe(true) // another address
    now += 3_600_001
    expect(limiter.allow('198.51.100.7', 'smart/top-up/ussd')).toBe(true)
  })

  it('starts every day afresh under a new key, so days cannot be linked', () => {
    let now = Date.parse('2026-12-02T23:59:00Z')
    const limiter = new RateLimiter(1, 1, () => now)
    expect(limiter.allow('198.51.100.7', 'p')).toBe(true)
    expect(limiter.allow('198.51.100.7', 'p')).toBe(false)
    now = Date.parse('2026-12-03T00:00:30Z')
    expect(limiter.allow('198.51.100.7', 'p')).toBe(true)
  })

  it('keeps no address in memory, only keyed hashes', () => {
    const limiter = new RateLimiter(5, 5)
    limiter.allow('198.51.100.7', 'smart/top-up/ussd')
    expect(JSON.stringify([...(limiter as unknown as { hits: Map<string, number[]> }).hits.keys()])).not.toContain(
      '198.51.100.7',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { MemoryLimiter } from '../../lib/feedback/rate-limit.server'
import { addressBucket } from '../../lib/feedback/sources.server'

describe('rate limits per source', () => {
  it('allows a budget per page and a larger one per hour, then refuses until the next hour', async () => {
    let now = Date.parse('2026-12-02T10:00:00Z')
    const limiter = new MemoryLimiter(4, 2, () => now)
    const allow = (source: number, page: string) => limiter.allow(source, page)
    expect([
      await allow(7, 'smart/top-up/ussd'),
      await allow(7, 'smart/top-up/ussd'),
      await allow(7, 'smart/top-up/ussd'),
    ]).toEqual([true, true, false])
    expect(await allow(7, 'smart/top-up/app')).toBe(true)
    expect(await allow(7, 'smart/renew/ussd')).toBe(false) // 4 attempts an hour reached (refused ones count)
    expect(await allow(8, 'smart/top-up/ussd')).toBe(true) // another source
    now += 3_600_000
    expect(await allow(7, 'smart/top-up/ussd')).toBe(true)
  })

  it('starts every day afresh', async () => {
    let now = Date.parse('2026-12-02T23:59:00Z')
    const limiter = new MemoryLimiter(1, 1, () => now)
    expect(await limiter.allow(7, 'p')).toBe(true)
    expect(await limiter.allow(7, 'p')).toBe(false)
    now = Date.parse('2026-12-03T00:00:30Z')
    expect(await limiter.allow(7, 'p')).toBe(true)
  })
})

describe('what one client controls of its address', () => {
  it('counts IPv6 clients by their /64, whatever the rest and however it is written', () => {
    const bucket = addressBucket('2001:db8:1:2::1')
    expect(bucket).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:0db8:0001:0002:ffff:1234:5678:9abc')).toBe(bucket)
    expect(addressBucket('[2001:DB8:1:2::dead:beef]')).toBe(bucket)
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(bucket)
    expect(addressBucket('::1')).toBe('0:0:0:0::/64')
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressBucket('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })

  it('counts IPv4 clients, also written as IPv4-mapped IPv6, by their address', () => {
    expect(addressBucket('198.51.100.7')).toBe('198.51.100.7')
    expect(addressBucket('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(addressBucket('unknown')).toBe('unknown')
  })
})

import { describe, expect, it } from 'vitest'
import { isStale } from '../../lib/trust'

describe('the out-of-date warning', () => {
  const now = new Date('2026-11-21T12:00:00Z')

  it('stays quiet for a guide verified within the last 12 months', () => {
    expect(isStale('2026-11-21', now)).toBe(false)
    expect(isStale('2025-11-22', now)).toBe(false)
  })

  it('warns once the verification is more than a year old', () => {
    expect(isStale('2025-11-20', now)).toBe(true)
    expect(isStale('2019-01-01', now)).toBe(true)
  })
})

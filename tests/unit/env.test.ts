import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../lib/env'

describe('SITE_URL', () => {
  it('defaults to the local server when unset or empty', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000')
    expect(parseEnv({ SITE_URL: '' }).SITE_URL).toBe('http://localhost:3000')
  })

  it('keeps only the origin, so paths join without a double slash', () => {
    expect(parseEnv({ SITE_URL: 'https://sim-helper.example/' }).SITE_URL).toBe('https://sim-helper.example')
    expect(parseEnv({ SITE_URL: 'https://SIM-Helper.example:8443' }).SITE_URL).toBe('https://sim-helper.example:8443')
  })

  it('rejects what would silently break every canonical URL', () => {
    for (const bad of [
      'sim-helper.example',
      'ftp://sim-helper.example',
      'https://sim-helper.example/docs',
      'https://sim-helper.example/?a=1',
      'https://user:pw@sim-helper.example',
    ]) {
      expect(() => parseEnv({ SITE_URL: bad }), bad).toThrow(/SITE_URL/)
    }
  })
})

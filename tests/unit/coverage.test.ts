import { describe, expect, it } from 'vitest'
import { coverageCell, coverageMatrix, renderCoverage } from '../../lib/coverage'
import { loadContent } from '../../lib/pipeline/load-content'
import type { MethodKind } from '../../lib/schema/method'
import { fixture, freshCacheDir, ROOT } from './helpers'

describe('the coverage matrix', () => {
  it('lists each guide’s methods in ranking order, per locale, and flags locales that disagree', async () => {
    // The fixture's zh guide has ussd then app; its en guide only sms; its one topic exists in en only.
    const { content } = await loadContent({ root: ROOT, contentDir: fixture('valid'), cacheDir: freshCacheDir() })
    const [row] = coverageMatrix(content)
    expect(row.carrier.id).toBe('sample')
    expect(row.tasks['check-data']).toEqual({ zh: ['ussd', 'app'], 'zh-hant': ['ussd', 'app'], en: ['sms'] })
    expect(row.tasks['top-up']).toEqual({})

    const table = renderCoverage(content)
    expect(table).toContain(
      '| Sample Telecom (`sample`) | JP | operator | ⚠ zh: ussd › app; zh-hant: ussd › app; en: sms | — | — | — |',
    )
    expect(table).toContain('| `save-data` | ⚠ en only |')
    expect(table).toContain('1 carrier · 3 guides (1 zh, 1 zh-hant, 1 en) · 1 topic')
  })

  it('writes one cell per carrier × task', () => {
    expect(coverageCell({})).toBe('—')
    const both = (methods: MethodKind[]) => ({ zh: methods, 'zh-hant': methods })
    expect(coverageCell({ ...both(['ussd', 'app']), en: ['ussd', 'app'] })).toBe('ussd › app (zh, zh-hant, en)')
    expect(coverageCell(both(['website']))).toBe('⚠ zh: website; zh-hant: website; en: missing')
    expect(coverageCell({ ...both(['app', 'website']), en: ['website', 'app'] })).toBe(
      '⚠ zh: app › website; zh-hant: app › website; en: website › app',
    )
  })
})

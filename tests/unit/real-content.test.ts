import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCoverage } from '../../lib/coverage'
import { LOCALES } from '../../lib/i18n/locales'
import { loadContent, type LoadResult } from '../../lib/pipeline/load-content'
import { TASKS } from '../../lib/schema/task'
import { sharedCacheDir, ROOT } from './helpers'

/** The whole real content/ folder: a broken article fails CI here, with every problem listed. */
let result: LoadResult
beforeAll(async () => {
  result = await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })
})

describe('the real content', () => {
  it('loads without errors and every guide belongs to a registered carrier', () => {
    const carriers = new Set(result.content.carriers.map((carrier) => carrier.id))
    expect(result.content.guides.length).toBeGreaterThan(0)
    for (const guide of result.content.guides) expect(carriers, guide.file).toContain(guide.carrier)
  })

  it('registers every carrier travellers ask about, and each host network is a registered carrier', () => {
    const ids = result.content.carriers.map((carrier) => carrier.id)
    const expected = ['smart', 'docomo', 'softbank', 'au', 'rakuten-mobile', 'povo', 'ahamo', 'linemo', 'b-mobile', 'mobal', 'sakura-mobile', 'airalo', 'holafly', 'ubigi']
    expect(ids).toEqual(expect.arrayContaining(expected))
    for (const carrier of result.content.carriers) {
      if (carrier.host) expect(ids, `${carrier.id}.host`).toContain(carrier.host)
    }
  })

  it('covers the seed topics: Smart check data, top up, renew; docomo, SoftBank and au check data', () => {
    const zh = result.content.guides.filter((guide) => guide.locale === 'zh').map((guide) => `${guide.carrier}/${guide.task}`)
    expect(zh).toEqual(expect.arrayContaining(['smart/check-data', 'smart/top-up', 'smart/renew', 'docomo/check-data', 'softbank/check-data', 'au/check-data']))
    expect(result.content.topics.map((topic) => topic.slug)).toContain('out-of-data')
  })

  it('has every guide and topic in both languages, never half-translated', () => {
    const key = (item: { locale: string; carrier?: string; task?: string; slug?: string }) => item.slug ?? `${item.carrier}/${item.task}`
    for (const items of [result.content.guides, result.content.topics]) {
      const byLocale = LOCALES.map((locale) => items.filter((item) => item.locale === locale).map(key).sort())
      for (const list of byLocale) expect(list).toEqual(byLocale[0])
    }
    // And each translation offers the same methods in the same order.
    for (const guide of result.content.guides.filter((candidate) => candidate.locale === 'zh')) {
      const en = result.content.guides.find((other) => other.locale === 'en' && other.carrier === guide.carrier && other.task === guide.task)
      expect(en?.methods.map((method) => method.kind), guide.file).toEqual(guide.methods.map((method) => method.kind))
    }
  })

  it('has the four general topics in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const slugs = result.content.topics.filter((topic) => topic.locale === locale).map((topic) => topic.slug)
      expect(slugs).toEqual(expect.arrayContaining(['which-carrier', 'save-roaming-data', 'prepaid-vs-postpaid', 'top-up-safely']))
    }
  })

  it('lists official sources before third-party ones and gives every method block a declared method', () => {
    for (const article of [...result.content.guides, ...result.content.topics]) {
      const firstThirdParty = article.sources.findIndex((source) => !source.official)
      const lastOfficial = article.sources.map((source) => source.official).lastIndexOf(true)
      if (firstThirdParty !== -1) expect(lastOfficial, article.file).toBeLessThan(firstThirdParty)
    }
    for (const guide of result.content.guides) {
      expect(TASKS).toContain(guide.task)
      expect(guide.body.methodBlocks.map((block) => block.kind), guide.file).toEqual(guide.methods.map((method) => method.kind))
    }
  })

  it('content/COVERAGE.md is the matrix derived from the content (run npm run content:coverage)', () => {
    const committed = readFileSync(path.join(ROOT, 'content/COVERAGE.md'), 'utf8')
    expect(committed).toBe(renderCoverage(result.content))
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCoverage } from '../../lib/coverage'
import { LOCALES } from '../../lib/i18n/locales'
import { loadContent, type LoadResult } from '../../lib/pipeline/load-content'
import { sharedCacheDir, ROOT } from './helpers'

/** The whole real content/ folder: a broken article fails CI here, with every problem listed. */
let result: LoadResult
beforeAll(async () => {
  result = await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })
})

describe('the real content', () => {
  // What the schema and the pipeline already enforce (a guide's carrier is registered, its task is one of
  // the four, official sources come first) is not repeated here: loading without an error proves it.
  it('loads without errors', () => {
    expect(result.content.guides.length).toBeGreaterThan(0)
  })

  it('registers every carrier travellers ask about, and each host network is a registered carrier', () => {
    const ids = result.content.carriers.map((carrier) => carrier.id)
    const expected = [
      'smart',
      'docomo',
      'softbank',
      'au',
      'rakuten-mobile',
      'povo',
      'ahamo',
      'linemo',
      'b-mobile',
      'mobal',
      'sakura-mobile',
      'airalo',
      'holafly',
      'ubigi',
    ]
    expect(ids).toEqual(expect.arrayContaining(expected))
    for (const carrier of result.content.carriers) {
      if (carrier.host) expect(ids, `${carrier.id}.host`).toContain(carrier.host)
    }
  })

  it('covers the seed topics: Smart check data, top up, renew; docomo, SoftBank and au check data', () => {
    const zh = result.content.guides
      .filter((guide) => guide.locale === 'zh')
      .map((guide) => `${guide.carrier}/${guide.task}`)
    expect(zh).toEqual(
      expect.arrayContaining([
        'smart/check-data',
        'smart/top-up',
        'smart/renew',
        'docomo/check-data',
        'softbank/check-data',
        'au/check-data',
      ]),
    )
    expect(result.content.topics.map((topic) => topic.slug)).toContain('out-of-data')
  })

  it('has every guide and topic in both languages, never half-translated', () => {
    const key = (item: { locale: string; carrier?: string; task?: string; slug?: string }) =>
      item.slug ?? `${item.carrier}/${item.task}`
    for (const items of [result.content.guides, result.content.topics]) {
      const byLocale = LOCALES.map((locale) =>
        items
          .filter((item) => item.locale === locale)
          .map(key)
          .sort(),
      )
      for (const list of byLocale) expect(list).toEqual(byLocale[0])
    }
    // And each translation offers the same methods in the same order.
    for (const guide of result.content.guides.filter((candidate) => candidate.locale === 'zh')) {
      const en = result.content.guides.find(
        (other) => other.locale === 'en' && other.carrier === guide.carrier && other.task === guide.task,
      )
      expect(
        en?.methods.map((method) => method.kind),
        guide.file,
      ).toEqual(guide.methods.map((method) => method.kind))
    }
  })

  it('has the four general topics in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const slugs = result.content.topics.filter((topic) => topic.locale === locale).map((topic) => topic.slug)
      expect(slugs).toEqual(
        expect.arrayContaining(['which-carrier', 'save-roaming-data', 'prepaid-vs-postpaid', 'top-up-safely']),
      )
    }
  })

  it('writes the steps of every method in the order the frontmatter ranks them', () => {
    for (const guide of result.content.guides) {
      expect(
        guide.body.methodBlocks.map((block) => block.kind),
        guide.file,
      ).toEqual(guide.methods.map((method) => method.kind))
    }
  })

  it('content/COVERAGE.md is the matrix derived from the content (run npm run content:coverage)', () => {
    const committed = readFileSync(path.join(ROOT, 'content/COVERAGE.md'), 'utf8')
    expect(committed).toBe(renderCoverage(result.content))
  })
})

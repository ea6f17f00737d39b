import { beforeAll, describe, expect, it } from 'vitest'
import { LOCALES, type Locale } from '../../lib/i18n'
import { loadContent } from '../../lib/pipeline/load-content'
import { loadSynonyms } from '../../lib/pipeline/load-synonyms'
import { buildSearchIndex, type SearchIndex } from '../../lib/search/build-index'
import { search } from '../../lib/search/search'
import { RELEVANCE_CASES, rankOf } from '../relevance/queries'
import { ROOT } from './helpers'

/** The relevance set (tests/relevance/queries.ts) against the real content: ranks, never counts. */
const indexes = {} as Record<Locale, SearchIndex>

beforeAll(async () => {
  const { content } = await loadContent({ root: ROOT })
  const synonyms = await loadSynonyms({ root: ROOT })
  for (const locale of LOCALES) indexes[locale] = buildSearchIndex({ locale, content, synonyms })
})

describe('search relevance on the real content', () => {
  it('has at least 40 traveller queries, in Chinese, Japanese and English', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40)
    expect(RELEVANCE_CASES.some((item) => /\p{Script=Han}/u.test(item.query))).toBe(true)
    expect(RELEVANCE_CASES.some((item) => /\p{Script=Katakana}/u.test(item.query))).toBe(true)
    expect(RELEVANCE_CASES.some((item) => /^[\x20-\x7e]+$/.test(item.query))).toBe(true)
  })

  it.each(RELEVANCE_CASES)(
    '[$locale] "$query" ranks $expect within $within',
    ({ locale, query, expect: expected, within }) => {
      const ranked = search(indexes[locale], query, { limit: 10 }).hits.map((hit) => hit.page.id)
      const rank = rankOf(ranked, expected)
      expect(rank, `ranking: ${ranked.join(', ')}`).toBeGreaterThan(0)
      expect(rank, `ranking: ${ranked.join(', ')}`).toBeLessThanOrEqual(within)
    },
  )

  it('shows the action the query is about right in the result', () => {
    expect(search(indexes.zh, 'smart *133#').hits[0].method).toMatchObject({ kind: 'ussd', code: '*133#' })
    expect(search(indexes.zh, '软银 客服电话').hits[0].page.carrier).toBe('softbank')
    // Every SMS action is an SMS section, so a search for texting to reload lands on it.
    for (const [locale, query] of [
      ['zh', '短信充值'],
      ['en', 'sms reload'],
      ['zh', 'smart 短信'],
    ] as const) {
      const hit = search(indexes[locale], query).hits[0]
      expect(hit.page.id, query).toBe('smart/top-up')
      expect(hit.method?.kind, query).toBe('sms')
    }
    expect(search(indexes.en, 'smart 1510').hits[0].method?.kind).toBe('voucher')
  })
})

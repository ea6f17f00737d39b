import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkGlossary } from '../../lib/pipeline/checks/glossary'
import { checkPrices } from '../../lib/pipeline/checks/prices'
import { readGlossary } from '../../lib/pipeline/load-glossary'
import { readContentSources } from '../../lib/pipeline/read-files'
import { methodSectionSchema } from '../../lib/schema/method'
import { ROOT } from './helpers'

const locate = () => ({ line: 1, column: 1 })

describe('the glossary', () => {
  it('passes on the real content, and knows the terms travellers meet', async () => {
    const { glossary, issues } = await readGlossary(ROOT, path.join(ROOT, 'content'))
    expect(issues).toEqual([])
    expect(glossary.terms.find((term) => term.avoid.includes('topping'))?.preferred).toBe('加购包')
    const sources = await readContentSources(ROOT)
    const articles = [...sources.guides, ...sources.topics]
    expect(articles.length).toBeGreaterThan(50)
    const problems = articles.flatMap((article) =>
      checkGlossary(article.file, article.locale, article.text, glossary.terms),
    )
    expect(problems).toEqual([])
  })

  it('names the file, line, column and the preferred term for a word to avoid, in that language only', () => {
    const terms = [{ locale: 'zh' as const, preferred: '加购包', avoid: ['topping'] }]
    const text = [
      '---',
      'title: povo 怎么买 Topping',
      'sources:',
      '  - title: "povo FAQ: buying toppings"',
      '    url: https://povo.jp/en/topping-list/',
      '---',
      '',
      '打开 App，买一个 topping。',
    ].join('\n')
    expect(
      checkGlossary('zh/povo/top-up.mdx', 'zh', text, terms).map(
        (issue) => `${issue.line}:${issue.column} ${issue.message}`,
      ),
    ).toEqual([
      "2:17 write '加购包' instead of 'topping' (content/glossary.yaml: one term per thing)",
      "8:12 write '加购包' instead of 'topping' (content/glossary.yaml: one term per thing)",
    ])
    expect(checkGlossary('en/povo/top-up.mdx', 'en', text, terms)).toEqual([])
  })

  it('is known to search as synonyms', () => {
    const synonyms = readFileSync(path.join(ROOT, 'content/search-synonyms.yaml'), 'utf8')
    for (const word of ['远游卡', '流量卡', '数据卡', '随身wifi']) expect(synonyms).toContain(word)
    expect(synonyms).toMatch(/task: renew\n\s+terms: \[[^\]]*续费/)
  })
})

describe('the price check', () => {
  const sources = [{ title: 'Help', url: 'https://example.com/help', official: true }]
  const guide = (price: object) => ({
    sources,
    methods: [methodSectionSchema.parse({ kind: 'app', name: 'App', cost: 'charged', ...price })],
  })
  const check = (price: object) =>
    checkPrices(guide(price), 'guide.mdx', locate, '2026-12-02').map(
      (issue) => `${issue.severity} ${issue.field}: ${issue.message}`,
    )

  it('warns about a price with no date, and about a source more than two years old', () => {
    expect(check({ price: '¥500' })).toEqual([
      expect.stringMatching(/^error methods\[0\]\.price: the price '¥500' has no date/),
    ])
    expect(check({ price: '¥500', priceSource: { url: 'https://example.com/help', date: '2021-07-14' } })).toEqual([
      expect.stringMatching(/^warning methods\[0\]\.priceSource: .*dated 2021-07-14, more than two years ago/),
    ])
    expect(check({ price: '¥500', priceSource: { url: 'https://example.com/help', date: '2025' } })).toEqual([])
    expect(check({ price: '¥500', priceSource: { url: 'https://example.com/help', read: '2026-12-02' } })).toEqual([])
  })

  it('refuses a price whose source the guide does not cite, and a source with both dates', () => {
    expect(check({ price: '¥500', priceSource: { url: 'https://example.com/other', date: '2026-01' } })).toEqual([
      expect.stringMatching(/^error methods\[0\]\.priceSource: https:\/\/example.com\/other is not among/),
    ])
    expect(
      methodSectionSchema.safeParse({
        kind: 'app',
        name: 'App',
        cost: 'charged',
        price: '¥1',
        priceSource: { url: 'https://example.com/help', date: '2026', read: '2026-12-02' },
      }).success,
    ).toBe(false)
  })

  it('checks the prices of each text of an SMS section too', () => {
    const sms = {
      sources,
      methods: [
        methodSectionSchema.parse({ kind: 'sms', cost: 'charged', messages: [{ to: '808', body: 'X', price: 'P1' }] }),
      ],
    }
    expect(checkPrices(sms, 'guide.mdx', locate, '2026-12-02').map((issue) => issue.field)).toEqual([
      'methods[0].messages[0].price',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { fold } from '../../lib/search/fold'
import { highlight } from '../../lib/search/highlight'
import { tokenize } from '../../lib/search/tokenize'

const terms = (text: string, options?: Parameters<typeof tokenize>[1]) =>
  tokenize(text, options).map((token) => token.term)

describe('folding', () => {
  it('treats width, case, accents and katakana/hiragana as the same spelling', () => {
    expect(fold('ＳＩＭ')).toBe('sim')
    expect(fold('ＳＩＭ')).toBe(fold('SIM'))
    expect(fold('ドコモ')).toBe(fold('どこも'))
    expect(fold('ｿﾌﾄﾊﾞﾝｸ')).toBe(fold('ソフトバンク'))
    expect(fold('Café')).toBe('cafe')
    // Dakuten are part of the kana, not accents: が stays が.
    expect(fold('ガ')).toBe('が')
  })
})

describe('tokenizing', () => {
  it('gives every CJK run its bigrams, so words the dictionary lacks still match', () => {
    expect(terms('充值')).toEqual(['充值'])
    expect(terms('客服电话')).toEqual(expect.arrayContaining(['客服', '电话']))
    expect(terms('日本电话卡怎么查看剩余流量')).toEqual(expect.arrayContaining(['剩余', '流量', '电话']))
  })

  it('keeps katakana brand names whole as well as in bigrams', () => {
    expect(terms('ドコモ')).toEqual(expect.arrayContaining(['どこも', 'どこ', 'こも']))
    expect(terms('データチャージ')).toContain('でーたちゃーじ')
  })

  it('keeps codes and numbers whole, and also indexes a dashed number without dashes', () => {
    expect(terms('拨 *123# 查询')).toContain('*123#')
    expect(terms('拨 *123# 查询')).not.toContain('123')
    expect(terms('call 0120-800-000', { index: true })).toEqual(
      expect.arrayContaining(['0120-800-000', '0120800000', '0120']),
    )
    expect(terms('call 151')).toContain('151')
  })

  it('matches hyphenated words written together, and folds full-width letters', () => {
    expect(terms('top-up e-Load')).toEqual(expect.arrayContaining(['top', 'up', 'topup', 'load', 'eload']))
    expect(terms('ＳＭＡＲＴ 充值')).toEqual(expect.arrayContaining(['smart', '充值']))
  })

  it('leaves stopwords out of queries, also inside a CJK run', () => {
    const stopwords = new Set(['怎么', 'how', 'to'])
    const query = terms('how to 怎么查剩余流量', { stopwords })
    expect(query).not.toContain('how')
    expect(query).not.toContain('怎么')
    expect(query).not.toContain('么查')
    expect(query).toContain('剩余')
  })

  it('weighs bigrams that cut through a known word less (本电 in 日本|电话)', () => {
    const tokens = tokenize('日本电话')
    expect(tokens.find((token) => token.term === '本电')?.weight).toBeLessThan(1)
    expect(tokens.find((token) => token.term === '电话')?.weight).toBe(1)
  })

  it('stays cheap and bounded on hostile input', () => {
    expect(terms('')).toEqual([])
    expect(terms('.*+?^${}()|[]\\')).toEqual([])
    expect(terms('a'.repeat(10_000))).toEqual([]) // one 10,000-letter "word" is not a word
    expect(terms('📱💸 smart')).toEqual(['smart'])
  })
})

describe('highlighting', () => {
  it('marks matches in the original spelling, found through the folded one', () => {
    expect(highlight('ドコモの残量', ['どこも'])).toEqual(['', 'ドコモ', 'の残量'])
    expect(highlight('ＳＩＭ card', ['sim'])).toEqual(['', 'ＳＩＭ', ' card'])
    expect(highlight('docomo 怎么查剩余流量', ['剩余', '余流', '流量'])).toEqual(['docomo 怎么查', '剩余流量', ''])
  })

  it('marks Latin words from their start only, and short ones only whole', () => {
    expect(highlight('Reload, load or upload', ['load'])).toEqual(['Reload, ', 'load', ' or upload'])
    expect(highlight('top up, update', ['up'])).toEqual(['top ', 'up', ', update'])
  })

  it('never loses or alters text: the parts join back to the original', () => {
    const text = '<script>alert(1)</script> *123# ＳＩＭ ｶﾞ 📱'
    const parts = highlight(text, ['script', '*123#', 'sim', 'が'])
    expect(parts.join('')).toBe(text)
    expect(parts.filter((_, index) => index % 2)).toEqual(['script', 'script', '*123#', 'ＳＩＭ', 'ｶﾞ'])
  })
})

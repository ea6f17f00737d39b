import { foldKana, foldWidthAndCase } from './fold'

/**
 * Tokens for search, in Chinese, Japanese and English alike.
 *
 * - Every run of CJK characters gives its character bigrams: 剩余流量 → 剩余 余流 流量. A query and a guide
 *   that share a word share its bigrams, whatever a dictionary thinks the word is (ICU splits 充值 into
 *   充|值, 客服 into 客|服 and ドコモ into ド|コモ). Kana words of 3+ characters are also kept whole (ドコモ → どこも).
 * - Letters and digits form words; hyphenated words also match written together (top-up = topup).
 * - Codes and numbers stay whole: *123#, 0120-800-000 (the index also holds 0120800000 and its groups).
 * - At query time only, Intl.Segmenter (Node ships full ICU) finds the words in a CJK run, so bigrams
 *   cut through a word it knows weigh less (日本|电话|卡: 本电 counts half). Queries are
 *   short; segmenting every guide would cost ~3 µs a character on this machine for no better match.
 */
export type TokenKind = 'word' | 'code' | 'cjk'
export interface Token {
  term: string
  kind: TokenKind
  /** Query side: a bigram that straddles two words weighs less. */
  weight: number
}

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー々〆'
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu')
const CJK_ONLY = new RegExp(`^[${CJK_CLASS}]+$`, 'u')
/** Katakana words (folded to hiragana) are also kept whole: ドコモ, データ, チャージ. */
const KANA_RUN = /[\p{Script=Hiragana}ー]{3,}/gu
/** Letters and digits that are not CJK, with inner . , ' (3,000 · 0.5gb · my.smart.com.ph · talk'n). */
const WORD = new RegExp(`[[\\p{L}\\p{N}]--[${CJK_CLASS}]]+(?:[.,'’][[\\p{L}\\p{N}]--[${CJK_CLASS}]]+)*`, 'gv')
/** USSD and star codes (*123#, *888, #31#) and dash-grouped numbers (0120-800-000, +81-3-1234-5678). */
const CODE = /[*#][0-9*#]*[0-9][0-9*#]*|\+?\d+(?:-\d+)+/g
/** Longer "words" are noise (or hostile input), and would make fuzzy matching slow. */
const MAX_WORD = 40
const STRADDLING_WEIGHT = 0.5

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

export interface TokenizeOptions {
  /** Index side: also the digits-only form and groups of numbers, and lone CJK characters. */
  index?: boolean
  /** Query side: folded words and phrases to leave out (怎么, how, the…). */
  stopwords?: ReadonlySet<string>
}

export function tokenize(text: string, { index = false, stopwords }: TokenizeOptions = {}): Token[] {
  // Kana folding keeps UTF-16 offsets, so word boundaries found in `plain` hold in `folded`.
  const plain = foldWidthAndCase(text)
  const folded = foldKana(plain)
  const tokens: Token[] = []
  const push = (term: string, kind: TokenKind, weight = 1) => {
    if (term && term.length <= MAX_WORD && !stopwords?.has(term)) tokens.push({ term, kind, weight })
  }

  const codeSpans: Array<[number, number]> = []
  for (const { 0: code, index: at } of folded.matchAll(CODE)) {
    codeSpans.push([at, at + code.length])
    push(code, 'code')
    if (!index) continue
    const digits = code.replace(/\D/g, '')
    if (digits !== code) push(digits, 'code')
    if (code.includes('-')) for (const group of code.split('-')) push(group.replace(/\D/g, ''), 'code')
  }
  let compound = ''
  let compoundEnd = -1
  for (const { 0: word, index: at } of folded.matchAll(WORD)) {
    // Pieces of a code (the 123 of *123#) are not words of their own.
    if (codeSpans.some(([start, end]) => at >= start && at < end)) continue
    push(word, 'word')
    // Words joined by one hyphen also make one word: top-up → topup, e-load → eload.
    if (at === compoundEnd + 1 && folded[compoundEnd] === '-') {
      compound += word
      if (/\p{L}/u.test(compound)) push(compound, 'word')
    } else {
      compound = word
    }
    compoundEnd = at + word.length
  }
  for (const { 0: run, index: at } of folded.matchAll(CJK_RUN)) {
    const straddles = index ? undefined : straddlingBigrams(plain.slice(at, at + run.length))
    let offset = 0
    for (const part of stopwords ? splitAtStopwords(run, stopwords) : [run]) {
      const start = run.indexOf(part, offset)
      offset = start + part.length
      const chars = Array.from(part)
      if (chars.length === 1) {
        if (index) push(part, 'cjk')
        continue
      }
      let position = start
      for (let i = 0; i + 1 < chars.length; i++) {
        position += chars[i].length
        push(chars[i] + chars[i + 1], 'cjk', straddles?.has(position) ? STRADDLING_WEIGHT : 1)
      }
      for (const [kana] of part.matchAll(KANA_RUN)) if (kana.length <= 12) push(kana, 'cjk')
    }
  }
  return tokens
}

/** Index side: every term, repeated as often as it occurs (term frequency counts). */
export function indexTerms(text: string): string[] {
  return tokenize(text, { index: true }).map((token) => token.term)
}

/**
 * Offsets (of a bigram's second character) where a bigram cuts through a word ICU knows: 本电 in
 * 日本|电话. Where ICU fell back to single characters (充|值, 软|银: words its dictionary lacks) the
 * bigram is the best guess at the word, and keeps its full weight.
 */
function straddlingBigrams(run: string): Set<number> {
  const wordLength: number[] = []
  const wordStart = new Set<number>()
  for (const { segment, index } of segmenter.segment(run)) {
    wordStart.add(index)
    for (let i = 0; i < segment.length; i++) wordLength[index + i] = segment.length
  }
  const straddling = new Set<number>()
  for (let at = 1; at < run.length; at++) {
    if (wordStart.has(at) && (wordLength[at - 1] > 1 || wordLength[at] > 1)) straddling.add(at)
  }
  return straddling
}

const cjkStopwords = new WeakMap<ReadonlySet<string>, string[]>()

/** 怎么查剩余流量 without 怎么 is 查剩余流量: the stopword's bigrams (怎么, 么查) are never searched for. */
function splitAtStopwords(run: string, stopwords: ReadonlySet<string>): string[] {
  let list = cjkStopwords.get(stopwords)
  if (!list) {
    list = [...stopwords].filter((word) => word.length >= 2 && CJK_ONLY.test(word))
    cjkStopwords.set(stopwords, list)
  }
  let parts = [run]
  for (const stopword of list) {
    if (run.includes(stopword)) parts = parts.flatMap((part) => part.split(stopword))
  }
  return parts.filter(Boolean)
}

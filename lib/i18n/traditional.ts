import * as OpenCC from 'opencc-js'

/**
 * Simplified → Traditional Chinese (Taiwan standard with Taiwan phrases: 短信 → 簡訊, 移动数据 → 行動數據,
 * 软件 → 軟體), with OpenCC's phrase-aware dictionaries (opencc-js). Used at build time for the zh-hant
 * articles, the carriers' texts and the UI dictionary; see docs/decisions/010-traditional-chinese.md.
 */
const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' })

/** Editors' own words win over OpenCC's: Simplified term → Traditional term (content/traditional.yaml). */
export type TermOverrides = ReadonlyMap<string, string>

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
/** Japanese inside Chinese prose: from the first kana to the last of a run (データ通信量を確認する). */
const JAPANESE_RUN =
  /[\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・]*[\p{Script=Hiragana}\p{Script=Katakana}ー])?/gu
/**
 * A quotation or parenthesis holding Japanese is Japanese as written: 「ご利用のデータ通信量を確認する」,
 * （ネットワーク暗証番号）, where the kanji after the last kana (番号) would otherwise be converted.
 */
const JAPANESE_QUOTE =
  /「[^」\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^」\n]*」|『[^』\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^』\n]*』|（[^）\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^）\n]*）|\([^)\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^)\n]*\)/gu

/** Whether a text holds Japanese kana (a menu label or app name written in Japanese is data). */
export function hasKana(text: string): boolean {
  return KANA.test(text)
}

/**
 * Converts prose, leaving alone what is not Chinese prose: Japanese (quoted, or from first to last kana of a
 * run) and anything `keep` matches. Overrides are matched first, longest first; OpenCC converts the rest.
 */
export function toTraditional(text: string, overrides: TermOverrides = new Map(), keep?: RegExp): string {
  if (!/\p{Script=Han}/u.test(text)) return text
  const patterns = [JAPANESE_QUOTE.source, JAPANESE_RUN.source, ...(keep ? [keep.source] : [])]
  const protectedSpans = new RegExp(patterns.map((source) => `(?:${source})`).join('|'), 'gu')
  let out = ''
  let last = 0
  for (const match of text.matchAll(protectedSpans)) {
    out += convertWithOverrides(text.slice(last, match.index), overrides) + match[0]
    last = match.index + match[0].length
  }
  return out + convertWithOverrides(text.slice(last), overrides)
}

function convertWithOverrides(text: string, overrides: TermOverrides): string {
  if (!text) return text
  if (!overrides.size) return s2twp(text)
  const terms = [...overrides.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(terms.join('|'), 'gu')
  let out = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    out += s2twp(text.slice(last, match.index)) + (overrides.get(match[0]) ?? match[0])
    last = match.index + match[0].length
  }
  return out + s2twp(text.slice(last))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

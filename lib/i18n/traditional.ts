import * as OpenCC from 'opencc-js'

/**
 * Simplified → Traditional Chinese script, Taiwan character standard (OpenCC `cn → tw`: phrase-aware, so
 * 头发 → 頭髮 and 发送 → 發送). Not `twp`: its Taiwan phrase list is computing vocabulary that turns 类型
 * into 型別, 代码 into 程式碼 and 上网卡 into 上網絡卡. The Taiwan vocabulary is ours instead, every word
 * visible in content/traditional.yaml (短信 → 簡訊, 套餐 → 方案). Used at build time for the zh-hant articles,
 * the carriers' texts and the UI dictionary; see docs/decisions/010-traditional-chinese.md.
 */
const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' })

/**
 * Characters whose everyday form is the one OpenCC gives on its own (只 → 只, 了 → 了), and whose rare form
 * (隻 the measure word, 瞭 "to understand") OpenCC picks only when a phrase of its list happens to span a word
 * boundary: 最多|只能 read as 多只 → 最多隻能, 说明|了 as 明了 → 說明瞭. They are converted alone, so no phrase
 * can reach across them; an article that means the rare form says so with a term (一只 → 一隻).
 */
const ALONE = /[只了]/gu

/** Editors' own words win over OpenCC's: Simplified term → Traditional term (content/traditional.yaml). */
export type TermOverrides = ReadonlyMap<string, string>

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
/** Japanese inside Chinese prose: from the first kana to the last of a run (データ通信量を確認する). */
export const JAPANESE_RUN =
  /[\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・]*[\p{Script=Hiragana}\p{Script=Katakana}ー])?/gu
/**
 * A quotation or parenthesis holding Japanese is Japanese as written: 「ご利用のデータ通信量を確認する」,
 * （ネットワーク暗証番号）, where the kanji after the last kana (番号) would otherwise be converted.
 */
export const JAPANESE_QUOTE =
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
  const terms = [...overrides.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp([...terms, ALONE.source].join('|'), 'gu')
  let out = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    out += s2tw(text.slice(last, match.index))
    last = match.index + match[0].length
    const term = overrides.get(match[0])
    // A Latin word among Chinese ones (应用 → App) gets the space the articles write around Latin words.
    const before = term && /^[A-Za-z]/.test(term) && HAN.test(out.at(-1) ?? '') ? ' ' : ''
    const after = term && /[A-Za-z]$/.test(term) && HAN.test(text[last] ?? '') ? ' ' : ''
    out += term !== undefined ? before + term + after : s2tw(match[0])
  }
  return out + s2tw(text.slice(last))
}

const HAN = /\p{Script=Han}/u

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

import hkVariants from 'opencc-js/dict/HKVariantsRev'
import traditionalToSimplified from 'opencc-js/dict/TSCharacters'
import twVariants from 'opencc-js/dict/TWVariantsRev'

/**
 * Traditional → Simplified, character by character (OpenCC's character tables: 簡 → 简, 網 → 网, 裡 → 里),
 * so a query in one script finds text written in the other. One UTF-16 unit for one, so offsets found in
 * folded text hold in the original. Regional words (簡訊, 儲值) are search synonyms, not folds.
 */
const TABLE = (() => {
  const table = new Map<string, string>()
  const read = (dictionary: string) => {
    const pairs = new Map<string, string>()
    for (const entry of dictionary.split('|')) {
      const [from, to] = entry.split(' ')
      if (from?.length === 1 && to?.length === 1) pairs.set(from, to)
    }
    return pairs
  }
  const variants = [read(hkVariants), read(twVariants)]
  const simplified = read(traditionalToSimplified)
  for (const [from, to] of simplified) table.set(from, to)
  for (const pairs of variants)
    for (const [from, standard] of pairs) {
      const to = simplified.get(standard) ?? standard
      if (!table.has(from) && to !== from) table.set(from, to)
    }
  return table
})()

const HAN = /\p{Script=Han}/gu

export function foldScript(text: string): string {
  return text.replace(HAN, (char) => TABLE.get(char) ?? char)
}

import { readFileSync } from 'node:fs'
import path from 'node:path'
import hongKong from 'opencc-js/dict/HKVariants'
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import taiwanPhrases from 'opencc-js/dict/TWPhrases'
import taiwan from 'opencc-js/dict/TWVariants'
import { parse } from 'yaml'

const entries = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' '))
/**
 * Every character OpenCC ever writes on the Traditional side, Taiwan and Hong Kong forms included (后 in 皇后,
 * 里 in 公里, 群 in Taiwan for 羣 are Traditional too).
 */
const TRADITIONAL = new Set(
  [characters, phrases, taiwan, taiwanPhrases, hongKong]
    .flatMap(entries)
    .flatMap(([, ...traditional]) => traditional.flatMap((text) => [...text])),
)

/** Characters that exist only in Simplified Chinese: OpenCC converts them and never writes them (发, 这, 们). */
export const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(
  entries(characters)
    .map(([simplified]) => simplified)
    .filter((simplified) => !TRADITIONAL.has(simplified)),
)

/** Japanese runs (kana, and the kanji between them) are Japanese, not Simplified Chinese: left out of the scan. */
const JAPANESE =
  /[「（(『][^」）)』\n]*[\p{Script=Hiragana}\p{Script=Katakana}][^」）)』\n]*[」）)』]|[\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・]*[\p{Script=Hiragana}\p{Script=Katakana}ー])?/gu

/** Japanese words written in kanji only (契約番号), which the conversion keeps as written: content/traditional.yaml. */
const JAPANESE_WORDS: string[] =
  parse(readFileSync(path.join(__dirname, '..', 'content', 'traditional.yaml'), 'utf8')).japanese ?? []

/** Each Simplified-only character of `text` (outside Japanese) with a little context, to say where it is. */
export function simplifiedLeftovers(text: string): string[] {
  let chinese = text.replace(JAPANESE, (run) => ' '.repeat(run.length))
  for (const word of JAPANESE_WORDS) chinese = chinese.split(word).join(' '.repeat(word.length))
  const found: string[] = []
  for (const { 0: char, index } of chinese.matchAll(/\p{Script=Han}/gu))
    if (SIMPLIFIED_ONLY.has(char)) found.push(`${char} in “${text.slice(Math.max(0, index - 8), index + 9)}”`)
  return found
}

import { foldScript } from './script-fold'

/**
 * Folding: the one definition of "these two spellings are the same" for search. Width and compatibility
 * forms (NFKC: ＳＩＭ → sim, ｶﾞ → ガ), case, Latin accents, and katakana → hiragana (ドコモ = どこも), so a
 * traveller's keyboard never decides whether a guide is found. Index, query and highlighting all use it.
 */
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu
/** Precomposed accented Latin letters and combining accents: a cheap test before the costly strip. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: any one of these code points, base letter or lone mark, means there is work to do.
const ACCENTED_LATIN = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/

/**
 * NFKC, lower case, no Latin accents, Traditional characters as Simplified (網路 = 网路). Kana are kept as they
 * are (the word segmenter knows katakana words).
 */
export function foldWidthAndCase(text: string): string {
  const folded = foldScript(text.normalize('NFKC').toLowerCase())
  // Only Latin letters lose their marks (kana dakuten must survive); most text has none, so look first.
  return ACCENTED_LATIN.test(folded) ? folded.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC') : folded
}

/** Katakana → hiragana, one UTF-16 unit for one, so offsets stay aligned with the input. */
export function foldKana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
}

export function fold(text: string): string {
  return foldKana(foldWidthAndCase(text))
}

/** A character with the marks that belong to it: ｶﾞ, é written as e + ́. Folded as one. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: a character and its marks are exactly what this matches.
const CLUSTER = /[\s\S][\p{M}\uff9e\uff9f\u200d\ufe0f]*/gu
const folds = new Map<string, string>()
/** Characters whose folding never merges or splits: ASCII, CJK punctuation, kana (not voicing marks), ideographs, full-width ASCII. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: all of ASCII, control characters included, folds one to one.
const ONE_TO_ONE = /^[\u0000-\u007f\u3000-\u303f\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\uff01-\uff5e]*$/

export interface FoldedText {
  folded: string
  /** Where in the original text the folded unit at `i` starts, and where it ends. */
  startOf(i: number): number
  endOf(i: number): number
}

/** The folded text, mapped back to the original, so a match found in folded text can be marked in the original. */
export function foldWithOffsets(text: string): FoldedText {
  if (ONE_TO_ONE.test(text)) {
    // The usual case: one unit folds to one unit, and offsets stay as they are.
    const folded = fold(text)
    if (folded.length === text.length) return { folded, startOf: (i) => i, endOf: (i) => i + 1 }
  }
  let folded = ''
  const start: number[] = []
  const end: number[] = []
  for (const { 0: cluster, index } of text.matchAll(CLUSTER)) {
    let piece = folds.get(cluster)
    if (piece === undefined) {
      piece = fold(cluster)
      if (folds.size > 20_000) folds.clear() // bounded: hostile input cannot grow it forever
      folds.set(cluster, piece)
    }
    folded += piece
    for (let i = 0; i < piece.length; i++) {
      start.push(index)
      end.push(index + cluster.length)
    }
  }
  return { folded, startOf: (i) => start[i], endOf: (i) => end[i] }
}

import type { Carrier } from '../schema/carrier'
import type { SearchSynonyms, SynonymGroup } from '../schema/synonyms'
import { fold } from './fold'

/**
 * The phrases a query is read for: synonym groups (which may name a task or a method), carrier names and
 * aliases from the registry, and country names from ICU (so 菲律宾, フィリピン and Philippines need no list).
 */
export type Meaning = { group: number } | { carrier: string } | { country: string }

export interface Entry {
  phrase: string
  meanings: Meaning[]
}

export interface Lexicon {
  /** Entries by first character, longest first, for a left-to-right longest-match scan. */
  byFirst: Map<string, Entry[]>
  /** Single Latin words of 4+ letters, for catching typos (docmo, softbnak). */
  latinWords: Entry[]
  groups: SynonymGroup[]
  stopwords: Set<string>
}

/** Country names as travellers write them: Simplified and Traditional Chinese, English, Japanese. */
const COUNTRY_NAMES = ['zh-Hans', 'zh-Hant', 'en', 'ja'].map(
  (language) => new Intl.DisplayNames([language], { type: 'region' }),
)

export function buildLexicon(
  synonyms: SearchSynonyms,
  carriers: Array<Pick<Carrier, 'id' | 'name' | 'aliases' | 'country'>>,
): Lexicon {
  const entries = new Map<string, Entry>()
  const add = (phrase: string, meaning: Meaning) => {
    const key = phraseKey(phrase)
    if (!key) return
    const entry = entries.get(key) ?? { phrase: key, meanings: [] }
    entry.meanings.push(meaning)
    entries.set(key, entry)
  }
  const groups = synonyms.groups.map((group) => ({ ...group, terms: group.terms.map(phraseKey) }))
  groups.forEach((group, index) => {
    for (const term of group.terms) add(term, { group: index })
  })
  for (const carrier of carriers) {
    for (const name of [carrier.id, carrier.name.zh, carrier.name.en, ...carrier.aliases]) {
      // "au（KDDI）" and "SoftBank（软银）" are also "au", "kddi", "softbank" and "软银".
      for (const part of [name, ...fold(name).split(/[()/]/)]) add(part, { carrier: carrier.id })
    }
    if (carrier.country !== 'global') {
      for (const names of COUNTRY_NAMES) {
        const name = names.of(carrier.country)
        if (name && name !== carrier.country) add(name, { country: carrier.country })
      }
    }
  }
  const byFirst = new Map<string, Entry[]>()
  for (const entry of entries.values()) {
    const first = entry.phrase[0]
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry])
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length)
  const latinWords = [...entries.values()].filter((entry) => /^[a-z][a-z0-9]{3,}$/.test(entry.phrase))
  return { byFirst, latinWords, groups, stopwords: new Set(synonyms.stopwords.map(fold)) }
}

/** How phrases are compared: folded, with top-up = top up and runs of spaces as one. */
export function phraseKey(text: string): string {
  return fold(text)
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface PhraseMatch {
  entry: Entry
  start: number
  end: number
  /** The word as typed, when it matched only as a likely typo of entry.phrase. */
  typo?: string
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u

/**
 * Longest phrases first, left to right, without overlaps. Latin phrases only match whole words.
 * `isKnown` says a word occurs in the guides: such a word is never read as a typo of another.
 */
export function matchPhrases(
  folded: string,
  lexicon: Lexicon,
  isKnown: (word: string) => boolean = () => false,
): PhraseMatch[] {
  const matches: PhraseMatch[] = []
  let at = 0
  while (at < folded.length) {
    const found = lexicon.byFirst
      .get(folded[at])
      ?.find((entry) => folded.startsWith(entry.phrase, at) && isWhole(folded, at, at + entry.phrase.length))
    if (found) {
      matches.push({ entry: found, start: at, end: at + found.phrase.length })
      at += found.phrase.length
    } else {
      at++
    }
  }
  return [...matches, ...typoMatches(folded, lexicon, matches, isKnown)]
}

function isWhole(text: string, start: number, end: number): boolean {
  const before = LATIN_OR_DIGIT.test(text[start]) && start > 0 && LATIN_OR_DIGIT.test(text[start - 1])
  const after = LATIN_OR_DIGIT.test(text[end - 1]) && end < text.length && LATIN_OR_DIGIT.test(text[end])
  return !before && !after
}

/** Latin words no phrase covered, matched to a lexicon word one typo away (two for long words). */
function typoMatches(
  folded: string,
  lexicon: Lexicon,
  covered: PhraseMatch[],
  isKnown: (word: string) => boolean,
): PhraseMatch[] {
  const found: PhraseMatch[] = []
  for (const word of folded.matchAll(/[a-z][a-z0-9]{3,}/g)) {
    const start = word.index
    if (covered.some((match) => start < match.end && start + word[0].length > match.start) || isKnown(word[0])) continue
    const limit = word[0].length >= 8 ? 2 : 1
    let best: Entry | undefined
    let bestDistance = limit + 1
    for (const entry of lexicon.latinWords) {
      if (Math.abs(entry.phrase.length - word[0].length) > limit) continue
      const distance = typoDistance(word[0], entry.phrase, limit)
      if (distance < bestDistance) [best, bestDistance] = [entry, distance]
    }
    if (best) found.push({ entry: best, start, end: start + word[0].length, typo: word[0] })
  }
  return found
}

/** Edit distance counting a swap of neighbours as one typo (smrat → smart), cut off above `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2][j - 2] + 1)
      row.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    rows.push(row)
  }
  return rows[a.length][b.length]
}

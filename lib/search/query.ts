import type { MethodKind } from '../schema/method'
import type { Task } from '../schema/task'
import type SearchableMap from 'minisearch/SearchableMap'
import { matchPhrases, phraseKey, type Entry, type Lexicon } from './lexicon'
import { MAX_QUERY_LENGTH } from './limits'
import { tokenize, type Token } from './tokenize'

/** Synonyms widen a query; this many extra terms at most keeps every query fast. */
const MAX_EXPANSION_TERMS = 24
const EXPANSION_WEIGHT = 0.3

export interface QueryTerm {
  term: string
  weight: number
  /** The word still being typed: also match words it starts. */
  prefix: boolean
  /** From a synonym, not typed by the traveller. */
  expansion: boolean
}

export interface ParsedQuery {
  /** The query as searched for: cleaned and cut to MAX_QUERY_LENGTH characters. */
  text: string
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  shortened: boolean
  terms: QueryTerm[]
  carriers: string[]
  countries: string[]
  tasks: Task[]
  methods: MethodKind[]
  /** The synonym groups (by number) that name pages: `pages:` in content/search-synonyms.yaml. */
  pageGroups: number[]
  /** Typos read as a known word: [as typed, as read]. */
  corrections: Array<[string, string]>
  /** Synonym phrases searched for too (folded): highlighted where they occur whole. */
  synonyms: string[]
}

/** Control and bidi-override characters out, lone surrogates made well-formed, spaces collapsed, length capped. */
export function cleanQuery(raw: string): { text: string; shortened: boolean } {
  // Cut before cleaning too: a 10,000-character query must not cost 10,000 characters of work.
  const clean = raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .toWellFormed()
    .replace(/[\p{Cc}\u200b\u202a-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const characters = Array.from(clean)
  return {
    text: characters.slice(0, MAX_QUERY_LENGTH).join('').trim(),
    shortened: characters.length > MAX_QUERY_LENGTH,
  }
}

export interface ParseOptions {
  /** Latin words that occur in the guides: never read as typos, and what typos are corrected to. */
  words?: SearchableMap<true>
  /** Synonyms in the guides' own script are tried first (Han for zh, Latin for en). */
  preferScript?: RegExp
}

export function parseQuery(raw: string, lexicon: Lexicon, { words, preferScript }: ParseOptions = {}): ParsedQuery {
  const { text, shortened } = cleanQuery(raw)
  const tokens = tokenize(text, { stopwords: lexicon.stopwords })
  const last = tokens.at(-1)
  const stillTyping = last?.kind === 'word' && /[\p{Script=Latin}\p{N}]$/u.test(text) ? last : undefined

  // A word the guides do not contain may be a typo of one they do (gigalfe → gigalife, remainig → remaining).
  const typos = new Map<string, Array<[string, number]>>()
  for (const token of tokens) {
    if (words && token.kind === 'word' && /^\p{L}{5,}$/u.test(token.term) && !words.has(token.term)) {
      const found = nearest(words, token.term)
      if (found.length) typos.set(token.term, found)
    }
  }
  let phrases = phraseKey(text)
  for (const [typo, [[word]]] of typos)
    phrases = phrases.replace(new RegExp(`(?<![\\p{L}\\p{N}])${typo}(?![\\p{L}\\p{N}])`, 'gu'), word)

  const intent = readIntent(phrases, lexicon, (word) => words?.has(word) ?? false)
  const corrections: Array<[string, string]> = [
    ...[...typos].map(([typo, [[word]]]): [string, string] => [typo, word]),
    ...intent.corrections,
  ]

  const terms = new Map<string, QueryTerm>()
  const add = (term: string, weight: number, expansion = false, prefix = false) => {
    if (!terms.has(term)) terms.set(term, { term, weight, prefix, expansion })
  }
  for (const token of tokens) {
    add(token.term, token.kind === 'code' ? 2 : token.weight, false, token === stillTyping && token.term.length >= 2)
    for (const [word, distance] of typos.get(token.term) ?? []) add(word, distance === 1 ? 0.7 : 0.5)
  }
  for (const [, word] of intent.corrections) add(word, 1)
  let budget = MAX_EXPANSION_TERMS
  const synonyms: string[] = []
  for (const phrase of orderExpansions(intent.expansions, preferScript)) {
    const extra = phraseTokens(lexicon, phrase).filter((token) => !terms.has(token.term))
    if (extra.length > budget) continue
    for (const token of extra) add(token.term, EXPANSION_WEIGHT * token.weight, true)
    budget -= extra.length
    synonyms.push(phrase)
  }
  const { carriers, countries, tasks, methods, pageGroups } = intent
  return {
    text,
    shortened,
    terms: [...terms.values()],
    carriers,
    countries,
    tasks,
    methods,
    pageGroups,
    corrections,
    synonyms,
  }
}

/** The carriers, countries, tasks, methods and pages a query names, and the synonyms of what it says. */
function readIntent(phrases: string, lexicon: Lexicon, isKnown: (word: string) => boolean) {
  const carriers = new Set<string>()
  const countries = new Set<string>()
  const tasks = new Set<Task>()
  const methods = new Set<MethodKind>()
  const pageGroups = new Set<number>()
  const expansions = new Set<string>()
  const corrections: Array<[string, string]> = []
  const read = (entry: Entry) => {
    for (const meaning of entry.meanings) {
      if ('carrier' in meaning) carriers.add(meaning.carrier)
      else if ('country' in meaning) countries.add(meaning.country)
      else {
        const group = lexicon.groups[meaning.group]
        if (group.task) tasks.add(group.task)
        if (group.method) methods.add(group.method)
        if (group.pages) pageGroups.add(meaning.group)
        for (const term of group.terms) if (term !== entry.phrase) expansions.add(term)
      }
    }
  }
  for (const match of matchPhrases(phrases, lexicon, isKnown)) {
    read(match.entry)
    if (match.typo) corrections.push([match.typo, match.entry.phrase])
  }
  // A synonym may itself name a place or carrier (菲国 → 菲律宾 → the Philippines).
  for (const phrase of expansions) {
    for (const meaning of lexicon.byFirst.get(phrase[0])?.find((entry) => entry.phrase === phrase)?.meanings ?? []) {
      if ('carrier' in meaning) carriers.add(meaning.carrier)
      if ('country' in meaning) countries.add(meaning.country)
    }
  }
  return {
    carriers: [...carriers],
    countries: [...countries],
    tasks: [...tasks],
    methods: [...methods],
    pageGroups: [...pageGroups],
    expansions,
    corrections,
  }
}

/** Short synonyms in the guides' script first: they are the ones the text can contain. */
function orderExpansions(expansions: Set<string>, preferScript?: RegExp): string[] {
  const rank = (phrase: string) => (preferScript && !preferScript.test(phrase) ? 100 : 0) + phrase.length
  return [...expansions].sort((a, b) => rank(a) - rank(b))
}

const phraseCache = new WeakMap<Lexicon, Map<string, Token[]>>()

/** A synonym's tokens, worked out once per lexicon: the same few hundred phrases come up in every query. */
function phraseTokens(lexicon: Lexicon, phrase: string): Token[] {
  let cache = phraseCache.get(lexicon)
  if (!cache) phraseCache.set(lexicon, (cache = new Map()))
  let tokens = cache.get(phrase)
  if (!tokens) cache.set(phrase, (tokens = tokenize(phrase, { stopwords: lexicon.stopwords })))
  return tokens
}

/** The three closest known words, one edit away (two for words of 8+ letters). */
function nearest(words: SearchableMap<true>, word: string): Array<[string, number]> {
  const found = [...words.fuzzyGet(word, word.length >= 8 ? 2 : 1)].map(
    ([candidate, [, distance]]): [string, number] => [candidate, distance],
  )
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3)
}

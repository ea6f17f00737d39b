import { METHODS, type MethodSection } from '../schema/method'
import { TASKS } from '../schema/task'
import { type IndexedPage, pageGroupBits, type SearchIndex } from './build-index'
import { hasTerm, scoreTerms, type WeightedTerm } from './engine'
import { fold } from './fold'
import { parseQuery, type ParsedQuery } from './query'

export interface SearchHit {
  page: IndexedPage
  /** What the query names that this guide is (see `intentTier`). */
  tier: number
  score: number
  /** What to highlight: the query's terms this guide contains, and the synonym phrases searched for. */
  terms: string[]
  /** The method to show inline: the one the query is about, else the guide's fastest (none on other pages). */
  method?: MethodSection
  methodMatched: boolean
  /** The page's body lines, folded (for this hit only: folding every guide per query would cost more). */
  foldedLines: string[]
}

export interface SearchOutcome {
  query: ParsedQuery
  total: number
  hits: SearchHit[]
}

const SCRIPT: Record<SearchIndex['locale'], RegExp> = {
  zh: /\p{Script=Han}/u,
  'zh-hant': /\p{Script=Han}/u,
  en: /^[\p{Script=Latin}\p{N}\s-]+$/u,
}
/** Completions of the word being typed: at most this many, each counting less than the word itself. */
const MAX_COMPLETIONS = 20
const COMPLETION_WEIGHT = 0.5

/**
 * Rank pages for a query. Only pages that contain a query word (or its synonym) are returned: no
 * "related" padding. Order: first by what the query names (the carrier × task guide first when both are
 * named), then by text relevance (BM25F; titles and method data weigh most), then by id for stable pages.
 */
export function search(index: SearchIndex, raw: string, { limit = 10, offset = 0 } = {}): SearchOutcome {
  const query = parseQuery(raw, index.lexicon, { words: index.words, preferScript: SCRIPT[index.locale] })
  const weighted: Array<WeightedTerm & { counts: boolean }> = []
  for (const term of query.terms) {
    weighted.push({ term: term.term, weight: term.weight, headOnly: term.expansion, counts: !term.expansion })
    if (!term.prefix) continue
    let completions = 0
    for (const word of index.words.atPrefix(term.term).keys()) {
      if (word === term.term) continue
      if (++completions > MAX_COMPLETIONS) break
      weighted.push({ term: word, weight: term.weight * COMPLETION_WEIGHT, counts: true })
    }
  }
  const typed = Math.max(1, query.terms.filter((term) => !term.expansion).length)
  const { docs, count, score, coverage } = scoreTerms(index.engine, weighted, index.scratch)

  // Keep only the best `offset + limit`, in order, in flat arrays: thousands of matches are normal at
  // 10,000 guides, and sorting (or allocating for) every one of them would cost more than the scoring.
  // Rank key: intent tier first, then relevance; equal keys keep content order (the document number).
  const wanted = offset + limit
  const topDocs: number[] = []
  const topKeys: number[] = []
  const tierOf = intentTiers(index, query)
  for (let i = 0; i < count; i++) {
    const doc = docs[i]
    // Guides that hold more of the words typed (not synonyms) come first among equals.
    const key =
      tierOf(doc) * TIER_STEP + Math.min(TIER_STEP - 1, score[doc] * (1 + Math.min(coverage[doc], typed) / typed))
    const length = topDocs.length
    if (length === wanted && !(key > topKeys[length - 1] || (key === topKeys[length - 1] && doc < topDocs[length - 1])))
      continue
    let at = length
    while (at > 0 && (key > topKeys[at - 1] || (key === topKeys[at - 1] && doc < topDocs[at - 1]))) at--
    topDocs.splice(at, 0, doc)
    topKeys.splice(at, 0, key)
    if (topDocs.length > wanted) {
      topDocs.pop()
      topKeys.pop()
    }
  }
  const top = topDocs.map((doc, i) => ({ doc, tier: tierOf(doc), score: topKeys[i] - tierOf(doc) * TIER_STEP }))
  const hits = top.slice(offset).map(({ doc, tier, score: value }) => {
    const page = index.pages[doc]
    // Synonyms are marked only where the whole phrase occurs: a stray bigram of one would look random.
    const typedTerms = weighted
      .filter((term) => term.counts && hasTerm(index.engine, term.term, doc))
      .map((term) => term.term)
    const foldedLines = foldLines(page.lines)
    return {
      page,
      tier,
      score: value,
      terms: [...typedTerms, ...query.synonyms],
      foldedLines,
      ...pickMethod(page, query, typedTerms, foldedLines),
    }
  })
  return { query, total: count, hits }
}

/**
 * Pages the words name lead the guides of the task the same words name (流量用完了 names both the out-of-data
 * pages and topping up): a page for everyone first (the topic), then each carrier's (its card). With a carrier
 * named, that carrier's guide for the task leads and its card follows (2 + 1 > 2 + 0.5).
 */
const PAGE_FOR_ALL = 1.25
const CARRIER_PAGE = 1.1
const CARRIER_PAGE_OF_NAMED = 0.5

/** A tier is worth more than any relevance score. */
const TIER_STEP = 1e9

/**
 * A page's tier, by what the query names: the carrier counts most (2), then the task or the page itself
 * (1 for a guide of the task; a page the words name, PAGE_FOR_ALL…), a method the guide offers (0.5); a
 * country (1) only when no carrier is named. Read from per-guide numbers, because
 * it runs for every match.
 */
export function intentTiers(index: SearchIndex, query: ParsedQuery): (doc: number) => number {
  const { facets } = index
  const carriers = query.carriers.map((id) => facets.carriers.indexOf(id)).filter((code) => code >= 0)
  const countries = query.carriers.length
    ? []
    : query.countries.map((id) => facets.countries.indexOf(id)).filter((code) => code >= 0)
  const tasks = query.tasks.map((task) => TASKS.indexOf(task))
  const methods = query.methods.reduce((mask, kind) => mask | (1 << METHODS.indexOf(kind)), 0)
  const bits = pageGroupBits(index.lexicon.groups)
  const pages = query.pageGroups.reduce((mask, group) => mask | (1 << (bits.get(group) ?? 0)), 0)
  const general = facets.carriers.indexOf('')
  const namedPage = (doc: number) =>
    facets.carrier[doc] === general ? PAGE_FOR_ALL : carriers.length ? CARRIER_PAGE_OF_NAMED : CARRIER_PAGE
  if (!carriers.length && !countries.length && !tasks.length && !methods && !pages) return () => 0
  return (doc) =>
    (carriers.includes(facets.carrier[doc]) ? 2 : countries.includes(facets.country[doc]) ? 1 : 0) +
    (facets.pages[doc] & pages ? namedPage(doc) : tasks.includes(facets.task[doc]) ? 1 : 0) +
    (facets.methods[doc] & methods ? 0.5 : 0)
}

/**
 * The method the query names; else the one whose data (code, number, app name…) or steps hold the words
 * typed that are not the guide's topic (*133#, 1510, pasaload); else the fastest, marked as such.
 */
function pickMethod(
  guide: IndexedPage,
  query: ParsedQuery,
  typedTerms: string[],
  foldedLines: string[],
): { method?: MethodSection; methodMatched: boolean } {
  if (!guide.methods.length) return { methodMatched: false }
  const named = guide.methods.find((section) => query.methods.includes(section.kind))
  if (named) return { method: named, methodMatched: true }
  const telling = typedTerms.filter((term) => !guide.folded.title.includes(term))
  let best: MethodSection | undefined
  let bestCount = 0
  for (const section of guide.methods) {
    const data = guide.folded.methodData[section.kind] ?? ''
    const steps = foldedLines.filter((_, line) => guide.lineMethods[line] === section.kind).join('\n')
    const count = telling.reduce((sum, term) => sum + (data.includes(term) ? 2 : steps.includes(term) ? 1 : 0), 0)
    if (count > bestCount) [best, bestCount] = [section, count]
  }
  return best ? { method: best, methodMatched: true } : { method: guide.methods[0], methodMatched: false }
}

/** One fold for all lines: NFKC never adds or removes a line break, so the lines still line up. */
function foldLines(lines: string[]): string[] {
  const folded = fold(lines.join('\n')).split('\n')
  return folded.length === lines.length ? folded : lines.map(fold)
}

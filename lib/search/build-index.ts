import SearchableMap from 'minisearch/SearchableMap'
import type { Locale } from '../i18n/locales'
import type { Content } from '../schema/content'
import { METHODS, type MethodKind } from '../schema/method'
import type { SearchSynonyms, SynonymGroup } from '../schema/synonyms'
import { TASKS } from '../schema/task'
import { pageMatches, type SearchDocument, searchDocuments } from './documents'
import { newScratch, type EngineIndex, type Scores } from './engine'
import { IndexBuilder } from './engine-builder'
import { fold } from './fold'
import { buildLexicon, type Lexicon } from './lexicon'
import { tokenize } from './tokenize'
import { methodData } from './guide-text'

/** What a result needs, kept beside the index (the index itself stores no text). */
export interface IndexedPage extends SearchDocument {
  /** Folded once at build time: the title, and each method's data (to find the method a query is about). */
  folded: { title: string; methodData: Partial<Record<MethodKind, string>> }
}

export interface SearchIndex {
  locale: Locale
  engine: EngineIndex
  /** Pages by document number. */
  pages: IndexedPage[]
  lexicon: Lexicon
  /**
   * Latin words that occur in the pages, in a radix tree (MiniSearch's SearchableMap): completes the word
   * being typed (doc → docomo) and corrects typos to a word the guides contain (gigalfe → gigalife).
   * Kept apart from the CJK bigrams, which would make typo search slow.
   */
  words: SearchableMap<true>
  /** Per page, as numbers: what ranking by intent reads for every match of every query. */
  facets: Facets
  scratch: Scores
}

export interface Facets {
  carriers: string[]
  countries: string[]
  carrier: Int32Array
  country: Int32Array
  task: Int32Array
  /** Bit i set: the guide has METHODS[i]. */
  methods: Int32Array
  /** Bit i set: the i-th synonym group with `pages:` names the page (see `pageGroupBits`). */
  pages: Int32Array
}

/**
 * Field weights: titles and method data (codes, numbers, app and site names) count most. Body last.
 * `about` holds the words that name the page's task, or the page itself, from the search vocabulary.
 */
export const FIELDS = [
  ['title', 5],
  ['methods', 3],
  ['carrier', 3],
  ['about', 2],
  ['summary', 2],
  ['body', 1],
] as const

export interface IndexInput {
  locale: Locale
  content: Content
  synonyms: SearchSynonyms
}

export function buildSearchIndex({ locale, content, synonyms }: IndexInput): SearchIndex {
  const words = new SearchableMap<true>()
  const terms = (text: string) =>
    tokenize(text, { index: true }).map((token) => {
      if (token.kind === 'word' && /^\p{L}/u.test(token.term)) words.set(token.term, true)
      return token.term
    })
  const builder = new IndexBuilder(FIELDS.map(([, weight]) => weight))
  const pages: IndexedPage[] = []
  for (const { doc, text } of searchDocuments(content, locale, synonyms.groups)) {
    builder.add(FIELDS.map(([field]) => terms(text[field])))
    pages.push({ ...doc, folded: foldedOf(doc) })
  }
  const engine = builder.finish()
  return {
    locale,
    engine,
    pages,
    lexicon: buildLexicon(synonyms, content.carriers),
    words,
    facets: facetsOf(pages, synonyms.groups),
    scratch: newScratch(engine.docCount),
  }
}

function foldedOf(doc: SearchDocument): IndexedPage['folded'] {
  const data = doc.methods.map((section) => [section.kind, fold(methodData(section))])
  return { title: fold(doc.title), methodData: Object.fromEntries(data) }
}

/** The synonym groups that name pages, each with its bit in `Facets.pages` (by group number). */
export function pageGroupBits(groups: SynonymGroup[]): Map<number, number> {
  const bits = new Map<number, number>()
  groups.forEach((group, index) => {
    if (group.pages) bits.set(index, bits.size)
  })
  if (bits.size > 31) throw new Error('search vocabulary: at most 31 groups may name pages')
  return bits
}

export function facetsOf(pages: IndexedPage[], groups: SynonymGroup[]): Facets {
  const code = (values: string[]) => {
    const codes = new Map<string, number>()
    for (const value of values) if (!codes.has(value)) codes.set(value, codes.size)
    return { list: [...codes.keys()], codes: Int32Array.from(values, (value) => codes.get(value)!) }
  }
  const carriers = code(pages.map((page) => page.carrier ?? ''))
  const countries = code(pages.map((page) => page.country ?? ''))
  const bits = [...pageGroupBits(groups)].map(([group, bit]) => ({ patterns: groups[group].pages ?? [], bit }))
  return {
    carriers: carriers.list,
    countries: countries.list,
    carrier: carriers.codes,
    country: countries.codes,
    task: Int32Array.from(pages, (page) => (page.task ? TASKS.indexOf(page.task) : -1)),
    methods: Int32Array.from(pages, (page) =>
      page.methods.reduce((mask, section) => mask | (1 << METHODS.indexOf(section.kind)), 0),
    ),
    pages: Int32Array.from(pages, (page) =>
      bits.reduce(
        (mask, { patterns, bit }) =>
          patterns.some((pattern) => pageMatches(pattern, page.id)) ? mask | (1 << bit) : mask,
        0,
      ),
    ),
  }
}

import SearchableMap from 'minisearch/SearchableMap'
import type { Locale } from '../i18n/locales'
import type { Carrier } from '../schema/carrier'
import type { Guide } from '../schema/content'
import { METHODS, type MethodKind, type MethodSection } from '../schema/method'
import type { SearchSynonyms } from '../schema/synonyms'
import { TASKS, type Task } from '../schema/task'
import { newScratch, type EngineIndex, type Scores } from './engine'
import { IndexBuilder } from './engine-builder'
import { fold } from './fold'
import { linesOf, methodData } from './guide-text'
import { buildLexicon, type Lexicon } from './lexicon'
import { tokenize } from './tokenize'

/** What a result needs, kept beside the index (the index itself stores no text). */
export interface IndexedGuide {
  id: string
  carrier: string
  /** The carrier's name in the index's language. */
  carrierName: string
  country: string
  task: Task
  title: string
  summary: string
  methods: MethodSection[]
  /** The body, a paragraph or step per line, and the method each line belongs to (null: outside any). */
  lines: string[]
  lineMethods: Array<MethodKind | null>
  /** Folded once at build time: the title, and each method's data (to find the method a query is about). */
  folded: { title: string; methodData: Partial<Record<MethodKind, string>> }
}

export interface SearchIndex {
  locale: Locale
  engine: EngineIndex
  /** Guides by document number. */
  guides: IndexedGuide[]
  lexicon: Lexicon
  /**
   * Latin words that occur in the guides, in a radix tree (MiniSearch's SearchableMap): completes the word
   * being typed (doc → docomo) and corrects typos to a word the guides contain (gigalfe → gigalife).
   * Kept apart from the CJK bigrams, which would make typo search slow.
   */
  words: SearchableMap<true>
  /** Per guide, as numbers: what ranking by intent reads for every match of every query. */
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
}

/** Field weights: titles and method data (codes, numbers, app and site names) count most. Body last. */
export const FIELDS = [
  ['title', 5],
  ['methods', 3],
  ['carrier', 3],
  ['task', 2],
  ['summary', 2],
  ['body', 1],
] as const

export interface IndexInput {
  locale: Locale
  guides: Guide[]
  carriers: Carrier[]
  synonyms: SearchSynonyms
  /** The task's name in every UI language ("查剩余流量", "Check data left"). */
  taskNames: Record<Task, string[]>
}

export function buildSearchIndex({ locale, guides, carriers, synonyms, taskNames }: IndexInput): SearchIndex {
  const words = new SearchableMap<true>()
  const terms = (text: string) =>
    tokenize(text, { index: true }).map((token) => {
      if (token.kind === 'word' && /^\p{L}/u.test(token.term)) words.set(token.term, true)
      return token.term
    })
  const builder = new IndexBuilder(FIELDS.map(([, weight]) => weight))
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]))
  const indexed: IndexedGuide[] = []
  for (const guide of guides.filter((candidate) => candidate.locale === locale)) {
    const carrier = byId.get(guide.carrier)
    const data = Object.fromEntries(guide.methods.map((section) => [section.kind, methodData(section)]))
    const text: Record<(typeof FIELDS)[number][0], string> = {
      title: guide.title,
      methods: Object.values(data).join('\n'),
      // The carrier's contact numbers too: a traveller who types 0120-800-000 finds that carrier's guides.
      carrier: carrier
        ? [
            carrier.id,
            carrier.name.zh,
            carrier.name.en,
            ...carrier.aliases,
            ...carrier.hotlines.flatMap((line) => [line.number, line.international ?? '']),
          ].join('\n')
        : guide.carrier,
      task: taskNames[guide.task].join('\n'),
      summary: guide.summary,
      body: [guide.body.text.prose, ...Object.values(guide.body.text.methods)].join('\n'),
    }
    builder.add(FIELDS.map(([field]) => terms(text[field])))
    indexed.push({
      id: `${guide.carrier}/${guide.task}`,
      carrier: guide.carrier,
      carrierName: carrier?.name[locale] ?? guide.carrier,
      country: carrier?.country ?? '',
      task: guide.task,
      title: guide.title,
      summary: guide.summary,
      methods: guide.methods,
      ...linesOf(guide),
      folded: {
        title: fold(guide.title),
        methodData: Object.fromEntries(Object.entries(data).map(([kind, value]) => [kind, fold(value)])),
      },
    })
  }
  const engine = builder.finish()
  return {
    locale,
    engine,
    guides: indexed,
    lexicon: buildLexicon(synonyms, carriers),
    words,
    facets: facetsOf(indexed),
    scratch: newScratch(engine.docCount),
  }
}

export function facetsOf(guides: IndexedGuide[]): Facets {
  const code = (values: string[]) => {
    const codes = new Map<string, number>()
    for (const value of values) if (!codes.has(value)) codes.set(value, codes.size)
    return { list: [...codes.keys()], codes: Int32Array.from(values, (value) => codes.get(value)!) }
  }
  const carriers = code(guides.map((guide) => guide.carrier))
  const countries = code(guides.map((guide) => guide.country))
  return {
    carriers: carriers.list,
    countries: countries.list,
    carrier: carriers.codes,
    country: countries.codes,
    task: Int32Array.from(guides, (guide) => TASKS.indexOf(guide.task)),
    methods: Int32Array.from(guides, (guide) =>
      guide.methods.reduce((mask, section) => mask | (1 << METHODS.indexOf(section.kind)), 0),
    ),
  }
}

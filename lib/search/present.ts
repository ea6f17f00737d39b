import type { PageRoute } from '../page-list'
import { routes } from '../routes'
import type { MethodSection } from '../schema/method'
import type { Task } from '../schema/task'
import type { SearchIndex } from './build-index'
import { fold } from './fold'
import { highlight } from './highlight'
import type { SearchHit, SearchOutcome } from './search'

/** One result as the page and the JSON route both show it: plain data, safe to serialize. */
export interface ResultView {
  id: string
  /** What kind of page this is (guide, topic, card, carrier hub): results say so. */
  kind: PageRoute
  href: string
  /** Highlighted text: odd indexes are matches. */
  title: string[]
  snippet: string[]
  /** The carrier's name, on pages about one carrier. */
  carrier?: string
  task?: Task
  /** A guide's action: the method the query is about, or its fastest. Other pages have none. */
  method?: MethodSection
  methodHref?: string
  /** false when no method matched the query and `method` is just the guide's fastest. */
  methodMatched: boolean
}

export interface SearchView {
  query: string
  /** The query was cut to MAX_QUERY_LENGTH characters. */
  shortened: boolean
  total: number
  offset: number
  results: ResultView[]
  corrections: Array<[string, string]>
  /** Searches to try when there is no query or no result: a carrier and a task, or a code, from the content. */
  suggestions: string[]
}

export function presentSearch(index: SearchIndex, outcome: SearchOutcome, offset = 0): SearchView {
  return {
    query: outcome.query.text,
    shortened: outcome.query.shortened,
    total: outcome.total,
    offset,
    results: outcome.hits.map((hit) => presentHit(index, hit)),
    corrections: outcome.query.corrections,
    suggestions: outcome.total ? [] : suggestions(index),
  }
}

const SUGGESTED_CARRIERS = 6

/** One search per carrier (the title of its first guide), and one code, all taken from the guides. */
function suggestions(index: SearchIndex): string[] {
  const carriers = new Map<string, string>()
  for (const page of index.pages) {
    if (carriers.size >= SUGGESTED_CARRIERS) break
    if (page.kind === 'guide' && page.carrier && !carriers.has(page.carrier)) carriers.set(page.carrier, page.title)
  }
  const code = index.pages.flatMap((page) => page.methods).find((section) => section.kind === 'ussd')
  return [...carriers.values(), ...(code?.kind === 'ussd' ? [code.code] : [])]
}

function presentHit(index: SearchIndex, hit: SearchHit): ResultView {
  const { page, method } = hit
  return {
    id: page.id,
    kind: page.kind,
    href: page.href,
    title: highlight(page.title, hit.terms),
    snippet: highlight(snippet(hit), hit.terms),
    carrier: page.carrierName,
    task: page.task,
    method,
    methodHref:
      method && page.carrier && page.task
        ? routes.guideMethod(index.locale, page.carrier, page.task, method.kind)
        : undefined,
    methodMatched: hit.methodMatched,
  }
}

const SNIPPET_LENGTH = 140

/** The summary, unless a line of the body holds more of the matched words (PASADATA, 1510…). */
function snippet(hit: SearchHit): string {
  const { page: guide, terms, foldedLines } = hit
  const count = (folded: string) => terms.reduce((found, term) => found + (folded.includes(term) ? 1 : 0), 0)
  let best = guide.summary
  let bestCount = count(fold(guide.summary))
  for (let line = 0; line < foldedLines.length && bestCount < terms.length; line++) {
    const found = count(foldedLines[line])
    if (found > bestCount) [best, bestCount] = [guide.lines[line], found]
  }
  return shorten(best, terms)
}

/** Long sentences are cut around their first match, with an ellipsis where text was left out. */
function shorten(text: string, terms: string[]): string {
  const chars = Array.from(text)
  if (chars.length <= SNIPPET_LENGTH) return text
  const folded = fold(text)
  const first = Math.min(...terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0), folded.length)
  const from = Math.max(0, Math.min(Array.from(text.slice(0, first)).length - 30, chars.length - SNIPPET_LENGTH))
  return `${from > 0 ? '…' : ''}${chars.slice(from, from + SNIPPET_LENGTH).join('')}${from + SNIPPET_LENGTH < chars.length ? '…' : ''}`
}

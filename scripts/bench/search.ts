import { gzipSync } from 'node:zlib'
import { LOCALES } from '../../lib/i18n/locales'
import { loadContent } from '../../lib/pipeline/load-content'
import { loadSynonyms } from '../../lib/pipeline/load-synonyms'
import type { Locale } from '../../lib/i18n/locale-codes'
import type { Carrier } from '../../lib/schema/carrier'
import type { Guide, Topic } from '../../lib/schema/content'
import { buildSearchIndex, type SearchIndex } from '../../lib/search/build-index'
import { presentSearch } from '../../lib/search/present'
import { deserializeIndex, serializeIndex } from '../../lib/search/serialize'
import { search } from '../../lib/search/search'
import { RELEVANCE_CASES, rankOf } from '../../tests/relevance/queries'
import { syntheticCatalogue } from './synthetic-guides'

const SYNTHETIC_GUIDES = 10_000
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20)

/**
 * Query time (parsing, ranking and the first page of results, highlighted: what a request costs), index
 * build time, the size of the index file the build writes and the time to read it back; for the real
 * content per locale and for 10,000 made-up Chinese guides (scripts/bench/synthetic-guides.ts).
 */
export async function benchSearch(root: string) {
  const { content } = await loadContent({ root })
  const synonyms = await loadSynonyms({ root })
  const build = (locale: Locale, guides: Guide[], carriers: Carrier[], topics: Topic[]) => {
    const started = performance.now()
    const index = buildSearchIndex({
      locale,
      content: { guides, carriers, topics, identify: content.identify },
      synonyms,
    })
    const buildMs = performance.now() - started
    // The file `npm run build` writes, and how long the server takes to read it back.
    const file = serializeIndex(index, { carriers, synonyms, buildId: 'bench' })
    const loading = performance.now()
    deserializeIndex(file, 'bench')
    return {
      index,
      buildMs,
      fileBytes: file.length,
      gzipBytes: gzipSync(file).length,
      loadMs: performance.now() - loading,
    }
  }

  const rows = []
  for (const locale of LOCALES) {
    const { index, ...sizes } = build(locale, content.guides, content.carriers, content.topics)
    const cases = RELEVANCE_CASES.filter((item) => item.locale === locale)
    rows.push({
      name: `real ${locale}`,
      ...sizes,
      ...measure(
        index,
        cases.map((item) => item.query),
      ),
      ...relevance(index, cases),
    })
  }
  const synthetic = syntheticCatalogue(content, SYNTHETIC_GUIDES)
  const guides = [...content.guides.filter((guide) => guide.locale === 'zh'), ...synthetic.guides].slice(
    0,
    SYNTHETIC_GUIDES,
  )
  const { index, ...sizes } = build('zh', guides, [...content.carriers, ...synthetic.carriers], content.topics)
  const cases = RELEVANCE_CASES // every query, zh and en, against the big Chinese index
  rows.push({
    name: `synthetic zh (${guides.length} guides)`,
    ...sizes,
    ...measure(
      index,
      cases.map((item) => item.query),
    ),
    ...relevance(
      index,
      cases.filter((item) => item.locale === 'zh'),
    ),
  })

  console.table(
    rows.map((row) => ({
      index: row.name,
      pages: row.pages,
      terms: row.terms,
      'build ms': row.buildMs.toFixed(0),
      'file KB': (row.fileBytes / 1024).toFixed(1),
      'gzip KB': (row.gzipBytes / 1024).toFixed(1),
      'load ms': row.loadMs.toFixed(0),
      queries: row.queries,
      'median ms': row.medianMs.toFixed(2),
      'p95 ms': row.p95Ms.toFixed(2),
      'max ms': row.maxMs.toFixed(1),
      'cpu median ms': row.cpuMedianMs.toFixed(2),
      'cpu p95 ms': row.cpuP95Ms.toFixed(2),
      'relevance pass': `${row.relevancePassed}/${row.relevanceCases}`,
    })),
  )
  return rows
}

function measure(index: SearchIndex, queries: string[]) {
  const run = (query: string) => presentSearch(index, search(index, query, { limit: 10 }))
  // Warm up first (JIT, lazy ICU data, the garbage left by loading the content), as a server process would be.
  for (let pass = 0; pass < 5; pass++) for (const query of queries) run(query)
  // Wall time and CPU time per query: the machine is shared, and CPU time leaves out the time this
  // process waited for a core (but keeps garbage collection), so it is the steadier figure.
  const wall: number[] = []
  const cpu: number[] = []
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const query of queries) {
      const started = performance.now()
      const usage = process.cpuUsage()
      run(query)
      const used = process.cpuUsage(usage)
      wall.push(performance.now() - started)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return {
    pages: index.pages.length,
    terms: index.engine.all.terms.size,
    queries: queries.length,
    samples: wall.length,
    medianMs: quantile(wall, 0.5),
    p95Ms: quantile(wall, 0.95),
    maxMs: wall[wall.length - 1],
    cpuMedianMs: quantile(cpu, 0.5),
    cpuP95Ms: quantile(cpu, 0.95),
  }
}

/** The relevance set (tests/relevance) against this index: how many still rank as required. */
function relevance(index: SearchIndex, cases: typeof RELEVANCE_CASES) {
  const passed = cases.filter((item) => {
    const ranked = search(index, item.query, { limit: item.within }).hits.map((hit) => hit.page.id)
    return rankOf(ranked, item.expect) > 0
  }).length
  return { relevancePassed: passed, relevanceCases: cases.length }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

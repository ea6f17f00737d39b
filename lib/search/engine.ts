/**
 * A small BM25F inverted index over typed arrays. MiniSearch (first tried) keeps a Map and result objects
 * per posting; at 10,000 guides a common term like 流量 touched ~10^5 of them per query and took 100+ ms.
 * Here all postings sit in two flat arrays (documents, field-weighted term frequency), a term is a range
 * of them, scores add up in one Float64Array, and a query over 10,000 guides takes a few milliseconds.
 * Flat arrays also make the index file a handful of raw arrays, read back without parsing.
 *
 * BM25F (Robertson & Zaragoza 2009): per document, tf~ = Σ_field weight · tf / (1 − b + b · len/avgLen)
 * (worked out once, at build time: engine-builder.ts); score = Σ_term idf · tf~ · (k1 + 1) / (tf~ + k1).
 */
const K1 = 1.2
/** BM25 length normalisation, used when the index is built. */
export const B = 0.7

/** Postings of many terms: term i owns docs/tf[offsets[i] .. offsets[i + 1]), sorted by document. */
export interface PostingSet {
  terms: Map<string, number>
  offsets: Int32Array
  docs: Int32Array
  tf: Float32Array
}

export interface EngineIndex {
  docCount: number
  /** Every field, weighted. */
  all: PostingSet
  /** Every field but the last (the long body): where synonyms are looked for. */
  head: PostingSet
}

/** A query term: what to look up, how much it counts, and whether to look in the head fields only. */
export interface WeightedTerm {
  term: string
  weight: number
  headOnly?: boolean
  /** Counts toward coverage (the share of typed words a guide holds). */
  counts?: boolean
}

export interface Scores {
  /** Documents that matched at least one term, in no particular order: the first `count` entries. */
  docs: Int32Array
  count: number
  score: Float64Array
  /** Per document, how many of the terms marked `counts` it holds. */
  coverage: Float64Array
}

/**
 * Add up BM25F scores. The arrays are scratch space reused by every query (searching is synchronous, so
 * one query at a time): allocating 10,000-entry arrays per query kept the garbage collector busy.
 */
export function scoreTerms(index: EngineIndex, terms: readonly WeightedTerm[], scratch: Scores): Scores {
  const { score, coverage, docs } = scratch
  for (let i = 0; i < scratch.count; i++) {
    score[docs[i]] = 0
    coverage[docs[i]] = 0
  }
  let count = 0
  for (const { term, weight, headOnly, counts } of terms) {
    const set = headOnly ? index.head : index.all
    const id = set.terms.get(term)
    if (id === undefined) continue
    const start = set.offsets[id]
    const end = set.offsets[id + 1]
    const idf = Math.log(1 + (index.docCount - (end - start) + 0.5) / (end - start + 0.5))
    for (let i = start; i < end; i++) {
      const doc = set.docs[i]
      const tf = set.tf[i]
      if (score[doc] === 0) docs[count++] = doc
      score[doc] += (weight * idf * tf * (K1 + 1)) / (tf + K1)
      if (counts) coverage[doc] += 1
    }
  }
  scratch.count = count
  return scratch
}

export function newScratch(docCount: number): Scores {
  return {
    docs: new Int32Array(docCount),
    count: 0,
    score: new Float64Array(docCount),
    coverage: new Float64Array(docCount),
  }
}

/** Whether a document contains a term (binary search in the term's sorted postings). */
export function hasTerm(index: EngineIndex, term: string, doc: number): boolean {
  const id = index.all.terms.get(term)
  if (id === undefined) return false
  let low = index.all.offsets[id]
  let high = index.all.offsets[id + 1] - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const found = index.all.docs[middle]
    if (found === doc) return true
    if (found < doc) low = middle + 1
    else high = middle - 1
  }
  return false
}

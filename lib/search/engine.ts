/**
 * A small BM25F inverted index over typed arrays. MiniSearch (first tried) keeps a Map and result objects
 * per posting; at 10,000 guides a common term like 流量 touched ~10^5 of them per query and took 100+ ms.
 * Here each term's postings are two typed arrays (documents, field-weighted term frequency), scores add up
 * in one Float64Array, and a query over 10,000 guides stays within a few milliseconds.
 *
 * BM25F (Robertson & Zaragoza 2009): per document, tf~ = Σ_field weight · tf / (1 − b + b · len/avgLen);
 * score = Σ_term idf · tf~ · (k1 + 1) / (tf~ + k1). Field lengths are known only once every document is
 * in, so raw per-field counts are packed (8 bits each) into one number per posting until `finish`.
 */
const K1 = 1.2
const B = 0.7
const MAX_COUNT = 255

export interface Postings {
  docs: Int32Array
  tf: Float32Array
}

export interface EngineIndex {
  docCount: number
  /** Every field, weighted. */
  all: Map<string, Postings>
  /** Every field but the last (the long body): where synonyms are looked for. */
  head: Map<string, Postings>
}

export class IndexBuilder {
  private readonly raw = new Map<string, { docs: number[]; packed: number[] }>()
  private readonly lengths: number[][]
  private docCount = 0

  constructor(private readonly weights: readonly number[]) {
    if (weights.length > 6) throw new Error('at most 6 fields fit in a packed posting')
    this.lengths = weights.map(() => [])
  }

  /** Add the next document (ids are 0, 1, 2… in order): one list of terms per field. */
  add(fields: readonly string[][]): number {
    const doc = this.docCount++
    const counts = new Map<string, number>()
    fields.forEach((terms, field) => {
      this.lengths[field][doc] = terms.length
      const shift = 2 ** (8 * field)
      const seen = new Map<string, number>()
      for (const term of terms) seen.set(term, Math.min(MAX_COUNT, (seen.get(term) ?? 0) + 1))
      for (const [term, count] of seen) counts.set(term, (counts.get(term) ?? 0) + count * shift)
    })
    for (const [term, packed] of counts) {
      let entry = this.raw.get(term)
      if (!entry) this.raw.set(term, (entry = { docs: [], packed: [] }))
      entry.docs.push(doc)
      entry.packed.push(packed)
    }
    return doc
  }

  finish(): EngineIndex {
    const fields = this.weights.length
    const average = this.lengths.map((lengths) => lengths.reduce((sum, length) => sum + (length ?? 0), 0) / Math.max(1, this.docCount) || 1)
    const all = new Map<string, Postings>()
    const head = new Map<string, Postings>()
    for (const [term, { docs, packed }] of this.raw) {
      const allTf = new Float32Array(docs.length)
      const headTf: number[] = []
      const headDocs: number[] = []
      docs.forEach((doc, i) => {
        let sum = 0
        let headSum = 0
        let rest = packed[i]
        for (let field = 0; field < fields; field++) {
          const count = rest % 256
          rest = Math.floor(rest / 256)
          if (!count) continue
          const value = (this.weights[field] * count) / (1 - B + (B * (this.lengths[field][doc] ?? 0)) / average[field])
          sum += value
          if (field < fields - 1) headSum += value
        }
        allTf[i] = sum
        if (headSum > 0) {
          headDocs.push(doc)
          headTf.push(headSum)
        }
      })
      all.set(term, { docs: Int32Array.from(docs), tf: allTf })
      if (headDocs.length) head.set(term, { docs: Int32Array.from(headDocs), tf: Float32Array.from(headTf) })
    }
    this.raw.clear()
    return { docCount: this.docCount, all, head }
  }
}

/** A query term: what to look up, how much it counts, and in which postings. */
export interface WeightedTerm {
  term: string
  weight: number
  headOnly?: boolean
}

export interface Scores {
  /** Documents that matched at least one term, in no particular order: the first `count` entries. */
  docs: Int32Array
  count: number
  score: Float64Array
  /** Per document, the summed weight of the matched terms marked `counts` (for coverage). */
  coverage: Float64Array
}

/**
 * Add up BM25F scores. The arrays are scratch space reused by every query (searching is synchronous, so
 * one query at a time): allocating 10,000-entry arrays per query kept the garbage collector busy.
 */
export function scoreTerms(index: EngineIndex, terms: readonly (WeightedTerm & { counts?: boolean })[], scratch: Scores): Scores {
  const { score, coverage, docs } = scratch
  for (let i = 0; i < scratch.count; i++) {
    score[docs[i]] = 0
    coverage[docs[i]] = 0
  }
  let count = 0
  for (const { term, weight, headOnly, counts } of terms) {
    const postings = (headOnly ? index.head : index.all).get(term)
    if (!postings) continue
    const df = postings.docs.length
    const idf = Math.log(1 + (index.docCount - df + 0.5) / (df + 0.5))
    for (let i = 0; i < df; i++) {
      const doc = postings.docs[i]
      const tf = postings.tf[i]
      if (score[doc] === 0) docs[count++] = doc
      score[doc] += (weight * idf * tf * (K1 + 1)) / (tf + K1)
      if (counts) coverage[doc] += 1
    }
  }
  scratch.count = count
  return scratch
}

export function newScratch(docCount: number): Scores {
  return { docs: new Int32Array(docCount), count: 0, score: new Float64Array(docCount), coverage: new Float64Array(docCount) }
}

/** Whether a document contains a term (postings are sorted by document). */
export function hasTerm(index: EngineIndex, term: string, doc: number): boolean {
  const docs = index.all.get(term)?.docs
  if (!docs) return false
  let low = 0
  let high = docs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (docs[middle] === doc) return true
    if (docs[middle] < doc) low = middle + 1
    else high = middle - 1
  }
  return false
}

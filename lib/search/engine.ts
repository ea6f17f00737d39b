/**
 * A small BM25F inverted index over typed arrays. MiniSearch (first tried) keeps a Map and result objects
 * per posting; at 10,000 guides a common term like 流量 touched ~10^5 of them per query and took 100+ ms.
 * Here all postings sit in two flat arrays (documents, field-weighted term frequency), a term is a range
 * of them, scores add up in one Float64Array, and a query over 10,000 guides takes a few milliseconds.
 * Flat arrays also make the index file a handful of raw arrays, read back without parsing.
 *
 * BM25F (Robertson & Zaragoza 2009): per document, tf~ = Σ_field weight · tf / (1 − b + b · len/avgLen);
 * score = Σ_term idf · tf~ · (k1 + 1) / (tf~ + k1). Field lengths are known only once every document is
 * in, so raw per-field counts are packed (8 bits each) into one number per posting until `finish`.
 */
const K1 = 1.2
const B = 0.7
const MAX_COUNT = 255

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

export class IndexBuilder {
  private readonly raw = new Map<string, { docs: number[]; packed: number[] }>()
  private readonly lengths: number[][]
  private docCount = 0

  constructor(private readonly weights: readonly number[]) {
    if (weights.length > 6) throw new Error('at most 6 fields fit in a packed posting')
    this.lengths = weights.map(() => [])
  }

  /** Add the next document (numbered 0, 1, 2… in order): one list of terms per field. */
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
    let total = 0
    for (const { docs } of this.raw.values()) total += docs.length
    const all = emptySet(this.raw.size, total)
    const headTf = new Float32Array(total)
    let at = 0
    let id = 0
    for (const [term, { docs, packed }] of this.raw) {
      all.terms.set(term, id)
      all.offsets[id++] = at
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
        headTf[at] = headSum
        all.docs[at] = doc
        all.tf[at++] = sum
      })
    }
    all.offsets[id] = at
    this.raw.clear()
    return { docCount: this.docCount, all, head: headOf(all, headTf) }
  }
}

function emptySet(terms: number, postings: number): PostingSet {
  return { terms: new Map(), offsets: new Int32Array(terms + 1), docs: new Int32Array(postings), tf: new Float32Array(postings) }
}

/** The head postings: the same terms and documents, weighted without the body; absent where only the body has the term. */
function headOf(all: PostingSet, headTf: Float32Array): PostingSet {
  let total = 0
  for (const value of headTf) if (value > 0) total++
  let terms = 0
  for (const id of all.terms.values()) if (hasHead(all, headTf, id)) terms++
  const head = emptySet(terms, total)
  let at = 0
  let id = 0
  for (const [term, source] of all.terms) {
    if (!hasHead(all, headTf, source)) continue
    head.terms.set(term, id)
    head.offsets[id++] = at
    for (let i = all.offsets[source]; i < all.offsets[source + 1]; i++) {
      if (headTf[i] > 0) {
        head.docs[at] = all.docs[i]
        head.tf[at++] = headTf[i]
      }
    }
  }
  head.offsets[id] = at
  return head
}

function hasHead(all: PostingSet, headTf: Float32Array, id: number): boolean {
  for (let i = all.offsets[id]; i < all.offsets[id + 1]; i++) if (headTf[i] > 0) return true
  return false
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
  return { docs: new Int32Array(docCount), count: 0, score: new Float64Array(docCount), coverage: new Float64Array(docCount) }
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

import { B, type EngineIndex, type PostingSet } from './engine'

/**
 * Builds an EngineIndex. Field lengths (for BM25F's length normalisation) are known only once every
 * document is in, so raw per-field counts are packed (8 bits each) into one number per posting until
 * `finish` turns them into field-weighted term frequencies.
 */
const MAX_COUNT = 255

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
    const average = this.lengths.map(
      (lengths) => lengths.reduce((sum, length) => sum + (length ?? 0), 0) / Math.max(1, this.docCount) || 1,
    )
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
  return {
    terms: new Map(),
    offsets: new Int32Array(terms + 1),
    docs: new Int32Array(postings),
    tf: new Float32Array(postings),
  }
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

import SearchableMap from 'minisearch/SearchableMap'
import type { Carrier } from '../schema/carrier'
import type { SearchSynonyms } from '../schema/synonyms'
import { facetsOf, type IndexedGuide, type SearchIndex } from './build-index'
import { newScratch, type Postings } from './engine'
import { buildLexicon } from './lexicon'

/**
 * A search index as one file, written at build time and read by the server: a JSON header (guides as
 * results show them, the Latin vocabulary, the lexicon's inputs, the terms) and the postings as raw
 * typed arrays, read back as views without copying. Bump FORMAT when the layout changes.
 */
const FORMAT = 1
type LexiconCarrier = Pick<Carrier, 'id' | 'name' | 'aliases' | 'country'>

interface Header {
  format: number
  /** The Next.js build the index was made for: a newer build makes it stale. */
  buildId: string
  locale: SearchIndex['locale']
  docCount: number
  guides: IndexedGuide[]
  carriers: LexiconCarrier[]
  synonyms: SearchSynonyms
  words: string[]
  terms: string[]
  /** For each head (non-body) postings list, the index of its term in `terms`. */
  headTerms: number[]
}

export function serializeIndex(index: SearchIndex, inputs: { carriers: LexiconCarrier[]; synonyms: SearchSynonyms; buildId: string }): Buffer {
  const terms = [...index.engine.all.keys()]
  const termIds = new Map(terms.map((term, id) => [term, id]))
  const head = [...index.engine.head]
  const header: Header = {
    format: FORMAT,
    buildId: inputs.buildId,
    locale: index.locale,
    docCount: index.engine.docCount,
    guides: index.guides,
    carriers: inputs.carriers.map(({ id, name, aliases, country }) => ({ id, name, aliases, country })),
    synonyms: inputs.synonyms,
    words: [...index.words.keys()],
    terms,
    headTerms: head.map(([term]) => termIds.get(term)!),
  }
  const json = Buffer.from(JSON.stringify(header))
  const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)])
  const lists = [...index.engine.all.values()]
  const heads = head.map(([, postings]) => postings)
  const parts = [
    Buffer.from(Uint32Array.of(padded.length).buffer),
    padded,
    ...[lists, heads].flatMap((group) => [
      Buffer.from(Int32Array.from(group, (postings) => postings.docs.length).buffer),
      ...group.map((postings) => Buffer.from(postings.docs.buffer, postings.docs.byteOffset, postings.docs.byteLength)),
      ...group.map((postings) => Buffer.from(postings.tf.buffer, postings.tf.byteOffset, postings.tf.byteLength)),
    ]),
  ]
  return Buffer.concat(parts)
}

/** The index, or undefined when the file is from another format or another build. */
export function deserializeIndex(file: Uint8Array, buildId: string): SearchIndex | undefined {
  // Typed-array views need 4-byte alignment; a fresh copy has it.
  const bytes = file.byteOffset % 4 ? file.slice() : file
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(0, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header
  if (header.format !== FORMAT || header.buildId !== buildId) return undefined
  let at = bytes.byteOffset + 4 + headerLength
  const read = (count: number): Map<number, Postings> => {
    const dfs = new Int32Array(bytes.buffer, at, count)
    at += count * 4
    const total = dfs.reduce((sum, df) => sum + df, 0)
    const docs = new Int32Array(bytes.buffer, at, total)
    const tf = new Float32Array(bytes.buffer, at + total * 4, total)
    at += total * 8
    const lists = new Map<number, Postings>()
    let offset = 0
    dfs.forEach((df, i) => {
      lists.set(i, { docs: docs.subarray(offset, offset + df), tf: tf.subarray(offset, offset + df) })
      offset += df
    })
    return lists
  }
  const all = new Map([...read(header.terms.length)].map(([i, postings]) => [header.terms[i], postings]))
  const head = new Map([...read(header.headTerms.length)].map(([i, postings]) => [header.terms[header.headTerms[i]], postings]))
  return {
    locale: header.locale,
    engine: { docCount: header.docCount, all, head },
    guides: header.guides,
    lexicon: buildLexicon(header.synonyms, header.carriers),
    words: SearchableMap.from(header.words.map((word) => [word, true as const])),
    facets: facetsOf(header.guides),
    scratch: newScratch(header.docCount),
  }
}

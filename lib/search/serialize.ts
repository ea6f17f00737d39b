import SearchableMap from 'minisearch/SearchableMap'
import type { Carrier } from '../schema/carrier'
import type { SearchSynonyms } from '../schema/synonyms'
import { facetsOf, type IndexedPage, type SearchIndex } from './build-index'
import { newScratch, type PostingSet } from './engine'
import { buildLexicon } from './lexicon'

/**
 * A search index as one file, written at build time and read by the server: a JSON header (pages as
 * results show them, the Latin vocabulary, the lexicon's inputs, the terms) and then the postings as six
 * raw typed arrays, read back as views without copying. Bump FORMAT when the layout changes.
 */
const FORMAT = 3
type LexiconCarrier = Pick<Carrier, 'id' | 'name' | 'aliases' | 'country'>

interface Header {
  format: number
  /** The Next.js build the index was made for: a newer build makes it stale. */
  buildId: string
  locale: SearchIndex['locale']
  docCount: number
  pages: IndexedPage[]
  carriers: LexiconCarrier[]
  synonyms: SearchSynonyms
  words: string[]
  /** Terms in id order, for the full and the head postings. */
  terms: string[]
  headTerms: string[]
  /** Element counts of the arrays that follow the header, in order. */
  lengths: number[]
}

export function serializeIndex(
  index: SearchIndex,
  inputs: { carriers: LexiconCarrier[]; synonyms: SearchSynonyms; buildId: string },
): Buffer {
  const { all, head } = index.engine
  const arrays = [all.offsets, all.docs, all.tf, head.offsets, head.docs, head.tf]
  const header: Header = {
    format: FORMAT,
    buildId: inputs.buildId,
    locale: index.locale,
    docCount: index.engine.docCount,
    pages: index.pages,
    carriers: inputs.carriers.map(({ id, name, aliases, country }) => ({ id, name, aliases, country })),
    synonyms: inputs.synonyms,
    words: [...index.words.keys()],
    terms: termsInOrder(all),
    headTerms: termsInOrder(head),
    lengths: arrays.map((array) => array.length),
  }
  const json = Buffer.from(JSON.stringify(header))
  // Pad so the arrays start on a 4-byte boundary (typed-array views need it).
  const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)])
  return Buffer.concat([
    Buffer.from(Uint32Array.of(padded.length).buffer),
    padded,
    ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
  ])
}

/** The index, or undefined when the file is from another format or another build. */
export function deserializeIndex(file: Uint8Array, buildId: string): SearchIndex | undefined {
  const bytes = file.byteOffset % 4 ? file.slice() : file
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header
  if (header.format !== FORMAT || header.buildId !== buildId) return undefined
  let at = bytes.byteOffset + 4 + headerLength
  const [offsets, docs, tf, headOffsets, headDocs, headTf] = header.lengths.map((length, i) => {
    const array = i % 3 === 2 ? new Float32Array(bytes.buffer, at, length) : new Int32Array(bytes.buffer, at, length)
    at += length * 4
    return array
  })
  const set = (terms: string[], offsets: Int32Array, docs: Int32Array, tf: Float32Array): PostingSet => ({
    terms: new Map(terms.map((term, id) => [term, id])),
    offsets,
    docs,
    tf,
  })
  return {
    locale: header.locale,
    engine: {
      docCount: header.docCount,
      all: set(header.terms, offsets as Int32Array, docs as Int32Array, tf as Float32Array),
      head: set(header.headTerms, headOffsets as Int32Array, headDocs as Int32Array, headTf as Float32Array),
    },
    pages: header.pages,
    lexicon: buildLexicon(header.synonyms, header.carriers),
    words: SearchableMap.from(header.words.map((word) => [word, true as const])),
    facets: facetsOf(header.pages, header.synonyms.groups),
    scratch: newScratch(header.docCount),
  }
}

function termsInOrder(set: PostingSet): string[] {
  const terms: string[] = new Array(set.terms.size)
  for (const [term, id] of set.terms) terms[id] = term
  return terms
}

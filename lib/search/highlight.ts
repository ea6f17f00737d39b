import { foldWithOffsets } from './fold'

/**
 * Split a text into parts where even indexes are plain and odd indexes are matches of `terms` (folded
 * index terms). Matching runs on the folded text and maps back to the original, so ドコモ is marked for
 * どこも and ＳＩＭ for sim. The parts are plain strings: rendering them as text keeps them escaped.
 */
export function highlight(text: string, terms: readonly string[]): string[] {
  if (!text || !terms.length) return [text]
  const { folded, startOf, endOf } = foldWithOffsets(text)
  const ranges: Array<[number, number]> = []
  for (const term of new Set(terms)) {
    const latin = /^[\p{Script=Latin}\p{N}]/u.test(term)
    if (latin && term.length < 2) continue
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const after = at + term.length
      // Latin words match from a word start; short ones (up, on) only as whole words.
      if (latin && at > 0 && WORD.test(folded[at - 1])) continue
      if (latin && term.length < 4 && after < folded.length && WORD.test(folded[after])) continue
      ranges.push([startOf(at), endOf(after - 1)])
    }
  }
  if (!ranges.length) return [text]
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const parts: string[] = []
  let plainFrom = 0
  let current: [number, number] | undefined
  const flush = () => {
    if (!current) return
    parts.push(text.slice(plainFrom, current[0]), text.slice(current[0], current[1]))
    plainFrom = current[1]
  }
  for (const range of ranges) {
    if (current && range[0] <= current[1]) current[1] = Math.max(current[1], range[1])
    else {
      flush()
      current = [...range]
    }
  }
  flush()
  parts.push(text.slice(plainFrom))
  return parts
}

const WORD = /[\p{L}\p{N}]/u

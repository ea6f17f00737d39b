/** The closest known value within a small edit distance (at most `limit` edits if given), or undefined. */
export function closest(value: string, known: readonly string[], limit?: number): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  if (best === undefined || !value) return undefined
  if (limit !== undefined) return bestDistance <= limit ? best : undefined
  // Short values need a near miss ('fr' is not a misspelling of 'zh'); longer ones allow a third to differ.
  const lower = value.toLowerCase()
  const contains = best.length > 1 && (lower.includes(best.toLowerCase()) || best.toLowerCase().includes(lower))
  return bestDistance <= Math.max(1, Math.floor(value.length / 3)) || contains ? best : undefined
}

/** "; did you mean 'docomo'?" for a mistyped id, or the list of allowed values when nothing is close. */
export function didYouMean(value: string, known: readonly string[]): string {
  const best = closest(value, known)
  return best !== undefined ? `; did you mean '${best}'?` : `; expected one of: ${known.join(', ')}`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

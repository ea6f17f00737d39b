/** "did you mean 'docomo'?" for a mistyped id: the closest known value within a small edit distance. */
export function didYouMean(value: string, known: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  const close = best !== undefined && (bestDistance <= Math.max(2, Math.floor(value.length / 3)) || best.includes(value) || value.includes(best))
  return close ? `; did you mean '${best}'?` : `; expected one of: ${known.join(', ')}`
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

/** What the checks over whole published files share. */

/** A carrier file's `wrongAdvice` block quotes false claims in order to rebut them: its text is blanked, its lines kept. */
export function withoutRebuttals(text: string): string {
  return text.replace(/^wrongAdvice:\n(?:[ -].*\n?)*/m, (block) => block.replace(/[^\n]/g, ' '))
}

/** The line and column (1-based) of an offset into a file's text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset)).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

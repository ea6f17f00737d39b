import { type FactRegistry, usableConfidence } from '../../schema/fact'
import type { ContentIssue } from '../content-error'
import { closest } from '../suggest'

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

/**
 * An article's `facts:` name the registry entries it rests on (content/sources/). Each must exist and be
 * a checked fact of high or medium confidence: a low or unverified one, a false claim, or a "not found"
 * entry cannot carry what a guide tells a traveller.
 */
export function checkCitations(
  frontmatter: { facts?: string[] },
  file: string,
  locate: Locate,
  registry: FactRegistry,
): ContentIssue[] {
  const issues: ContentIssue[] = []
  const facts = new Map(registry.facts.map((fact) => [fact.id, fact]))
  const others = new Map<string, string>([
    ...registry.falseClaims.map((entry) => [entry.id, `a false claim (${entry.file})`] as const),
    ...registry.unverified.map((entry) => [entry.id, `an unverified item (${entry.file})`] as const),
    ...registry.prices.map(
      (entry) => [entry.id, `a price date note (${entry.file}); cite the fact the price is in`] as const,
    ),
  ])
  const seen = new Set<string>()
  for (const [index, id] of (frontmatter.facts ?? []).entries()) {
    const problem = (message: string) =>
      void issues.push({ file, ...locate(['facts', index]), field: `facts[${index}]`, message, severity: 'error' })
    if (seen.has(id)) {
      problem(`'${id}' is listed twice`)
      continue
    }
    seen.add(id)
    const fact = facts.get(id)
    if (fact) {
      if (!usableConfidence(fact.confidence))
        problem(
          `'${id}' has ${fact.confidence} confidence (${fact.file}): a guide may rest only on high or medium facts; find a better source and add it to the registry first`,
        )
      continue
    }
    const other = others.get(id)
    if (other) {
      problem(`'${id}' is ${other}, not a checked fact a guide can rest on`)
      continue
    }
    const near = closest(id, [...facts.keys()])
    problem(`no fact '${id}' in content/sources/${near ? `; did you mean '${near}'?` : ''}`)
  }
  return issues
}

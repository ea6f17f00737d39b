import type { Carrier } from '../../schema/carrier'
import type { Guide } from '../../schema/content'
import { type FactRegistry, usableConfidence } from '../../schema/fact'
import type { MethodSection } from '../../schema/method'
import type { ContentIssue } from '../content-error'
import { positionOf, withoutRebuttals } from './published-text'

/**
 * Everything a traveller dials, texts, emails or opens comes from a checked fact: every phone number,
 * USSD code, SMS number, email address and linked site in a published file must appear in a high or
 * medium confidence entry of the registry (content/sources/), in its value, detail, cost, conditions,
 * note or source pages. A carrier file's `wrongAdvice:` quotes false claims to rebut them and is not read.
 * A content folder without a registry (a test fixture, a draft tree) has nothing to trace to and is skipped.
 */
export function checkProvenance(
  files: ReadonlyArray<{ file: string; text: string }>,
  guides: readonly Guide[],
  carriers: readonly Carrier[],
  registry: FactRegistry,
): ContentIssue[] {
  const usable = registry.facts.filter((fact) => usableConfidence(fact.confidence))
  if (!usable.length) return []
  const known = usable
    .map((fact) =>
      [fact.value, fact.detail, fact.cost, fact.conditions, fact.note ?? '', ...fact.sources.map((s) => s.url)].join(
        '\n',
      ),
    )
    .join('\n')
  const issues: ContentIssue[] = []
  const seen = new Set<string>()
  const report = (file: string, text: string, what: string, value: string) => {
    if (known.includes(value) || seen.has(`${file} ${value}`)) return
    seen.add(`${file} ${value}`)
    const at = text.indexOf(value)
    const { line, column } = at === -1 ? { line: 1, column: 1 } : positionOf(text, at)
    issues.push({
      file,
      line,
      column,
      field: what,
      message: `'${value}' is in no checked fact: add the ${what} to an entry of content/sources/ (high or medium confidence, with the page it is on), or remove it`,
      severity: 'error',
    })
  }
  const textOf = new Map(files.map((entry) => [entry.file, withoutRebuttals(entry.text)]))
  for (const [file, text] of textOf) {
    for (const match of text.matchAll(PROSE_NUMBER)) report(file, text, 'number', match[0])
    for (const match of text.matchAll(EMAIL)) report(file, text, 'email address', match[0])
    for (const match of text.matchAll(LINK)) {
      const host = hostOf(match[0])
      if (host) report(file, text, 'site', host)
    }
  }
  for (const carrier of carriers)
    for (const line of carrier.hotlines) {
      const file = files.find((entry) => entry.file.endsWith(`carriers/${carrier.id}.yaml`))?.file
      if (file) report(file, textOf.get(file) ?? '', 'number', line.number)
    }
  for (const guide of guides) {
    if (guide.converted) continue
    for (const method of guide.methods)
      for (const number of dialled(method)) report(guide.file, textOf.get(guide.file) ?? '', 'number', number)
  }
  return issues
}

/** Japanese dashed numbers and star codes, wherever they are written. */
const PROSE_NUMBER = /\b0\d{1,4}-\d{1,4}-\d{3,4}\b|\*\d+#?/g
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g
const LINK = /https:\/\/[^\s)"'<>\]]+/g

function hostOf(link: string): string | undefined {
  try {
    return new URL(link).hostname
  } catch {
    return undefined
  }
}

function dialled(method: MethodSection): string[] {
  switch (method.kind) {
    case 'ussd':
      return [method.code]
    case 'hotline':
      return method.numbers.flatMap((entry) => [entry.number, entry.international ?? []].flat())
    case 'sms':
      return method.messages.map((message) => message.to)
    case 'voucher':
      return (method.dial ?? []).map((route) => route.number)
    default:
      return []
  }
}

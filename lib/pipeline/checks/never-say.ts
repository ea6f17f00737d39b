import type { NeverSay } from '../../schema/never-say'
import type { ContentIssue } from '../content-error'
import { positionOf, withoutRebuttals } from './published-text'

/**
 * Every published file (a carrier file's `wrongAdvice:` aside: it quotes false claims to rebut them) is
 * searched for each phrase of content/never-say.yaml; each hit is an error at its line and column.
 */
export function checkNeverSay(
  files: ReadonlyArray<{ file: string; text: string }>,
  neverSay: NeverSay,
  listFile: string,
): ContentIssue[] {
  const issues: ContentIssue[] = []
  for (const { file, text: raw } of files) {
    const text = withoutRebuttals(raw)
    for (const entry of neverSay.phrases) {
      if (entry.carrier && !isCarrierFile(file, entry.carrier)) continue
      const match = entry.pattern
        ? new RegExp(entry.pattern, 'u').exec(text)
        : new RegExp(entry.text!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(text)
      if (!match) continue
      issues.push({
        file,
        ...positionOf(text, match.index),
        field: 'text',
        message: `'${match[0]}' must not appear: ${entry.why} (${listFile})`,
        severity: 'error',
      })
    }
  }
  return issues
}

/** content/carriers/<id>.yaml and content/guides/<locale>/<id>/<task>.mdx. */
function isCarrierFile(file: string, carrier: string): boolean {
  return file.endsWith(`/carriers/${carrier}.yaml`) || (file.includes(`/guides/`) && file.split('/').at(-2) === carrier)
}

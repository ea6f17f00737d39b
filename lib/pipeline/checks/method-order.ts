import type { Guide } from '../../schema/content'
import type { ContentIssue } from '../content-error'

/**
 * The frontmatter ranks a guide's methods, fastest first; the page lists them in that order. The body's
 * `<Method>` sections must follow it (a reader scrolling the steps meets them in the ranked order): an
 * error on the first section out of place. A translation that offers other methods, or ranks them
 * otherwise, than the zh guide is a warning on that translation, like a missing one (checks/translations.ts):
 * the languages should not disagree on what works, but one may be updated before the other.
 */
export function checkMethodOrder(guides: readonly Guide[], textOf: (file: string) => string): ContentIssue[] {
  return [...guides.flatMap(bodyOrder), ...translationOrder(guides, textOf)]
}

/** The line a top-level field starts on in a file's text (1 when it is not found). */
export function fieldLine(text: string, field: string): number {
  const at = text.search(new RegExp(`^${field}:`, 'm'))
  return at === -1 ? 1 : text.slice(0, at).split('\n').length
}

function bodyOrder(guide: Guide): ContentIssue[] {
  const ranked = guide.methods.map((method) => method.kind as string)
  const written = guide.body.methodBlocks.filter((block) => ranked.includes(block.kind))
  const expected = ranked.filter((kind) => written.some((block) => block.kind === kind))
  const first = written.findIndex((block, index) => block.kind !== expected[index])
  if (first === -1) return []
  const block = written[first]
  return [
    {
      file: guide.file,
      line: block.line,
      column: block.column,
      field: 'body',
      message: `<Method kind="${block.kind}"> is written where the frontmatter ranks '${expected[first]}': write the sections in the order of methods (${ranked.join(', ')})`,
      severity: 'error',
    },
  ]
}

function translationOrder(guides: readonly Guide[], textOf: (file: string) => string): ContentIssue[] {
  const key = (guide: Guide) => `${guide.carrier}/${guide.task}`
  const reference = new Map<string, Guide>()
  // The Simplified Chinese guide is the one the others are compared with (zh-hant is converted from it).
  for (const guide of guides) if (guide.locale === 'zh') reference.set(key(guide), guide)
  const kinds = (guide: Guide) => guide.methods.map((method) => method.kind).join(', ')
  return guides.flatMap((guide) => {
    const zh = reference.get(key(guide))
    if (!zh || guide === zh || guide.converted || kinds(guide) === kinds(zh)) return []
    return [
      {
        file: guide.file,
        line: fieldLine(textOf(guide.file), 'methods'),
        column: 1,
        field: 'methods',
        message: `offers ${kinds(guide)} but ${zh.file} offers ${kinds(zh)}: every translation should list the same methods in the same order`,
        severity: 'warning' as const,
      },
    ]
  })
}

import type { GlossaryTerm } from '../../schema/glossary'
import type { ContentIssue } from '../content-error'

/** Lines that quote other pages word for word (a source's title, a link address) are not ours to reword. */
const QUOTED_LINE = /^\s*-?\s*(title|url): ".*"|^\s+-\s+title:|^\s+url:/

/**
 * One term per thing: an article may not use a word the glossary says to avoid in its language. Checked on
 * the file as written (frontmatter and body), so the message points at the author's line and column;
 * source titles and web addresses are left alone.
 */
export function checkGlossary(file: string, locale: string, text: string, terms: GlossaryTerm[]): ContentIssue[] {
  const rules = terms.filter((term) => term.locale === locale)
  if (!rules.length) return []
  const issues: ContentIssue[] = []
  text.split('\n').forEach((raw, index) => {
    if (QUOTED_LINE.test(raw) && index > 0) return
    const line = raw.replace(/https?:\/\/\S+/g, (url) => ' '.repeat(url.length)).toLowerCase()
    for (const rule of rules) {
      for (const avoided of rule.avoid) {
        const column = line.indexOf(avoided.toLowerCase())
        if (column === -1) continue
        issues.push({
          file,
          line: index + 1,
          column: column + 1,
          field: 'glossary',
          message: `write '${rule.preferred}' instead of '${avoided}' (content/glossary.yaml: one term per thing)`,
          severity: 'error',
        })
      }
    }
  })
  return issues
}

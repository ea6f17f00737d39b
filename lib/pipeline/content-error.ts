/** One problem in one content file, located as precisely as we can. */
export interface ContentIssue {
  file: string
  line?: number
  column?: number
  /** The field path, e.g. `methods[1].code`; empty when the problem is not about one field. */
  field: string
  message: string
  severity: 'error' | 'warning'
}

/** `content/guides/zh/smart/top-up.mdx:12:5  methods[0].code  expected a USSD code…` */
export function formatIssue(issue: ContentIssue): string {
  const place = [issue.file, issue.line, issue.line !== undefined ? (issue.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(':')
  return `${place}  ${issue.field || '-'}  ${issue.message}`
}

/** Thrown once, after every file was checked, with every error found (and the warnings, to print beside them). */
export class ContentError extends Error {
  declare readonly issues: ContentIssue[]
  declare readonly warnings: ContentIssue[]

  constructor(issues: ContentIssue[], warnings: ContentIssue[] = []) {
    const files = new Set(issues.map((issue) => issue.file)).size
    const lines = issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')
    super(
      `Content has ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${lines}`,
    )
    this.name = 'ContentError'
    // Not enumerable: `next dev` and `next build` print an error's own properties after its message, and
    // the message already lists every problem, one line each.
    Object.defineProperty(this, 'issues', { value: issues })
    Object.defineProperty(this, 'warnings', { value: warnings })
  }
}

/** File by file, top to bottom: the order an editor fixes them in. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return issues.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  )
}

/** Turn a zod issue path into the way an editor writes it: `methods[1].numbers[0].number`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

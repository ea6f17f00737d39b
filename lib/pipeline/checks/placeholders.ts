import { fieldName, type ContentIssue } from '../content-error'

/**
 * The values `npm run new:guide` writes where the editor must fill something in. They pass the schema,
 * so a skeleton is checkable, but must never be published: in a draft they are one warning, in a
 * published article each is an error.
 */
export const PLACEHOLDER = {
  text: 'TODO',
  number: '0000',
  code: '*0000#',
  url: 'https://example.com/TODO',
} as const

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

function isPlaceholder(value: string): boolean {
  return value.includes(PLACEHOLDER.text) || value === PLACEHOLDER.number || value === PLACEHOLDER.code
}

/** Every placeholder left in the frontmatter data and the body, with its line. */
function findPlaceholders(data: unknown, body: string, locate: Locate) {
  const found: Array<{ field: string; line?: number; column?: number; value: string }> = []
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && isPlaceholder(value))
      found.push({ field: fieldName(path), ...locate(path), value })
    else if (Array.isArray(value))
      value.forEach((item, index) => {
        visit(item, [...path, index])
      })
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key])
  }
  visit(data, [])
  body.split('\n').forEach((line, index) => {
    const column = line.indexOf(PLACEHOLDER.text)
    if (column !== -1) found.push({ field: 'body', line: index + 1, column: column + 1, value: line.trim() })
  })
  return found
}

export function checkPlaceholders(
  data: unknown,
  body: string,
  file: string,
  locate: Locate,
  draft: boolean,
): ContentIssue[] {
  const found = findPlaceholders(data, body, locate)
  if (draft) {
    const left = found.length
      ? `; ${found.length} placeholder${found.length === 1 ? '' : 's'} (TODO, 0000) still to fill in`
      : ''
    return [
      {
        file,
        ...locate(['draft']),
        field: 'draft',
        message: `draft: checked but not published until you remove 'draft: true'${left}`,
        severity: 'warning',
      },
    ]
  }
  return found.map((placeholder) => ({
    file,
    line: placeholder.line,
    column: placeholder.column,
    field: placeholder.field,
    message: `placeholder '${placeholder.value}' is still here; replace it with the real value (or set draft: true until it is ready)`,
    severity: 'error' as const,
  }))
}

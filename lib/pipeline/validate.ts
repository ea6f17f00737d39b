import type { z } from 'zod'
import { fieldName, type ContentIssue } from './content-error'

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined

/** Validate parsed YAML against a schema; every failure becomes a ContentIssue with the field's line. */
export function validate<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  locate: Locate,
): { ok: true; value: z.infer<T> } | { ok: false; issues: ContentIssue[] } {
  const result = schema.safeParse(data ?? {})
  if (result.success) return { ok: true, value: result.data }
  const issues = result.error.issues.flatMap((issue): ContentIssue[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined]
    return keys.map((key) => {
      const path = key === undefined ? issue.path : [...issue.path, key]
      return { file, ...locate(path), field: fieldName(path), message: describe(issue, key, data, path), severity: 'error' }
    })
  })
  return { ok: false, issues }
}

/** zod's messages rephrased for editors: what is wrong, and what was expected. */
function describe(issue: z.core.$ZodIssue, key: string | undefined, data: unknown, path: readonly PropertyKey[]): string {
  if (key !== undefined) return `unknown field '${key}'; check its spelling or remove it`
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) return `missing; expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`
  if (issue.code === 'invalid_type') return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(valueAt(data, path))}`
  if (issue.code === 'invalid_value') return `'${String(valueAt(data, path))}' is not allowed; expected one of: ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_union' && issue.discriminator) {
    return `unknown method kind '${String(valueAt(data, path))}'; expected one of the method kinds`
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return issue.message.startsWith('Too small') ? `expected at least ${issue.minimum} item(s)` : issue.message
  return issue.message
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data)
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'an empty value'
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} '${String(value)}'`
}

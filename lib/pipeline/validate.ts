import type { z } from 'zod'
import { fieldName, type ContentIssue } from './content-error'
import { jsonSchemaOf, schemaAt, variants, type JsonSchema } from './schema-info'
import { closest, didYouMean } from './suggest'

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
  const context = { root: jsonSchemaOf(schema), data: data ?? {} }
  const misspelled = new Set<string>()
  const issues = result.error.issues.flatMap((issue): ContentIssue[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined]
    return keys.map((key) => {
      const path = key === undefined ? issue.path : [...issue.path, key]
      // biome-ignore lint/correctness/usePlaywrightValidDescribeCallback: our own describe(), not Playwright's.
      const message = describe(issue, key, path, context)
      const meant = /did you mean '(.+)'\?$/.exec(message)?.[1]
      if (key !== undefined && meant) misspelled.add(fieldName([...issue.path, meant]))
      return { file, ...locate(path), field: fieldName(path), message, severity: 'error' }
    })
  })
  // `summery:` is one mistake, not two: the "did you mean 'summary'" says it all, so drop "summary: missing".
  return {
    ok: false,
    issues: issues.filter((issue) => !(misspelled.has(issue.field) && issue.message.startsWith('missing'))),
  }
}

interface Context {
  root: JsonSchema
  data: unknown
}

/** zod's messages rephrased for editors: what is wrong, what was expected, and a fix where we can guess one. */
function describe(
  issue: z.core.$ZodIssue,
  key: string | undefined,
  path: readonly PropertyKey[],
  { root, data }: Context,
): string {
  const value = valueAt(data, path)
  if (key !== undefined) return unknownField(key, issue.path, root, data)
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `missing; expected ${expected(schemaAt(root, path, data), issue.expected)}`
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(value)}${typeHint(issue.expected, value)}`
    case 'invalid_value':
      if (value === undefined) return `missing; expected one of: ${issue.values.map(String).join(', ')}`
      return `'${String(value)}' is not allowed${didYouMean(String(value), issue.values.map(String))}`
    case 'invalid_union': {
      if (!issue.discriminator) return issue.message
      const kinds = variants(schemaAt(root, path.slice(0, -1), data) ?? {}).map((option) =>
        String(option.properties?.kind?.const),
      )
      if (value === undefined) return `missing; expected the method kind, one of: ${kinds.join(', ')}`
      return `unknown method kind '${String(value)}'${didYouMean(String(value), kinds)}`
    }
    case 'invalid_format':
      return typeof value === 'string' ? `${issue.message}, found '${value}'` : issue.message
    case 'too_small':
      if (issue.origin === 'array')
        return issue.message.startsWith('Too small') ? `expected at least ${issue.minimum} item(s)` : issue.message
      if (issue.origin === 'string' && issue.message.startsWith('Too small')) return 'must not be empty'
      return issue.message
    default:
      return issue.message
  }
}

/** "unknown field 'summery'; did you mean 'summary'?", or which method kinds the field belongs to. */
function unknownField(key: string, parentPath: readonly PropertyKey[], root: JsonSchema, data: unknown): string {
  const parent = schemaAt(root, parentPath, data)
  const known = Object.keys(parent?.properties ?? {})
  const near = closest(key, known)
  if (near) return `unknown field '${key}'; did you mean '${near}'?`
  const kind = parent?.properties?.kind?.const
  if (kind !== undefined && typeof parentPath.at(-1) === 'number') {
    const siblings = variants(schemaAt(root, parentPath.slice(0, -1), data)?.items ?? {})
    const owners = siblings
      .filter((option) => option.properties?.[key])
      .map((option) => String(option.properties?.kind?.const))
    if (owners.length)
      return `unknown field '${key}' for a ${String(kind)} method; '${key}' belongs to ${owners.join(', ')} methods`
  }
  return `unknown field '${key}'; check its spelling or remove it (fields here: ${known.join(', ')})`
}

/** What a missing field should hold, in the schema's own words. */
function expected(schema: JsonSchema | undefined, type: string): string {
  const values = schema?.enum
  if (values) return `one of: ${values.map(String).join(', ')}`
  const name = TYPE_NAMES[type] ?? type
  // The first sentence is the field's meaning; the rest (rules, advice) belongs in docs/editing.md.
  const description = schema?.description?.split(/(?<!e\.g)\.(?:\s|$)/)[0]
  return description ? `${name} — ${description.charAt(0).toLowerCase()}${description.slice(1)}` : name
}

/** The fix for the usual YAML slips: an unquoted number, a single value where a list belongs, a # read as a comment. */
function typeHint(expectedType: string, value: unknown): string {
  if (expectedType === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `; put it in quotes: "${String(value)}"`
  if (expectedType === 'string' && value === null)
    return ' (a value starting with # is read as a comment: put it in quotes)'
  if (expectedType === 'array' && (typeof value === 'string' || typeof value === 'number'))
    return `; write a list: [${String(value)}]`
  return ''
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  )
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return `text '${value}'`
  if (typeof value === 'number') return `the number ${value}`
  return typeof value === 'object' ? 'a group of fields' : `${String(value)}`
}

import { z } from 'zod'

/** The parts of a JSON Schema (as zod writes it) that messages and the field reference read. */
export interface JsonSchema {
  type?: string | string[]
  description?: string
  examples?: unknown[]
  enum?: unknown[]
  const?: unknown
  format?: string
  default?: unknown
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  minItems?: number
  minLength?: number
  maxLength?: number
}

const cache = new WeakMap<z.ZodType, JsonSchema>()

/** A zod schema as JSON Schema, describing what an editor writes (input: fields with defaults are optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema)
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
    cache.set(schema, json)
  }
  return json
}

/** The variants of a union (a method section is one of eight kinds). */
export function variants(schema: JsonSchema): JsonSchema[] {
  return schema.oneOf ?? schema.anyOf ?? [schema]
}

/** The variant of a discriminated union the data picked with its `kind`, if any. */
export function pickVariant(schema: JsonSchema, data: unknown): JsonSchema {
  const options = variants(schema)
  if (options.length === 1) return options[0]
  const kind = data && typeof data === 'object' ? (data as Record<string, unknown>).kind : undefined
  return options.find((option) => option.properties?.kind?.const === kind) ?? schema
}

/** The schema of the field at `path` (following lists, and union variants by the data's `kind`). */
export function schemaAt(root: JsonSchema, path: readonly PropertyKey[], data: unknown): JsonSchema | undefined {
  let schema: JsonSchema | undefined = pickVariant(root, data)
  let value = data
  for (const key of path) {
    if (!schema) return undefined
    schema = typeof key === 'number' ? schema.items : schema.properties?.[String(key)]
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
    if (schema) schema = pickVariant(schema, value)
  }
  return schema
}

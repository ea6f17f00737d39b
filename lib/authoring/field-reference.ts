import { en } from '../i18n/en'
import { LOCALES } from '../i18n/locales'
import { zh } from '../i18n/zh'
import { jsonSchemaOf, variants, type JsonSchema } from '../pipeline/schema-info'
import { MDX_COMPONENTS } from '../pipeline/safe-mdx'
import { carrierFileSchema, RESERVED_IDS } from '../schema/carrier'
import { factSchema } from '../schema/fact'
import { guideFrontmatterSchema, topicFrontmatterSchema } from '../schema/guide'
import { CONDITIONS, METHODS, methodSectionSchema } from '../schema/method'
import { TASKS } from '../schema/task'

/**
 * The field reference in docs/editing.md, generated from the zod schemas (as JSON Schema) and the
 * registries, so it cannot drift: a unit test fails when the file differs from this output, and
 * `npm run docs:reference` rewrites it.
 */
export function fieldReference(): string {
  const guide = jsonSchemaOf(guideFrontmatterSchema)
  const method = jsonSchemaOf(methodSectionSchema)
  const kinds = variants(method)
  const shared = Object.keys(kinds[0].properties ?? {}).filter(
    (key) => key !== 'kind' && kinds.every((kind) => kind.properties?.[key]),
  )
  return [
    '### Guide frontmatter',
    '',
    'In `content/guides/<locale>/<carrier>/<task>.mdx`, between the `---` lines. Carrier, task and language come from the path.',
    '',
    ...table(guide),
    '',
    '### Method sections',
    '',
    `Each entry of \`methods\` has a \`kind\` and that kind's fields. Every kind also takes these: ${shared.map((key) => `\`${key}\``).join(', ')}.`,
    '',
    ...table({
      ...kinds[0],
      properties: pick(kinds[0].properties, shared),
      required: kinds[0].required?.filter((key) => shared.includes(key)),
    }),
    ...kinds.flatMap((kind) => {
      const name = String(kind.properties?.kind?.const)
      const own = Object.keys(kind.properties ?? {}).filter((key) => key !== 'kind' && !shared.includes(key))
      return [
        '',
        `#### \`kind: ${name}\` — ${en.methods[name as keyof typeof en.methods].name} (${zh.methods[name as keyof typeof zh.methods].name})`,
        '',
        ...table({ ...kind, properties: pick(kind.properties, own) }),
      ]
    }),
    '',
    '### Topic frontmatter',
    '',
    'In `content/topics/<locale>/<slug>.mdx`: the article fields only.',
    '',
    ...table(jsonSchemaOf(topicFrontmatterSchema)),
    '',
    '### Carrier file',
    '',
    'In `content/carriers/<id>.yaml`; the file name is the id used in URLs.',
    '',
    ...table(jsonSchemaOf(carrierFileSchema)),
    '',
    '### Fact (registry entry)',
    '',
    'One entry of `facts:` in `content/sources/<carrier or topic>.yaml`; its id starts with the file name.',
    '',
    ...table(jsonSchemaOf(factSchema)),
    '',
    '### Names used in paths and fields',
    '',
    `- Languages (\`<locale>\`): ${LOCALES.map((locale) => `\`${locale}\``).join(', ')}.`,
    `- Tasks (\`<task>\`): ${TASKS.map((task) => `\`${task}\` (${en.tasks[task].name}; ${zh.tasks[task].name})`).join(', ')}.`,
    `- Method kinds: ${METHODS.map((kind) => `\`${kind}\``).join(', ')}.`,
    `- Conditions: ${CONDITIONS.map((condition) => `\`${condition}\` (${en.conditions[condition]})`).join(', ')}.`,
    `- Reserved words, never a carrier id or topic name: ${RESERVED_IDS.map((word) => `\`${word}\``).join(', ')}.`,
    '',
    '### Components',
    '',
    '| Component | Attributes | Use it for |',
    '| --- | --- | --- |',
    ...Object.entries(MDX_COMPONENTS).map(
      ([name, spec]) =>
        `| \`<${name}>\` | ${spec.attributes.map((attribute) => `\`${attribute}\` (required)`).join(', ') || '—'} | ${spec.description} |`,
    ),
  ].join('\n')
}

function pick(properties: JsonSchema['properties'], keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, properties?.[key] ?? {}]))
}

/** One row per field; a group's or a list of groups' fields follow as `parent.field` / `parent[].field`. */
function table(schema: JsonSchema): string[] {
  return ['| Field | Required | Value | Meaning |', '| --- | --- | --- | --- |', ...rows(schema, '')]
}

function rows(schema: JsonSchema, prefix: string): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`
    const required = schema.required?.includes(key) ? 'yes' : 'no'
    const row = `| \`${name}\` | ${required} | ${cell(valueText(field))} | ${cell(meaning(field))} |`
    const inner = field.items?.properties
      ? rows(field.items, `${name}[].`)
      : field.properties
        ? rows(field, `${name}.`)
        : []
    return [row, ...inner]
  })
}

function valueText(field: JsonSchema): string {
  if (field.const !== undefined) return `\`${String(field.const)}\``
  if (field.enum) return `one of ${field.enum.map((value) => `\`${String(value)}\``).join(', ')}`
  if (field.type === 'array' && field.items?.oneOf) return 'list of method sections (below)'
  if (field.type === 'array')
    return field.items?.properties ? 'list of groups (below)' : `list of ${valueText(field.items ?? {})}`
  if (field.type === 'object') return 'group of fields (below)'
  if (field.type === 'boolean') return '`true` or `false`'
  if (field.format === 'date') return 'date, `YYYY-MM-DD`'
  if (field.format === 'uri') return '`https://` address'
  return 'text'
}

function meaning(field: JsonSchema): string {
  const examples = field.examples?.length ? ` Example: \`${field.examples.map(example).join('`, `')}\`.` : ''
  const fallback = field.default !== undefined ? ` Default: \`${example(field.default)}\`.` : ''
  return `${field.description ?? ''}${examples}${fallback}`.trim()
}

const example = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value))
// Outside `code`, <PIN> would be read as an HTML tag by Markdown renderers; a | anywhere would end the cell.
const cell = (text: string) =>
  text
    .split('`')
    .map((part, index) => (index % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')

export const REFERENCE_START =
  '<!-- field reference: generated by `npm run docs:reference` from lib/schema; do not edit by hand -->'
export const REFERENCE_END = '<!-- end of field reference -->'

/** The document with the text between the markers replaced by the current reference. */
export function spliceReference(document: string): string {
  const start = document.indexOf(REFERENCE_START)
  const end = document.indexOf(REFERENCE_END)
  if (start === -1 || end < start)
    throw new Error(`docs/editing.md must contain the lines\n${REFERENCE_START}\n${REFERENCE_END}`)
  return `${document.slice(0, start + REFERENCE_START.length)}\n\n${fieldReference()}\n\n${document.slice(end)}`
}

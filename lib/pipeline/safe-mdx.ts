/**
 * What an article's MDX may contain. Articles come from editors and outside contributors, so nothing in
 * them may run code at build time or in a reader's browser: no import/export, no {expressions}, only the
 * registered components below with plain string attributes, and no javascript: links.
 */

/** Components an article may use, with the attributes each accepts. */
export const MDX_COMPONENTS: Record<string, { attributes: readonly string[]; required: readonly string[] }> = {
  /** Steps for one method; `kind` must name a method in the frontmatter. */
  Method: { attributes: ['kind'], required: ['kind'] },
  Tip: { attributes: [], required: [] },
  Warning: { attributes: [], required: [] },
}

interface MdNode {
  type: string
  name?: string | null
  url?: string
  attributes?: Array<{ type: string; name?: string; value?: unknown }>
  children?: MdNode[]
  position?: { start: { line: number; column: number } }
}

export interface MdxViolation {
  line?: number
  column?: number
  message: string
}

export interface MdxFindings {
  violations: MdxViolation[]
  /** Each <Method> block, in document order. */
  methodBlocks: Array<{ kind: string; line?: number; column?: number }>
}

/** A remark plugin that records every violation (it never stops at the first) and the <Method> blocks. */
export function remarkSafeMdx(findings: MdxFindings) {
  return () => (tree: MdNode) => {
    walk(tree, (node) => {
      const problem = check(node, findings)
      if (problem) findings.violations.push({ ...node.position?.start, message: problem })
    })
  }
}

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node)
  node.children?.forEach((child) => walk(child, visit))
}

function check(node: MdNode, findings: MdxFindings): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import and export statements are not allowed in articles; the registered components are available without importing'
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)'
    case 'link':
    case 'image':
    case 'definition':
      return /^\s*(javascript|data|vbscript):/i.test(node.url ?? '') ? `links may not use the '${node.url?.split(':')[0]}:' scheme` : undefined
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, findings)
    default:
      return undefined
  }
}

function checkElement(node: MdNode, findings: MdxFindings): string | undefined {
  const name = node.name ?? '(fragment)'
  const spec = MDX_COMPONENTS[name]
  if (!spec) {
    const known = Object.keys(MDX_COMPONENTS).map((component) => `<${component}>`).join(', ')
    return `<${name}> is not allowed in articles; use Markdown, or one of the registered components: ${known}`
  }
  const given = new Map<string, unknown>()
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return `<${name}> does not accept {…spread} attributes`
    if (/^on/i.test(attribute.name)) return `event-handler attributes such as ${attribute.name} are not allowed`
    if (!spec.attributes.includes(attribute.name)) return `<${name}> has no attribute '${attribute.name}'${spec.attributes.length ? ` (it accepts: ${spec.attributes.join(', ')})` : ''}`
    if (typeof attribute.value !== 'string') return `<${name} ${attribute.name}> must be a plain string in quotes, not an {expression}`
    given.set(attribute.name, attribute.value)
  }
  const missing = spec.required.find((attribute) => !given.has(attribute))
  if (missing) return `<${name}> needs a ${missing}="…" attribute`
  if (name === 'Method') findings.methodBlocks.push({ kind: String(given.get('kind')), ...node.position?.start })
  return undefined
}

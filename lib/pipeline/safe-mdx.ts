/**
 * What an article's MDX may contain. Articles come from editors and outside contributors, so nothing in
 * them may run code at build time or in a reader's browser: no import/export, no {expressions} (a
 * {/* comment *\/} is fine), no raw HTML, only the registered components below with plain string
 * attributes, and links only to https:, http:, mailto:, tel:, sms: or pages of this site.
 */
import { checkElement, type MdxElement } from './safe-mdx-elements'
import { checkUrl } from './safe-mdx-urls'

/** Components an article may use, with the attributes each accepts. */
export const MDX_COMPONENTS: Record<
  string,
  { attributes: readonly string[]; required: readonly string[]; description: string }
> = {
  Method: {
    attributes: ['kind'],
    required: ['kind'],
    description: 'The steps for one method; kind names a method in the frontmatter.',
  },
  Tip: { attributes: [], required: [], description: 'A helpful aside: a shortcut, a cheaper way.' },
  Warning: { attributes: [], required: [], description: 'Something that costs money or cannot be undone.' },
}

interface MdNode extends MdxElement {
  type: string
  url?: string
  value?: string
  children?: MdNode[]
  data?: { estree?: { body?: unknown[] } }
}

export interface MdxViolation {
  line?: number
  column?: number
  message: string
}

/** A link to a page of this site (or a relative one), checked against the real pages once everything is loaded. */
export interface MdxLink {
  url: string
  line?: number
  column?: number
}

export interface MdxFindings {
  violations: MdxViolation[]
  /** Each <Method> block, in document order. */
  methodBlocks: Array<{ kind: string; line?: number; column?: number }>
  links: MdxLink[]
}

/** Thrown after the whole tree was checked, so nothing after this plugin (esbuild resolving imports) ever runs. */
export class UnsafeMdxError extends Error {}

/** A remark plugin that records every violation (it never stops at the first) and the <Method> blocks. */
export function remarkSafeMdx(findings: MdxFindings) {
  return () => (tree: MdNode) => {
    walk(tree, (node) => {
      const where = { line: node.position?.start.line, column: node.position?.start.column }
      for (const message of check(node, findings)) findings.violations.push({ ...where, message })
    })
    if (findings.violations.length) throw new UnsafeMdxError(`${findings.violations.length} unsafe MDX constructs`)
  }
}

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

function check(node: MdNode, findings: MdxFindings): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        'import and export statements are not allowed in articles; the components (<Method>, <Tip>, <Warning>) are available without importing',
      ]
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node)
        ? []
        : [
            'JavaScript expressions in { } are not allowed in articles; write plain text (escape a literal brace as \\{)',
          ]
    case 'html':
      return ['raw HTML is not allowed in articles; use Markdown or one of the components: <Method>, <Tip>, <Warning>']
    case 'link':
    case 'image':
    case 'definition':
      return checkUrl(node.url ?? '', (url) =>
        findings.links.push({ url, line: node.position?.start.line, column: node.position?.start.column }),
      )
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, MDX_COMPONENTS, (kind) =>
        findings.methodBlocks.push({ kind, line: node.position?.start.line, column: node.position?.start.column }),
      )
    default:
      return []
  }
}

/** `{/* a note for editors *\/}` compiles to nothing, so it is the one expression an article may hold. */
function isCommentOnly(node: MdNode): boolean {
  const onlyComment = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value ?? '')
  return onlyComment && node.data?.estree?.body?.length === 0
}

import type { BodyText } from '../schema/content'

/*
 * The body's plain text, read from the MDX syntax tree at compile time: what search indexes. The
 * compiled body is code, and rendering it just to read it back would be slower and less exact.
 * Text outside <Method> blocks is `prose`; each <Method kind="…"> block's steps are kept under its kind.
 */
interface MdNode {
  type: string
  name?: string | null
  value?: unknown
  attributes?: Array<{ type: string; name?: string; value?: unknown }>
  children?: MdNode[]
}

/** Nodes after which a reader would see a line break: keeps words of two paragraphs apart. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'code',
  'tableCell',
  'tableRow',
  'thematicBreak',
  'mdxJsxFlowElement',
])
const TEXT = new Set(['text', 'inlineCode', 'code'])

export function remarkPlainText(sink: BodyText) {
  return () => (tree: MdNode) => {
    for (const node of tree.children ?? []) {
      const kind = node.type === 'mdxJsxFlowElement' && node.name === 'Method' ? methodKind(node) : undefined
      const text = textOf(node).replace(/\n+/g, '\n').trim()
      if (!text) continue
      if (kind) sink.methods[kind] = join(sink.methods[kind], text)
      else sink.prose = join(sink.prose, text)
    }
  }
}

function methodKind(node: MdNode): string | undefined {
  const attribute = node.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'kind')
  return typeof attribute?.value === 'string' ? attribute.value : undefined
}

function textOf(node: MdNode): string {
  if (TEXT.has(node.type) && typeof node.value === 'string') return node.value
  const inner = (node.children ?? []).map(textOf).join('')
  return BLOCKS.has(node.type) ? `${inner}\n` : inner
}

function join(before: string | undefined, text: string): string {
  return before ? `${before}\n${text}` : text
}

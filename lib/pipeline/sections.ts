/**
 * Groups everything outside <Method> blocks into <Prose> blocks at compile time, so one compiled body
 * can be rendered whole (the article), as its introduction only, or as one method's steps only
 * (the focused method page) just by choosing which blocks render.
 */
interface MdNode {
  type: string
  name?: string | null
  children?: MdNode[]
}

export function remarkSections() {
  return () => (tree: MdNode) => {
    const grouped: MdNode[] = []
    let prose: MdNode[] = []
    const flush = () => {
      if (prose.length)
        grouped.push({ type: 'mdxJsxFlowElement', name: 'Prose', attributes: [], children: prose } as MdNode)
      prose = []
    }
    for (const node of tree.children ?? []) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Method') {
        flush()
        grouped.push(node)
      } else {
        prose.push(node)
      }
    }
    flush()
    tree.children = grouped
  }
}

import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { ContentIssue } from './content-error'

export interface ParsedSource {
  data: unknown
  /** The MDX body with the frontmatter replaced by blank lines, so line numbers stay the author's. */
  body: string
  /** Line and column of a field, for error messages. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined
  issues: ContentIssue[]
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Split `---` YAML frontmatter from an MDX file and parse it, keeping positions for every field. */
export function parseFrontmatter(file: string, source: string): ParsedSource {
  const match = FENCE.exec(source)
  if (!match) {
    return {
      data: undefined,
      body: source,
      locate: () => undefined,
      issues: [{ file, line: 1, column: 1, field: '', message: 'expected YAML frontmatter between --- lines at the top of the file', severity: 'error' }],
    }
  }
  const yamlText = match[1]
  const fenceLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0)
  const body = '\n'.repeat(fenceLines) + source.slice(match[0].length)
  const parsed = parseYaml(file, yamlText, 1)
  return { ...parsed, body }
}

/** Parse a YAML document; `firstLine` is the file line the YAML text starts on, minus one. */
export function parseYaml(file: string, text: string, lineOffset = 0) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const issues: ContentIssue[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0])
    return {
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      field: '',
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
      severity: 'error' as const,
    }
  })
  const locate = (path: readonly PropertyKey[]) => {
    const node = deepestNode(doc.contents as Node | null, path)
    if (!node?.range) return undefined
    const pos = lineCounter.linePos(node.range[0])
    return { line: pos.line + lineOffset, column: pos.col }
  }
  return { data: issues.length ? undefined : doc.toJS(), locate, issues }
}

/** The node at `path`, or the deepest ancestor that exists (a missing field points at its parent). */
function deepestNode(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node = root
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)
      if (!pair) return node
      if (!pair.value) return pair.key as Node
      node = pair.value as Node
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node
    } else {
      return node
    }
  }
  return node
}

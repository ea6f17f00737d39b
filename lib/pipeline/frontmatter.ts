import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml'
import type { ContentIssue } from './content-error'
import { explainAlias, explainYamlError, keyOnLine } from './yaml-errors'

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
  // Some editors on Windows save a byte-order mark first; it is invisible, so it must not break the fence.
  const text = source.replace(/^\uFEFF/, '')
  const match = FENCE.exec(text)
  if (!match) {
    return {
      data: undefined,
      body: text,
      locate: () => undefined,
      issues: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'expected YAML frontmatter between --- lines at the top of the file',
          severity: 'error',
        },
      ],
    }
  }
  const fenceLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0)
  const body = '\n'.repeat(fenceLines) + text.slice(match[0].length)
  const parsed = parseYaml(file, match[1], 1)
  return { ...parsed, body }
}

/** Parse a YAML document; `lineOffset` is how many file lines come before the YAML text. */
export function parseYaml(file: string, text: string, lineOffset = 0) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true })
  const textLines = text.split(/\r?\n/)
  const issue = (
    offset: number,
    message: string,
    line = lineCounter.linePos(offset).line,
    column?: number,
  ): ContentIssue => {
    const pos = lineCounter.linePos(offset)
    column ??= line === pos.line ? pos.col : 1
    return {
      file,
      line: line + lineOffset,
      column,
      field: keyOnLine(textLines[line - 1] ?? '') ?? '',
      message: `YAML syntax: ${message}`,
      severity: 'error',
    }
  }
  const lines = new Set<number>()
  const issues: ContentIssue[] = []
  for (const error of doc.errors) {
    let line = lineCounter.linePos(error.pos[0]).line
    // The parser notices an unclosed quote or [ only later; the author's mistake is the line that opened it.
    const opener =
      error.code === 'MISSING_CHAR' && error.message.includes('quote')
        ? '"'
        : error.message.startsWith('Flow sequence')
          ? '['
          : undefined
    if (opener) line = openingLine(textLines, line, opener)
    if (lines.has(line)) continue // one message per line: the first explains it, the rest are echoes
    lines.add(line)
    const column = opener ? textLines[line - 1].lastIndexOf(opener) + 1 : undefined
    issues.push(
      issue(
        error.pos[0],
        explainYamlError(error.code, error.message.split('\n')[0], textLines[line - 1] ?? ''),
        line,
        column,
      ),
    )
  }
  // Content never uses YAML anchors, and an alias without one makes toJS() throw: report each as a mistake.
  visit(doc, { Alias: (_, node) => void issues.push(issue(node.range?.[0] ?? 0, explainAlias(node.source))) })
  const locate = (path: readonly PropertyKey[]) => {
    const node = deepestNode(doc.contents as Node | null, path)
    if (!node?.range) return undefined
    const pos = lineCounter.linePos(node.range[0])
    return { line: pos.line + lineOffset, column: pos.col }
  }
  return { data: issues.length ? undefined : doc.toJS(), locate, issues }
}

/** The last line, at or before `line`, where a quote or [ opens and is not closed on the same line. */
function openingLine(lines: string[], line: number, opener: '"' | '['): number {
  const unbalanced = (text: string) =>
    opener === '"' ? (text.split('"').length - 1) % 2 === 1 : text.split('[').length > text.split(']').length
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) if (unbalanced(lines[index])) return index + 1
  return line
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

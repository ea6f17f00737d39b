import type { MdxViolation } from './safe-mdx'

type EsbuildError = { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }

/** esbuild wraps MDX syntax errors; pull out the author's line and column, and explain the parser's message. */
export function syntaxErrors(error: unknown, body: string): MdxViolation[] {
  const errors = (error as EsbuildError).errors
  if (!errors?.length) return [{ message: `MDX could not be compiled: ${String((error as Error).message ?? error)}` }]
  return errors.map((item) => {
    const text = item.text.replace(/^Cannot process MDX file with esbuild:\s*/, '')
    // The MDX parser's own position ("20:1-20:20: …" or "… (20:1-20:20)") is the author's line;
    // esbuild's location is only a fallback (it reports line 0 for errors at the end of the file).
    const position = /\((\d+):(\d+)-\d+:\d+\)/.exec(text) ?? /^(\d+):(\d+)/.exec(text)
    const parserMessage = text
      .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+-\d+:\d+\)/, '')
      .split('\n')[0]
    let line = position ? Number(position[1]) : item.location?.line || undefined
    let column = position ? Number(position[2]) : item.location ? item.location.column + 1 : undefined
    // An unclosed attribute quote is only noticed at the end of the file; point at the tag that opened it.
    if (/end of file in attribute value/.test(parserMessage))
      ({ line, column } = lastTagStart(body) ?? { line, column })
    return { line, column, message: `MDX syntax: ${explain(parserMessage)}` }
  })
}

/** The MDX parser's messages (micromark, acorn) in an editor's terms, with the fix. */
function explain(message: string): string {
  let match: RegExpExecArray | null
  if (/Could not parse expression with acorn|closing brace for `\{`|in expression/.test(message)) {
    return 'a { starts a JavaScript expression, which articles cannot use; to show a brace, write \\{'
  }
  if (/Unexpected character `!` .*before name/.test(message))
    return 'HTML comments <!-- … --> do not work in MDX; write {/* comment */} instead'
  if (/before local name.*create a link/.test(message))
    return 'links in <angle brackets> do not work in MDX; write [text](https://…)'
  if ((match = /Unexpected character `(.)` \(U\+[0-9A-F]+\) before name/.exec(message))) {
    return `a < followed by '${match[1]}' looks like the start of a tag; to show a less-than sign, write \\<`
  }
  if (/end of file in (attribute name|tag|name)/.test(message))
    return 'a < starts a tag that is never finished; close the tag, or write \\< to show a less-than sign'
  if (/end of file in attribute value/.test(message))
    return 'an attribute’s quotes are never closed: write kind="…" with both quotes'
  if ((match = /Expected a closing tag for `<(\w+)>`/.exec(message))) {
    return `<${match[1]}> is opened here but never closed; add </${match[1]}> on its own line after its content`
  }
  if ((match = /Unexpected closing tag `<\/(\w+)>`, expected corresponding closing tag for `<(\w+)>`/.exec(message))) {
    return `</${match[1]}> does not match the open <${match[2]}>; close <${match[2]}> first, or fix the tag name`
  }
  if (/Unexpected closing slash `\/` in tag, expected an open tag first/.test(message)) {
    return 'this closing tag has no opening tag; remove it or add the opening tag'
  }
  return message
}

/** The line and column of the last `<Tag` in the body. */
function lastTagStart(body: string): { line: number; column: number } | undefined {
  const lines = body.split('\n')
  for (let index = lines.length - 1; index >= 0; index--) {
    const column = lines[index].search(/<[A-Za-z]/)
    if (column !== -1) return { line: index + 1, column: column + 1 }
  }
  return undefined
}

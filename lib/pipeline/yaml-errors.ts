/**
 * The YAML parser's messages in an editor's terms. Most YAML slips in frontmatter are the same few:
 * a value with `: ` or a leading `[`, `*`, `#` that needed quotes, a tab, a repeated field, a misaligned line.
 */
export function explainYamlError(code: string, message: string, lineText: string): string {
  const key = keyOnLine(lineText)
  switch (code) {
    case 'DUPLICATE_KEY':
      return key ? `the field '${key}' appears twice; keep one` : 'a field appears twice; keep one'
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces'
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `a value containing ': ' must be in quotes, e.g. ${key ?? 'title'}: "…: …"`
    case 'UNEXPECTED_TOKEN':
      if (/^\s*-?\s*[^:]+:\s*[[{]/.test(lineText))
        return 'a value that starts with [ or { is read as a list; put the whole value in quotes'
      return `${message}; check the quotes and indentation on this line`
    case 'BAD_INDENT':
      if (message.startsWith('Flow sequence'))
        return 'a [ list is not closed with ] on the same line (if the value itself starts with [, put it in quotes)'
      return 'this line is indented differently from the lines around it; line up fields of the same group'
    case 'MISSING_CHAR':
      if (message.includes('quote')) return 'a quoted value is never closed; add the closing quote'
      if (message.includes('without - indicator'))
        return 'this line is indented differently from the lines around it; line up fields of the same group'
      return message
    default:
      return message
  }
}

/** An alias (`*name`) is the usual result of an unquoted USSD code such as *123#. */
export function explainAlias(source: string): string {
  return `a value starting with * must be in quotes, e.g. "*${source}"`
}

/** The field a YAML line sets (`  - title: …` → title), to name it in messages. */
export function keyOnLine(lineText: string): string | undefined {
  return /^\s*(?:-\s+)?([^:#\s"'[{][^:]*?)\s*:(?:\s|$)/.exec(lineText)?.[1]
}

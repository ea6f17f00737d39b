/** Which JSX/HTML elements an article may contain, and what to write instead of the ones it may not. */

export interface MdxElement {
  name?: string | null
  attributes?: Array<{ type: string; name?: string; value?: unknown }>
  position?: { start: { line: number; column: number } }
}

type Components = Record<string, { attributes: readonly string[]; required: readonly string[] }>

/** Elements that would run code, embed another page or restyle the site: named, with the reason. */
const DANGEROUS: Record<string, string> = {
  script: '<script> is not allowed: an article cannot run code in the reader’s browser',
  iframe: '<iframe> is not allowed: an article cannot embed another page; link to it instead: [title](https://…)',
  style: '<style> is not allowed: the site’s own stylesheet styles every article',
  object: '<object> is not allowed: an article cannot embed plugins or other pages',
  embed: '<embed> is not allowed: an article cannot embed plugins or other pages',
  form: '<form> is not allowed: an article cannot send data anywhere',
  link: '<link> is not allowed: an article cannot load stylesheets or other resources',
  meta: '<meta> is not allowed: the site sets the page’s metadata',
  base: '<base> is not allowed: it would change where every link on the page goes',
}

/** The Markdown that does what an HTML element was meant to do. */
const MARKDOWN_FOR: Record<string, string> = {
  a: '[text](https://…)',
  img: '![description](https://…)',
  b: '**bold**',
  strong: '**bold**',
  i: '*emphasis*',
  em: '*emphasis*',
  br: 'a new paragraph (a blank line)',
  p: 'a blank line between paragraphs',
  ul: 'lines starting with - ',
  ol: 'lines starting with 1. ',
  li: 'lines starting with - or 1. ',
  h1: '## Heading (the page title comes from the frontmatter)',
  h2: '## Heading',
  h3: '### Heading',
  h4: '### Heading',
  code: '`code`',
  pre: 'a fenced code block (```)',
  blockquote: '> quoted text',
  table: 'a Markdown table (| a | b |)',
  details: 'a <Tip>',
}

const LIST = (components: Components) =>
  Object.keys(components)
    .map((name) => `<${name}>`)
    .join(', ')

/** Every problem with one element: the element itself, then each attribute that could run code. */
export function checkElement(node: MdxElement, components: Components, onMethod: (kind: string) => void): string[] {
  const name = node.name
  if (!name) return ['empty tags <>…</> are not allowed; remove them and keep what is inside']
  const spec = components[name]
  const problems = spec ? checkAttributes(name, node, spec, onMethod) : [unknownElement(name, components)]
  for (const attribute of node.attributes ?? []) {
    if (attribute.name && /^on/i.test(attribute.name)) {
      problems.push(
        `the event-handler attribute ${attribute.name} is not allowed: it would run code in the reader’s browser`,
      )
    } else if (
      typeof attribute.value === 'string' &&
      /^\s*(javascript|vbscript|data):/i.test(attribute.value.replace(/[\t\n\r]/g, ''))
    ) {
      problems.push(`the attribute ${attribute.name} may not hold a '${attribute.value.split(':')[0].trim()}:' URL`)
    }
  }
  return problems
}

function unknownElement(name: string, components: Components): string {
  const lower = name.toLowerCase()
  const component = Object.keys(components).find((candidate) => candidate.toLowerCase() === lower)
  if (component) return `<${name}> is not a component; components start with a capital letter: <${component}>`
  if (DANGEROUS[lower]) return DANGEROUS[lower]
  if (/^[a-z]/.test(name)) {
    const instead = MARKDOWN_FOR[lower]
    return `raw HTML <${name}> is not allowed in articles; ${instead ? `write ${instead} instead` : `use Markdown or one of the components: ${LIST(components)}`}`
  }
  return `<${name}> is not a component articles can use; the components are ${LIST(components)}`
}

function checkAttributes(
  name: string,
  node: MdxElement,
  spec: Components[string],
  onMethod: (kind: string) => void,
): string[] {
  const given = new Map<string, string>()
  const problems: string[] = []
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`<${name}> does not accept {…spread} attributes`)
    } else if (/^on/i.test(attribute.name)) {
    } else if (!spec.attributes.includes(attribute.name)) {
      problems.push(
        `<${name}> has no attribute '${attribute.name}'${spec.attributes.length ? ` (it accepts: ${spec.attributes.join(', ')})` : ''}`,
      )
    } else if (typeof attribute.value !== 'string') {
      problems.push(`<${name} ${attribute.name}> must be a plain string in quotes, not an {expression}`)
    } else {
      given.set(attribute.name, attribute.value)
    }
  }
  const missing = spec.required.find((attribute) => !given.has(attribute))
  if (missing && !problems.length) problems.push(`<${name}> needs a ${missing}="…" attribute`)
  if (name === 'Method' && given.has('kind')) onMethod(given.get('kind')!)
  return problems
}

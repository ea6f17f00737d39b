import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml'
import { hasKana, type TermOverrides, toTraditional } from '../i18n/traditional'

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
/** Web addresses are never converted (an address may hold Han characters: a Japanese page's path). */
const ADDRESS = /\]\([^)\n]*\)|https?:\/\/[^\s)>\]"']+/u
/** An SMS text is data; only its <placeholders> (<你的手机号>) are words for the traveller to replace. */
const PLACEHOLDER = /<[^<>\n]+>/g

/**
 * The zh-hant text of a Simplified article, line for line (so problems still point at the author's line):
 * the body's prose and the frontmatter's words are converted; data is not. Data here is every value under
 * a key in DATA_KEYS, an app's name (as the store shows it), a menu path entry or quotation written in
 * Japanese, and an SMS text outside its placeholders. Source titles are converted: the zh articles give them
 * translated into Chinese (a Japanese title keeps its kana and the kanji between them).
 */
export function traditionalArticle(source: string, overrides: TermOverrides): string {
  const fence = FENCE.exec(source)
  if (!fence) return toTraditional(source, overrides, ADDRESS)
  const yamlStart = source.indexOf(fence[1])
  const yaml = traditionalFrontmatter(fence[1], overrides)
  const body = source.slice(fence[0].length)
  return (
    source.slice(0, yamlStart) +
    yaml +
    source.slice(yamlStart + fence[1].length, fence[0].length) +
    toTraditional(body, overrides, ADDRESS)
  )
}

/** Keys whose values are data whatever they hold: codes, numbers, addresses, store links, language codes. */
const DATA_KEYS = new Set(['url', 'code', 'number', 'to', 'international', 'ios', 'android', 'languages', 'kind'])

function traditionalFrontmatter(text: string, overrides: TermOverrides): string {
  const document = parseDocument(text, { keepSourceTokens: false })
  const edits: Array<{ start: number; end: number; text: string }> = []
  visit(document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return
      const keys = path.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
      const own = keys.at(-1) ?? ''
      const parent = path.filter(isMap).at(-1)
      const raw = text.slice(node.range[0], node.range[1])
      if (DATA_KEYS.has(own)) return
      if (own === 'name' && parent?.get('kind') === 'app') return
      if (own === 'path' && hasKana(node.value)) return
      const converted =
        own === 'body'
          ? raw.replace(PLACEHOLDER, (placeholder) => toTraditional(placeholder, overrides))
          : toTraditional(raw, overrides, ADDRESS)
      if (converted !== raw) edits.push({ start: node.range[0], end: node.range[1], text: converted })
    },
  })
  let out = text
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

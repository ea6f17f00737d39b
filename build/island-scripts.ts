import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type DefaultTreeAdapterMap, parse } from 'parse5'

/**
 * The islands written into the prerendered pages (docs/decisions/017-islands-in-the-page.md): each page
 * carries the code of the islands it uses in a `<script>` at the end of its body, so a first visit on a
 * slow link spends no request, no round trip and no response headers on them. The Content-Security-Policy
 * allows exactly these scripts by hash: the hash of every file in public/islands/ (written there by
 * scripts/build-islands.mjs before `next build`, which reads this for next.config.ts's headers).
 */

/** `/islands/copy.js` → copy: the script's id in the page (`island-copy`), so a reader sees which it is. */
const ISLAND_FILE = /^\/islands\/([\w-]+)\.js$/

export const isIslandFile = (src: string) => ISLAND_FILE.test(src)

/** The CSP source for a script's text: what the browser compares with the inline script it runs. */
export const scriptHash = (code: string) => `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`

/** The hash of every island file in `dir` (none when the islands are not built yet: typecheck, unit tests). */
export function islandHashes(dir = path.resolve('public/islands')): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => scriptHash(readFileSync(path.join(dir, name), 'utf8')))
}

/**
 * An island file as an inline script. Its text goes in unchanged (the hash is of these exact characters);
 * a text the HTML parser would end early or read as a comment stops the build rather than break a page.
 */
export function inlineIsland(src: string, code: string): string {
  const name = ISLAND_FILE.exec(src)?.[1]
  if (!name) throw new Error(`${src}: not an island file (/islands/<name>.js)`)
  if (/<\/script|<!--|<script/i.test(code))
    throw new Error(
      `${src}: its code holds "</script", "<script" or "<!--", which would break the page it is written into`,
    )
  return `<script id="island-${name}">${code}</script>`
}

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document']

/**
 * The scripts a page runs inline, each by its name (the island's id, else its hash) and hash: what its own
 * Content-Security-Policy must allow, and nothing more (build/ready-responses.ts). Structured data is not
 * run, so it needs no hash.
 */
export function inlineScripts(html: string): { name: string; hash: string }[] {
  const found = new Map<string, string>()
  const visit = (node: Node) => {
    if (node.nodeName === 'script' && 'attrs' in node) {
      const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value
      const type = attribute('type')
      if (attribute('src') === undefined && (type === undefined || type === '' || /javascript|module/.test(type))) {
        const code = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')
        const hash = scriptHash(code)
        found.set(attribute('id')?.replace(/^island-/, '') ?? hash, hash)
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
  }
  visit(parse(html))
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([name, hash]) => ({ name, hash }))
}

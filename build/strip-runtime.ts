import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { RewritingStream } from 'parse5-html-rewriting-stream'
import { inlineIsland, isIslandFile } from './island-scripts'
import type { NextOutput } from './next-output'

/**
 * Content pages ship no framework JavaScript (docs/decisions/009-no-framework-javascript.md). The App Router
 * prerenders every content page to complete HTML; this step removes what only hydration needs (Next.js's
 * script chunks, their preloads, the inline React Server Components payload) and keeps:
 * - the islands (`/islands/*.js`) the components asked for, each once, written into the end of the body
 *   (build/island-scripts.ts): after the text, so they never hold up the first paint, and without a request
 *   of their own, so a slow link spends no round trip on them;
 * - structured data (`application/ld+json`): data for search engines, not code.
 * The site's icon (a few hundred bytes of SVG) is written into the page as a `data:` URL: a browser on a
 * slow link then spends no round trip on it.
 *
 * The HTML is tokenized by parse5 (the WHATWG parser) and rewritten token by token: what is kept stays
 * byte for byte as Next.js wrote it. A page that does not look as expected (no body, a framework file still
 * named) stops the build, so a Next.js upgrade that changes the output cannot slip through.
 */
export async function stripRuntime(html: string, file: string, read: (url: string) => Buffer): Promise<string> {
  const rewriter = new RewritingStream()
  const islands = new Map<string, string>()
  let dropping = false
  let sawBody = false
  const problems: string[] = []

  rewriter.on('startTag', (tag, raw) => {
    const attribute = (name: string) => tag.attrs.find((attr) => attr.name === name)?.value
    if (tag.tagName === 'script') {
      const src = attribute('src')
      if (src && isIslandFile(src)) {
        if (!islands.has(src)) islands.set(src, inlineIsland(src, read(src).toString('utf8')))
        dropping = true
      } else if (attribute('type') === 'application/ld+json') rewriter.emitRaw(raw)
      else dropping = true
      return
    }
    if (tag.tagName === 'link' && (attribute('rel') === 'modulepreload' || attribute('as') === 'script')) return
    const href = attribute('href')
    if (tag.tagName === 'link' && attribute('rel') === 'icon' && href?.startsWith('/') && href.includes('.svg')) {
      for (const attr of tag.attrs) if (attr.name === 'href') attr.value = svgDataUrl(read(href))
      rewriter.emitStartTag(tag)
      return
    }
    for (const { value } of tag.attrs) if (FRAMEWORK_FILE.test(value)) problems.push(`<${tag.tagName}> names ${value}`)
    rewriter.emitRaw(raw)
  })
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName === 'script') {
      if (!dropping) rewriter.emitRaw(raw)
      dropping = false
      return
    }
    if (tag.tagName === 'body') {
      sawBody = true
      rewriter.emitRaw([...islands.values()].join(''))
    }
    rewriter.emitRaw(raw)
  })
  rewriter.on('text', (_, raw) => {
    if (!dropping) rewriter.emitRaw(raw)
  })

  const stripped = await text(Readable.from([html]).pipe(rewriter))
  if (!sawBody) problems.push('no </body> to put the islands before')
  if (problems.length) throw new Error(`${file}: unexpected HTML after stripping the runtime: ${problems.join('; ')}`)
  return stripped
}

/** An SVG as a `data:` URL, percent-encoding only what a URL in an attribute needs. */
const svgDataUrl = (svg: Buffer) =>
  `data:image/svg+xml,${svg
    .toString('utf8')
    .trim()
    .replace(/[\s]+/g, ' ')
    .replace(/[%#"<>&\n]/g, (char) => encodeURIComponent(char))}`

/** Next.js's own scripts: nothing may still name one after stripping. */
const FRAMEWORK_FILE = /\/_next\/static\/.+\.js$/

/** Strips every prerendered page in the build folder, and puts the result in the standalone server's copy. */
export async function stripRuntimeStep(output: NextOutput): Promise<string> {
  const files = output.htmlFiles()
  for (const relative of files) {
    const file = path.join(output.distDir, relative)
    const stripped = await stripRuntime(await readFile(file, 'utf8'), file, (url) => output.read(url))
    await writeFile(file, stripped)
    await writeFile(path.join(output.standaloneDistDir, relative), stripped)
  }
  return `${files.length} prerendered pages without framework JavaScript`
}

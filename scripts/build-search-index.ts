/**
 * `npm run search:index` (the last step of `npm run build`): build each locale's search index from the
 * content and write it for the server, tagged with the Next.js build it belongs to. See lib/search/get-index.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { LOCALES } from '../lib/i18n/locales'
import { indexFile } from '../lib/search/index-file'
import { serializeForBuild } from '../lib/search/index-from-content'

async function main() {
  const root = process.cwd()
  for (const locale of LOCALES) {
    const started = performance.now()
    const buffer = await serializeForBuild(locale, root)
    const file = indexFile(root, locale)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, buffer)
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    console.log(
      `search index ${locale}: ${kb(buffer.length)} (${kb(gzipSync(buffer).length)} gzip) in ${((performance.now() - started) / 1000).toFixed(1)}s -> ${path.relative(root, file)}`,
    )
  }
}

void main()

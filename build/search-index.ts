/**
 * Each locale's search index, built from the content and written for the server, tagged with the Next.js
 * build it belongs to (lib/search/get-index.ts). A step of the publish stage (build/publish.ts); also
 * `npm run search:index` on its own after a bare `next build`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { LOCALES } from '../lib/i18n/locales'
import { indexFile } from '../lib/search/index-file'
import { serializeForBuild } from '../lib/search/index-from-content'

export async function writeSearchIndexes(projectDir: string): Promise<string> {
  const written: string[] = []
  for (const locale of LOCALES) {
    const started = performance.now()
    const buffer = await serializeForBuild(locale, projectDir)
    const file = indexFile(projectDir, locale)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, buffer)
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    written.push(
      `${locale} ${kb(buffer.length)} (${kb(gzipSync(buffer).length)} gzip) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
    )
  }
  return `search index: ${written.join(', ')} -> ${path.relative(projectDir, path.dirname(indexFile(projectDir, 'zh')))}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  writeSearchIndexes(process.cwd()).then(console.log, (error: unknown) => {
    console.error(error)
    process.exit(1)
  })

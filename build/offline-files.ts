/**
 * What offline use needs, written into the standalone server's public/ folder (which the server lists when
 * it starts):
 * - saves/{locale}/{carrier}.json: each carrier's pages and files to save, and their size (lib/offline/offline-bundle.ts);
 * - sw.js: the service worker (worker/service-worker.ts), bundled with its precache list and the build id.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { LOCALES } from '../lib/i18n/locales'
import { formatBytes } from '../lib/offline/format'
import { saveList, shellEntries } from '../lib/offline/offline-bundle'
import { pageList } from '../lib/page-list'
import { readBuiltContent } from '../lib/pipeline/content-snapshot'
import { offlineFiles } from '../lib/routes'
import type { NextOutput } from './next-output'

export async function writeOfflineFiles(output: NextOutput, projectDir: string): Promise<string> {
  const write = (url: string, text: string) => {
    const file = path.join(output.standaloneDir, 'public', url)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  const content = await readBuiltContent(projectDir)
  const list = pageList(content)
  const sizes: string[] = []
  for (const locale of LOCALES) {
    for (const carrier of content.carriers) {
      const guides = content.guides.filter((guide) => guide.locale === locale && guide.carrier === carrier.id)
      const saved = saveList(output, list, locale, carrier, guides)
      write(offlineFiles.saveList(locale, carrier.id), JSON.stringify(saved))
      sizes.push(`${locale}/${carrier.id} ${saved.pages.length} pages ${formatBytes(saved.bytes, 'en')}`)
    }
  }
  const precache = shellEntries(output)
  const worker = await build({
    entryPoints: [path.join(projectDir, 'worker/service-worker.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    define: {
      PRECACHE_ENTRIES: JSON.stringify(precache),
      BUILD_ID: JSON.stringify(output.buildId),
      // Serwist's development logging is left out of the production worker.
      'process.env.NODE_ENV': '"production"',
    },
  })
  write(offlineFiles.serviceWorker(), worker.outputFiles[0].text)
  return `offline: ${sizes.length} save lists (${sizes.slice(0, 3).join('; ')}…), sw.js ${formatBytes(worker.outputFiles[0].contents.length, 'en')} with ${precache.length} precached files`
}

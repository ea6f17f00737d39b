/**
 * The last step of `npm run build`, after `next build` and prepare-standalone: writes what offline use
 * needs into the standalone server's public/ folder (which the server lists when it starts):
 * - saves/{locale}/{carrier}.json: each carrier's pages and files to save, and their size (lib/offline/offline-bundle.ts);
 * - sw.js: the service worker (worker/service-worker.ts), bundled with its precache list and the build id.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { LOCALES } from '../lib/i18n/locales'
import { BuiltSite } from '../lib/offline/built-files'
import { formatBytes } from '../lib/offline/format'
import { saveList, shellEntries } from '../lib/offline/offline-bundle'
import { pageList } from '../lib/page-list'
import { readBuiltContent } from '../lib/pipeline/content-snapshot'
import { offlineFiles } from '../lib/routes'

const root = process.cwd()
// The build folder (.next, or the build benchmark's own, SIM_HELPER_DIST_DIR) and its standalone server.
const dist = path.join(root, process.env.SIM_HELPER_DIST_DIR || '.next')
const publicDir = path.join(dist, 'standalone/public')
const site = new BuiltSite(dist)

async function main() {
  const content = await readBuiltContent(root)
  const list = pageList(content)
  const sizes: string[] = []
  for (const locale of LOCALES) {
    for (const carrier of content.carriers) {
      const guides = content.guides.filter((guide) => guide.locale === locale && guide.carrier === carrier.id)
      const saved = saveList(site, list, locale, carrier, guides)
      write(offlineFiles.saveList(locale, carrier.id), JSON.stringify(saved))
      sizes.push(`${locale}/${carrier.id} ${saved.pages.length} pages ${formatBytes(saved.bytes, 'en')}`)
    }
  }
  const precache = shellEntries(site)
  const worker = await build({
    entryPoints: [path.join(root, 'worker/service-worker.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    define: {
      PRECACHE_ENTRIES: JSON.stringify(precache),
      BUILD_ID: JSON.stringify(site.buildId()),
      // Serwist's development logging is left out of the production worker.
      'process.env.NODE_ENV': '"production"',
    },
  })
  write(offlineFiles.serviceWorker(), worker.outputFiles[0].text)
  console.log(
    `offline: ${sizes.length} save lists (${sizes.slice(0, 3).join('; ')}…), sw.js ${formatBytes(worker.outputFiles[0].contents.length, 'en')} with ${precache.length} precached files`,
  )
}

function write(url: string, text: string) {
  const file = path.join(publicDir, url)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

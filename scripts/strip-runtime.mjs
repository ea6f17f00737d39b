/**
 * After `next build`: content pages ship no framework JavaScript (docs/decisions/009-no-framework-javascript.md).
 * The App Router prerenders every content page to complete HTML; this step removes what only hydration needs
 * from those files (Next.js's script chunks, their preloads, the inline React Server Components payload) and
 * keeps the islands (`/islands/*.js`) the components asked for. No content page hydrates anything: the
 * interactive parts are islands, and tests/unit/client-components.test.ts keeps `'use client'` out.
 * It fails the build when a page does not look like what it expects, so a Next.js upgrade that changes
 * the output cannot slip through unnoticed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The 404 pages, prerendered outside the manifest's routes. */
const NOT_FOUND = ['/_not-found', '/_global-not-found']

const dist = process.env.SIM_HELPER_DIST_DIR || '.next'
const manifest = JSON.parse(readFileSync(`${dist}/prerender-manifest.json`, 'utf8'))
const pages = [
  ...Object.entries(manifest.routes)
    // Pages have a React payload (dataRoute); route handlers (feeds, sitemap, images, manifests) do not.
    .filter(([, route]) => route.dataRoute !== null)
    .map(([page]) => page),
  ...NOT_FOUND,
]

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g
const ISLAND = /^<script\b[^>]*\bsrc="\/islands\/[\w-]+\.js"[^>]*><\/script>$/
/** Structured data for search engines is data, not code: it stays. */
const DATA = /^<script type="application\/ld\+json">/

/** The page without its framework scripts; islands stay where React put them, now `defer`red. */
export function stripRuntime(html, file) {
  const stripped = html
    .replace(SCRIPT, (tag) => (ISLAND.test(tag) ? tag.replace(' async=""', ' defer=""') : DATA.test(tag) ? tag : ''))
    .replace(SCRIPT_PRELOAD, '')
  if (
    /<script(?![^>]*\/islands\/)(?! type="application\/ld\+json")/.test(stripped) ||
    /\/_next\/static\/[^"]+\.js"/.test(stripped)
  )
    throw new Error(`${file}: framework scripts left after stripping`)
  return stripped
}

let count = 0
// The standalone server reads its own copy of the prerendered pages.
for (const root of [dist, path.join(dist, 'standalone', dist)]) {
  for (const page of pages) {
    const file = path.join(root, 'server', 'app', `${page === '/' ? '/index' : page}.html`)
    if (!existsSync(file)) {
      if (NOT_FOUND.includes(page)) continue
      throw new Error(`${file}: prerendered page not found`)
    }
    writeFileSync(file, stripRuntime(readFileSync(file, 'utf8'), file))
    count++
  }
}
console.log(`strip-runtime: ${count} prerendered pages without framework JavaScript`)

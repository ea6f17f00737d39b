import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { loadContent } from '../../lib/pipeline/load-content'
import { pagesByRoute } from '../../lib/page-inventory'

/**
 * The content check accepts a link when lib/page-inventory.ts says the page exists. Here that list is compared
 * with the pages the production build actually prerendered, route by route, so the link check can neither
 * accept a link that 404s nor refuse one that works. Routes with no page in app/ yet are reported, not failed.
 */
test('every page the link check knows is built, and every built page is known', async () => {
  const root = path.resolve(__dirname, '../..')
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }
  // Pages and feeds; share images are not link targets (they are listed in each page's metadata).
  const built = Object.keys(manifest.routes).filter((page) => /^\/(zh|en)(\/|$)|^\/sitemap\.xml$/.test(page) && !page.endsWith('/opengraph-image'))
  const { content } = await loadContent({ root })
  const expected = pagesByRoute({
    carriers: content.carriers.map((carrier) => carrier.id),
    guides: content.guides.map((guide) => ({ ...guide, methods: guide.methods.map((method) => method.kind) })),
    topics: content.topics,
  })
  const notBuilt = Object.entries(expected).filter(([, pages]) => pages.length && !pages.some((page) => built.includes(page))).map(([route]) => route)
  test.info().annotations.push({ type: 'routes without pages in app/ yet', description: notBuilt.join(', ') || 'none' })
  const known = Object.entries(expected).filter(([route]) => !notBuilt.includes(route)).flatMap(([, pages]) => pages)
  expect(built.sort()).toEqual(known.sort())
})

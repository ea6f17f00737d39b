import path from 'node:path'
import { expect, test } from '@playwright/test'
import { NextOutput } from '../../build/next-output'
import { LOCALES } from '../../lib/i18n/locale-codes'
import { PAGE_ROUTES, pageList } from '../../lib/page-list'
import { readBuiltContent } from '../../lib/pipeline/content-snapshot'

const root = path.resolve(__dirname, '../..')

/**
 * The page list (lib/page-list.ts) is what the routes, the sitemap, the language switch, the link check and
 * the save lists read. Here it is held against what the production build prerendered, route by route: every
 * route must have built pages, and the built pages must be exactly the listed ones (the search page, which is
 * rendered per request, is checked by asking the server).
 */
test('every listed page is built, every built page is listed, and no route is left without pages', async ({
  request,
}) => {
  const list = pageList(await readBuiltContent(root))
  const prerendered = new NextOutput('.next', root).prerendered.map((route) => route.url)
  const localePrefix = new RegExp(`^/(${LOCALES.join('|')})(/|$)`)
  // Pages, feeds and manifests; share images are not pages (each page's metadata names its own).
  const built = prerendered.filter(
    (page) => (localePrefix.test(page) || page === '/sitemap.xml') && !page.endsWith('/opengraph-image'),
  )
  const perRequest = list.pages
    .filter((page) => page.route === 'search')
    .flatMap((page) => page.versions.map((version) => version.path))
  const listed = list.pages
    .filter((page) => page.route !== 'search')
    .flatMap((page) => page.versions.map((version) => version.path))
  expect(built.sort()).toEqual(listed.sort())
  for (const route of PAGE_ROUTES)
    expect(list.pages.filter((page) => page.route === route).length, `pages of ${route}`).toBeGreaterThan(0)
  for (const page of perRequest) expect((await request.get(page)).status(), page).toBe(200)
})

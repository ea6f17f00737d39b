import { type Declaration, declarations } from './page-declarations'
import type { Page, PageParams, PageRoute, PageVersion } from './page-types'
import type { Content } from './schema/content'
import type { Locale } from './i18n/locale-codes'

export type { Page, PageParams, PageRoute, PageVersion } from './page-types'

export const PAGE_ROUTES = Object.keys(declarations) as PageRoute[]

function pagesOf<R extends PageRoute>(route: R, content: Content): Array<Page<R>> {
  const declaration = declarations[route] as Declaration<R>
  return declaration.pages(content).map(({ params, versions }) => ({
    route,
    params,
    versions: versions.map((version) => ({ ...version, path: declaration.path(version.locale, params) })),
  }))
}

/** The key a page is found by: its route and its params (in any order). */
export const pageKey = (route: PageRoute, params: object) =>
  [
    route,
    ...Object.entries(params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => `${name}=${value}`),
  ].join(' ')

/** Every page of the site, and the same pages by key and by path. Pure: the content in, the list out. */
export interface PageList {
  pages: Page[]
  byKey: Map<string, Page>
  byPath: Map<string, PageVersion>
}

export function pageList(content: Content): PageList {
  const pages: Page[] = PAGE_ROUTES.flatMap((route) => pagesOf(route, content))
  return {
    pages,
    byKey: new Map(pages.map((page) => [pageKey(page.route, page.params), page])),
    byPath: new Map(pages.flatMap((page) => page.versions.map((version) => [version.path, version]))),
  }
}

/** The page of `route` with these params, or undefined when the content makes no such page. */
export function findPage<R extends PageRoute>(list: PageList, route: R, params: PageParams[R]): Page<R> | undefined {
  return list.byKey.get(pageKey(route, params)) as Page<R> | undefined
}

/** Params for generateStaticParams: one entry per language version of every page of the route. */
export function routeParams<R extends PageRoute>(list: PageList, route: R): Array<PageParams[R] & { locale: Locale }> {
  return list.pages
    .filter((page): page is Page<R> => page.route === route)
    .flatMap((page) => page.versions.map(({ locale }) => ({ ...page.params, locale })))
}

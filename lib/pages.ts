import { cache } from 'react'
import { getCarriers, getContent } from './guides'
import { LOCALES, type Locale } from './i18n/locales'
import { findPage, type Page, type PageList, type PageParams, type PageRoute, pageList, routeParams } from './page-list'
import type { Content } from './schema/content'
import { METHODS } from './schema/method'
import { TASKS } from './schema/task'

/**
 * The page list (lib/page-list.ts) as the routes read it: derived once per loaded content, then looked up.
 * Routes, generateStaticParams, metadata, the language switch, the sitemap and the offline save lists all
 * ask here, so they agree on which pages exist, in which languages, with which dates.
 */
const lists = new WeakMap<Content, PageList>()

export const getPageList = cache(async (): Promise<PageList> => {
  const content = await getContent()
  let list = lists.get(content)
  if (!list) {
    list = pageList(content)
    lists.set(content, list)
  }
  return list
})

/** Every page of the site (the sitemap and the save lists filter it). */
export async function allPages(): Promise<Page[]> {
  return (await getPageList()).pages
}

export async function getPage<R extends PageRoute>(route: R, params: PageParams[R]): Promise<Page<R> | undefined> {
  return findPage(await getPageList(), route, params)
}

/** The page a route is rendering: it exists, since generateStaticParams listed only pages that do. */
export async function requirePage<R extends PageRoute>(route: R, params: PageParams[R]): Promise<Page<R>> {
  const page = await getPage(route, params)
  if (!page) throw new Error(`no ${route} page for ${JSON.stringify(params)} in the page list`)
  return page
}

/**
 * `next dev` answers from the previous generateStaticParams result and refreshes it in the background
 * (vercel/next.js#85741, #96019), so with dynamicParams = false a guide added while the server runs would
 * 404 on its first reload. In development every guide and method page a registered carrier could have is
 * listed instead; a page without content still calls notFound(). A production build lists exactly the pages.
 */
const everyPossiblePage = process.env.NODE_ENV === 'development'

/** generateStaticParams for a route: every language version of every page it has. */
export async function staticParams<R extends PageRoute>(route: R): Promise<Array<PageParams[R] & { locale: Locale }>> {
  if (everyPossiblePage && (route === 'guide' || route === 'guideMethod')) {
    const carriers = await getCarriers()
    const guides = LOCALES.flatMap((locale) =>
      carriers.flatMap(({ id }) => TASKS.map((task) => ({ locale, carrier: id, task }))),
    )
    const possible =
      route === 'guide' ? guides : guides.flatMap((params) => METHODS.map((method) => ({ ...params, method })))
    return possible as unknown as Array<PageParams[R] & { locale: Locale }>
  }
  return routeParams(await getPageList(), route)
}

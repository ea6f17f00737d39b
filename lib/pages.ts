import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { getCarriers, getContent } from './guides'
import { LOCALES, type Locale } from './i18n'
import {
  openPage,
  type Page,
  PAGE_ROUTES,
  type PageList,
  type PageParams,
  type PageRoute,
  type PageView,
  pageList,
  pageMetadata,
  routeParams,
  type UrlParams,
} from './page-list'
import type { Content } from './schema/content'
import { METHODS } from './schema/method'
import { TASKS } from './schema/task'

/**
 * The page list (lib/page-list.ts) as the routes read it, one entry per route: a route looks its page up,
 * `const page = (await pages.guide.get(params)) ?? notFound()`, and hands Next.js the rest as they are,
 * `export const generateMetadata = pages.guide.metadata`, `export const generateStaticParams = pages.guide.params`,
 * so a page, its metadata and its static params agree on what exists. Derived once per loaded content.
 */
const lists = new WeakMap<Content, PageList>()

const getPageList = cache(async (): Promise<PageList> => {
  const content = await getContent()
  let list = lists.get(content)
  if (!list) {
    list = pageList(content)
    lists.set(content, list)
  }
  return list
})

/** Every page of the site (the sitemap reads it). */
export async function allPages(): Promise<Page[]> {
  return (await getPageList()).pages
}

export interface RoutePages<R extends PageRoute> {
  /** The page the URL's params name, in its language, with its content, trail, switch and metadata input. */
  get: (params: UrlParams<R> | Promise<UrlParams<R>>) => Promise<PageView<R> | undefined>
  /** generateStaticParams: every language version of every page of the route. */
  params: () => Promise<Array<PageParams[R] & { locale: Locale }>>
  /** generateMetadata: the page's title, description, canonical URL, hreflang and share card. */
  metadata: (props: { params: Promise<UrlParams<R>> }) => Promise<Metadata>
}

function routePages<R extends PageRoute>(route: R): RoutePages<R> {
  const get = async (params: UrlParams<R> | Promise<UrlParams<R>>) => openPage(await getPageList(), route, await params)
  return {
    get,
    params: () => staticParams(route),
    metadata: async ({ params }) => {
      const page = (await get(params)) ?? notFound()
      if (!page.meta) throw new Error(`${route} pages have no metadata: they are files, not HTML`)
      return pageMetadata({ locale: page.locale, versions: page.versions, ...page.meta })
    },
  }
}

export const pages = Object.fromEntries(PAGE_ROUTES.map((route) => [route, routePages(route)])) as {
  [R in PageRoute]: RoutePages<R>
}

/**
 * `next dev` answers from the previous generateStaticParams result and refreshes it in the background
 * (vercel/next.js#85741, #96019), so with dynamicParams = false a guide added while the server runs would
 * 404 on its first reload. In development every guide and method page a registered carrier could have is
 * listed instead; a page without content still calls notFound(). A production build lists exactly the pages.
 */
const everyPossiblePage = process.env.NODE_ENV === 'development'

async function staticParams<R extends PageRoute>(route: R): Promise<Array<PageParams[R] & { locale: Locale }>> {
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

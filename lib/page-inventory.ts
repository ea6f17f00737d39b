import { LOCALES, type Locale } from './i18n/locales'
import { methodAnchor, routes } from './routes'
import { METHODS, type MethodKind } from './schema/method'
import { TASKS, type Task } from './schema/task'

/** What the site is built from, reduced to what decides which pages exist. */
export interface SiteInventory {
  carriers: string[]
  guides: Array<{ locale: Locale; carrier: string; task: Task; methods: readonly MethodKind[] }>
  topics: Array<{ locale: Locale; slug: string }>
}

/** A page, and the in-page anchors (#…) it is known to have. */
export type SitePages = Map<string, { anchors: readonly string[] }>

/**
 * Every page of the site, derived from the content and lib/routes.ts. Keyed by route, so adding a route
 * to routes.ts fails to compile until this list says which pages it makes: the content check's
 * link check (and anything else that needs every URL) cannot silently miss a kind of page.
 */
/** Routes that are not pages a link in an article could point at. */
type PageRoute = Exclude<keyof typeof routes, 'searchApi'>

const pagesOf: Record<PageRoute, (site: SiteInventory) => Array<[string, readonly string[]]>> = {
  home: () => LOCALES.map((locale) => [routes.home(locale), []]),
  carrier: ({ carriers }) => LOCALES.flatMap((locale) => carriers.map((id) => [routes.carrier(locale, id), []] as [string, string[]])),
  card: ({ carriers }) => LOCALES.flatMap((locale) => carriers.map((id) => [routes.card(locale, id), []] as [string, string[]])),
  guide: ({ guides }) => guides.map((guide) => [routes.guide(guide.locale, guide.carrier, guide.task), guide.methods.map(methodAnchor)]),
  guideMethod: ({ guides }) =>
    guides.flatMap((guide) => guide.methods.map((method) => [routes.guideMethod(guide.locale, guide.carrier, guide.task, method), []] as [string, string[]])),
  methodHub: () => LOCALES.flatMap((locale) => METHODS.map((method) => [routes.methodHub(locale, method), []] as [string, string[]])),
  taskHub: () => LOCALES.flatMap((locale) => TASKS.map((task) => [routes.taskHub(locale, task), []] as [string, string[]])),
  topics: () => LOCALES.map((locale) => [routes.topics(locale), []]),
  topic: ({ topics }) => topics.map((topic) => [routes.topic(topic.locale, topic.slug), []]),
  feed: () => LOCALES.map((locale) => [routes.feed(locale), []]),
  sitemap: () => [[routes.sitemap(), []]],
  search: () => LOCALES.map((locale) => [routes.search(locale), []]),
  saved: () => LOCALES.map((locale) => [routes.saved(locale), []]),
  offline: () => LOCALES.map((locale) => [routes.offline(locale), []]),
  manifest: () => LOCALES.map((locale) => [routes.manifest(locale), []]),
}

export function sitePages(site: SiteInventory): SitePages {
  const pages: SitePages = new Map()
  for (const list of Object.values(pagesOf)) for (const [path, anchors] of list(site)) pages.set(path, { anchors })
  return pages
}

/** The pages of each route, e.g. to compare with what a build produced. */
export function pagesByRoute(site: SiteInventory): Record<PageRoute, string[]> {
  const entries = Object.entries(pagesOf).map(([route, list]) => [route, list(site).map(([path]) => path)])
  return Object.fromEntries(entries) as Record<PageRoute, string[]>
}

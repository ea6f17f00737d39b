import type { Locale } from './i18n/locale-codes'
import type { routes } from './routes'
import type { MethodKind } from './schema/method'
import type { Task } from './schema/task'

/** Routes that are pages (the search API answers scripts with JSON; the feedback answer page exists only for a refused report). */
export type PageRoute = Exclude<keyof typeof routes, 'searchApi' | 'feedbackAnswer'>

/** What tells one page of a route from another, named as the route's folders name them (`[carrier]`, `[task]`…). */
export interface PageParams {
  home: object
  carrier: { carrier: string }
  card: { carrier: string }
  guide: { carrier: string; task: Task }
  guideMethod: { carrier: string; task: Task; method: MethodKind }
  methodHub: { method: MethodKind }
  taskHub: { task: Task }
  topics: object
  topic: { slug: string }
  whichSim: object
  feed: object
  sitemap: object
  search: object
  saved: object
  offline: object
  manifest: object
}

/** One language version of a page. */
export interface PageVersion {
  locale: Locale
  /** The canonical path, from lib/routes.ts. */
  path: string
  /** YYYY-MM-DD: when its text last changed; absent when nothing on the page is dated. */
  updated?: string
  /** In the sitemap and open to search engines (absent means yes). */
  indexable?: boolean
  /** The in-page anchors (#…) links may point at. */
  anchors?: readonly string[]
}

/** A page in every language it exists in. */
export interface Page<R extends PageRoute = PageRoute> {
  route: R
  params: PageParams[R]
  versions: PageVersion[]
}

import type { Metadata } from 'next'
import { carrierCard, isEmptyCard } from './card'
import {
  countryName,
  DEFAULT_LOCALE,
  type Dictionary,
  format,
  getDictionary,
  LANGUAGE_TAG,
  LOCALES,
  type Locale,
  OPEN_GRAPH_LOCALE,
} from './i18n'
import { methodAction } from './method-action'
import { imageRoutes, methodAnchor, routes } from './routes'
import type { Carrier } from './schema/carrier'
import type { Content, Guide, Topic } from './schema/content'
import type { Identify } from './schema/identify'
import { METHODS, type MethodKind, type MethodSection } from './schema/method'
import { TASKS, type Task } from './schema/task'
import { siteOrigin } from './site-url'

/**
 * Every page of the site, declared once per kind and derived from the content alone (pure: content in,
 * pages out): which params exist, in which languages, each version's path and date, and, for one page in
 * one language, what its route renders, its breadcrumb trail, its language switch and its metadata input.
 * Routes read it through lib/pages.ts; the sitemap, search, the offline lists and the link check read it too.
 */

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

/** What a route renders of the content, read for one language (lists such as the home page read the door). */
export interface PageContent {
  home: object
  carrier: { carrier: Carrier; guides: Guide[] }
  card: { carrier: Carrier; guides: Guide[] }
  guide: { carrier: Carrier; guide: Guide }
  guideMethod: { carrier: Carrier; guide: Guide; section: MethodSection }
  methodHub: { method: MethodKind }
  taskHub: { task: Task }
  topics: object
  topic: { topic: Topic }
  whichSim: { identify: Identify }
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

/** One step of a breadcrumb trail: a name and a site path from lib/routes.ts. */
export interface Crumb {
  name: string
  href: string
}

/** The same page in another language, or, when it has no translation there, the nearest page above it that has one. */
export type Translation = { locale: Locale; href: string } | { locale: Locale; missing: Crumb }

/** What search engines and link previews get (lib/pages.ts turns it into Next.js metadata). */
export interface MetaInput {
  /** The page's own title, without the site name. */
  title: string
  description: string
  /** The share image's path; the site's card for the locale when absent. */
  image?: string
  /** For guides: Open Graph type article, with the date the text last changed. */
  article?: { modified: string; section: string }
  /** Keep out of search engines even where the page list says the page is indexable. */
  noindex?: boolean
}

/** One page in one language, as its route renders it: its content, where it sits, its other languages. */
export type PageView<R extends PageRoute = PageRoute> = PageContent[R] & {
  route: R
  locale: Locale
  params: PageParams[R]
  /** The page in every language it exists in, this one included (for hreflang). */
  versions: PageVersion[]
  crumbs: Crumb[]
  translations: Translation[]
  /** Absent for files that are not HTML (feeds, the manifest, the sitemap). */
  meta?: MetaInput
}

/** The params a route's folders give, as the URL spells them (`[locale]` included), before they are known to exist. */
export type UrlParams<R extends PageRoute> = { [K in keyof PageParams[R]]: string } & { locale: string }

type Version = Omit<PageVersion, 'path'>
/** The page one step up a trail, with its params. */
type Parent = { [P in PageRoute]: { route: P; params: PageParams[P] } }[PageRoute]
/** What a kind's crumb and metadata read: the page's content, language, params and the language's strings. */
type Opened<R extends PageRoute> = PageContent[R] & { locale: Locale; params: PageParams[R]; t: Dictionary }

interface Kind<R extends PageRoute> {
  path: (locale: Locale, params: PageParams[R]) => string
  /** Every page of the kind, with the languages it exists in. */
  pages: (content: Content) => Array<{ params: PageParams[R]; versions: Version[] }>
  /** What the route renders, from the content; undefined when there is no such content. */
  open: (content: Content, locale: Locale, params: PageParams[R]) => PageContent[R] | undefined
  /** One step up the breadcrumb trail; the language switch offers it where this page has no translation. */
  parent?: (params: PageParams[R]) => Parent
  /** Its name in a breadcrumb trail; files (feeds, the manifest) have none. */
  crumb?: (page: Opened<R>) => string
  meta?: (page: Opened<R>) => MetaInput
}

const latest = (dates: Array<string | undefined>) => dates.filter(Boolean).sort().at(-1)
const inLocale = <T extends { locale: Locale }>(items: T[], locale: Locale) =>
  items.filter((item) => item.locale === locale)
const dated = (items: Array<{ updated: string }>) => latest(items.map((item) => item.updated))
const nothing = () => ({})
const home = (): Parent => ({ route: 'home', params: {} })

/** One page per language, dated by `updated` (and left out of search engines when not `indexable`). */
function everyLocale(updated: (locale: Locale) => string | undefined = () => undefined, indexable = true): Version[] {
  return LOCALES.map((locale) => ({ locale, updated: updated(locale), ...(indexable ? {} : { indexable: false }) }))
}

/** One entry per distinct key, keeping every item under it (the languages of one guide, say). */
function groups<T>(items: T[], key: (item: T) => string): T[][] {
  const byKey = new Map<string, T[]>()
  for (const item of items) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), item])
  return [...byKey.values()]
}

/** A carrier's guides in one language, in task order (check data, check balance, top up, renew). */
const carrierGuides = (content: Content, locale: Locale, carrier: string) =>
  inLocale(content.guides, locale)
    .filter((guide) => guide.carrier === carrier)
    .sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task))

function openCarrier(content: Content, locale: Locale, id: string) {
  const carrier = content.carriers.find((candidate) => candidate.id === id)
  return carrier && { carrier, guides: carrierGuides(content, locale, id) }
}

function openGuide(content: Content, locale: Locale, { carrier: id, task }: PageParams['guide']) {
  const carrier = content.carriers.find((candidate) => candidate.id === id)
  const guide = inLocale(content.guides, locale).find((found) => found.carrier === id && found.task === task)
  return carrier && guide && { carrier, guide }
}

/** A guide's title names its carrier (as editors write it); where it does not, the carrier leads. */
function guideTitle(title: string, carrier: Carrier, locale: Locale): string {
  const names = [carrier.name.zh, carrier.name.en, ...carrier.aliases].map((name) => name.toLowerCase())
  return names.some((name) => title.toLowerCase().includes(name)) ? title : `${carrier.name[locale]} · ${title}`
}

/** Every kind of page, keyed by the routes of lib/routes.ts: a new route does not compile until it is declared here. */
const kinds: { [R in PageRoute]: Kind<R> } = {
  home: {
    path: (locale) => routes.home(locale),
    pages: (content) => [
      {
        params: {},
        versions: everyLocale((locale) =>
          dated([...inLocale(content.guides, locale), ...inLocale(content.topics, locale)]),
        ),
      },
    ],
    open: nothing,
    crumb: ({ t }) => t.nav.home,
    meta: ({ t }) => ({ title: t.home.title, description: t.home.description }),
  },
  carrier: {
    path: (locale, { carrier }) => routes.carrier(locale, carrier),
    pages: (content) =>
      content.carriers.map(({ id }) => ({
        params: { carrier: id },
        versions: everyLocale((locale) => dated(carrierGuides(content, locale, id))),
      })),
    open: (content, locale, { carrier }) => openCarrier(content, locale, carrier),
    parent: home,
    crumb: ({ carrier, locale }) => carrier.name[locale],
    // Only the tasks this carrier has guides for in this language: the title promises what the page holds.
    meta: ({ carrier, guides, locale, t }) => {
      const tasks = guides.map((guide) => t.tasks[guide.task].name).join(t.seo.listJoin)
      const name = carrier.name[locale]
      return {
        title: format(tasks ? t.seo.carrierTitle : t.seo.carrierContactsTitle, { name, tasks }),
        description: format(tasks ? t.seo.carrierDescription : t.seo.carrierContactsDescription, {
          name,
          where: `${countryName(carrier.country, locale)} · ${t.kinds[carrier.kind]}`,
          tasks: tasks.toLowerCase(),
        }),
      }
    },
  },
  // A card with nothing to dial, text or buy (an app-only eSIM) still exists, to say so, but stays out of search results.
  card: {
    path: (locale, { carrier }) => routes.card(locale, carrier),
    pages: (content) =>
      content.carriers.map((carrier) => ({
        params: { carrier: carrier.id },
        versions: LOCALES.map((locale) => {
          const guides = carrierGuides(content, locale, carrier.id)
          const empty = isEmptyCard(carrierCard(carrier, guides))
          return { locale, updated: dated(guides), ...(empty ? { indexable: false } : {}) }
        }),
      })),
    open: (content, locale, { carrier }) => openCarrier(content, locale, carrier),
    parent: ({ carrier }) => ({ route: 'carrier', params: { carrier } }),
    crumb: ({ t }) => t.offline.cardCrumb,
    meta: ({ carrier, locale, t }) => ({
      title: format(t.offline.cardTitle, { name: carrier.name[locale] }),
      description: format(t.offline.cardDescription, { name: carrier.name[locale] }),
    }),
  },
  // A guide exists only in the languages it was written in: never a link or hreflang to a missing translation.
  guide: {
    path: (locale, { carrier, task }) => routes.guide(locale, carrier, task),
    pages: (content) =>
      groups(content.guides, (guide) => `${guide.carrier}/${guide.task}`).map((versions) => ({
        params: { carrier: versions[0].carrier, task: versions[0].task },
        versions: versions.map((guide) => ({
          locale: guide.locale,
          updated: guide.updated,
          anchors: guide.methods.map((section) => methodAnchor(section.kind)),
        })),
      })),
    open: openGuide,
    parent: ({ carrier }) => ({ route: 'carrier', params: { carrier } }),
    crumb: ({ params, t }) => t.tasks[params.task].name,
    meta: ({ carrier, guide, locale, t }) => ({
      title: guideTitle(guide.title, carrier, locale),
      description: guide.summary,
      image: imageRoutes.guide(locale, guide.carrier, guide.task),
      article: { modified: guide.updated, section: `${carrier.name[locale]} · ${t.tasks[guide.task].name}` },
    }),
  },
  guideMethod: {
    path: (locale, { carrier, task, method }) => routes.guideMethod(locale, carrier, task, method),
    pages: (content) => {
      const uses = content.guides.flatMap((guide) => guide.methods.map((section) => ({ guide, method: section.kind })))
      return groups(uses, ({ guide, method }) => `${guide.carrier}/${guide.task}/${method}`).map((versions) => ({
        params: { carrier: versions[0].guide.carrier, task: versions[0].guide.task, method: versions[0].method },
        versions: versions.map(({ guide }) => ({ locale: guide.locale, updated: guide.updated })),
      }))
    },
    open: (content, locale, params) => {
      const found = openGuide(content, locale, params)
      const section = found?.guide.methods.find((candidate) => candidate.kind === params.method)
      return found && section && { ...found, section }
    },
    parent: ({ carrier, task }) => ({ route: 'guide', params: { carrier, task } }),
    crumb: ({ params, t }) => t.methods[params.method].name,
    meta: ({ carrier, guide, section, locale, t }) => ({
      title: format(t.seo.methodTitle, {
        carrier: carrier.name[locale],
        task: t.tasks[guide.task].name,
        method: t.methods[section.kind].name,
      }),
      // The action itself (code, number, text) is what people search for: it leads the description.
      description: format(t.seo.methodDescription, {
        method: t.methods[section.kind].name,
        action: methodAction(section),
        summary: guide.summary,
      }),
      // The method is a part of its guide: it shares the guide's card.
      image: imageRoutes.guide(locale, guide.carrier, guide.task),
    }),
  },
  methodHub: {
    path: (locale, { method }) => routes.methodHub(locale, method),
    pages: (content) =>
      METHODS.map((method) => ({
        params: { method },
        versions: everyLocale((locale) =>
          dated(
            inLocale(content.guides, locale).filter((guide) =>
              guide.methods.some((section) => section.kind === method),
            ),
          ),
        ),
      })),
    open: (_content, _locale, { method }) => ({ method }),
    parent: home,
    crumb: ({ method, t }) => t.methods[method].name,
    meta: ({ method, t }) => ({
      title: format(t.methodHub.title, { method: t.methods[method].name }),
      description: format(t.methodHub.description, { method: t.methods[method].name }),
    }),
  },
  taskHub: {
    path: (locale, { task }) => routes.taskHub(locale, task),
    pages: (content) =>
      TASKS.map((task) => ({
        params: { task },
        versions: everyLocale((locale) =>
          dated(inLocale(content.guides, locale).filter((guide) => guide.task === task)),
        ),
      })),
    open: (_content, _locale, { task }) => ({ task }),
    parent: home,
    crumb: ({ task, t }) => t.tasks[task].name,
    meta: ({ task, t }) => ({
      title: format(t.hubs.taskHubTitle, { task: t.tasks[task].name }),
      description: format(t.hubs.taskHubDescription, { task: t.tasks[task].name.toLowerCase() }),
    }),
  },
  topics: {
    path: (locale) => routes.topics(locale),
    pages: (content) => [{ params: {}, versions: everyLocale((locale) => dated(inLocale(content.topics, locale))) }],
    open: nothing,
    parent: home,
    crumb: ({ t }) => t.topics.title,
    meta: ({ t }) => ({ title: t.topics.title, description: t.topics.description }),
  },
  topic: {
    path: (locale, { slug }) => routes.topic(locale, slug),
    pages: (content) =>
      groups(content.topics, (topic) => topic.slug).map((versions) => ({
        params: { slug: versions[0].slug },
        versions: versions.map((topic) => ({ locale: topic.locale, updated: topic.updated })),
      })),
    open: (content, locale, { slug }) => {
      const topic = inLocale(content.topics, locale).find((candidate) => candidate.slug === slug)
      return topic && { topic }
    },
    parent: () => ({ route: 'topics', params: {} }),
    crumb: ({ topic }) => topic.title,
    meta: ({ topic }) => ({ title: topic.title, description: topic.summary }),
  },
  // One page per language; nothing on it is dated (the facts carry their sources' dates).
  whichSim: {
    path: (locale) => routes.whichSim(locale),
    pages: () => [{ params: {}, versions: everyLocale() }],
    open: (content) => ({ identify: content.identify }),
    parent: home,
    crumb: ({ t }) => t.whichSim.crumb,
    meta: ({ identify, locale }) => ({
      title: identify.page.title[locale],
      description: identify.page.summary[locale],
    }),
  },
  // Files and pages that are not for search engines: feeds, search results, and what only this phone can fill.
  feed: {
    path: (locale) => routes.feed(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
    open: nothing,
  },
  // The sitemap is in no one language: it is listed once, under the primary locale.
  sitemap: {
    path: () => routes.sitemap(),
    pages: () => [{ params: {}, versions: [{ locale: DEFAULT_LOCALE, indexable: false }] }],
    open: nothing,
  },
  // Rendered per request from the query, by a server that reads no content: pages/[locale]/search.tsx makes its own trail.
  search: {
    path: (locale) => routes.search(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
    open: nothing,
  },
  saved: {
    path: (locale) => routes.saved(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
    open: nothing,
    parent: home,
    crumb: ({ t }) => t.offline.savedTitle,
    // What is saved lives in this phone's browser: the page means nothing to a search engine.
    meta: ({ t }) => ({ title: t.offline.savedTitle, description: t.offline.savedDescription }),
  },
  offline: {
    path: (locale) => routes.offline(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
    open: nothing,
    parent: home,
    crumb: ({ t }) => t.offline.offlineTitle,
    meta: ({ t }) => ({ title: t.offline.offlineTitle, description: t.offline.offlineDescription }),
  },
  manifest: {
    path: (locale) => routes.manifest(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
    open: nothing,
  },
}

export const PAGE_ROUTES = Object.keys(kinds) as PageRoute[]

/** Every page of the site, and the same pages by key and by path, with the content they were derived from. */
export interface PageList {
  content: Content
  pages: Page[]
  byKey: Map<string, Page>
  byPath: Map<string, PageVersion>
}

/** The key a page is found by: its route and its params (in any order). */
const pageKey = (route: PageRoute, params: object) =>
  [
    route,
    ...Object.entries(params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => `${name}=${value}`),
  ].join(' ')

/**
 * A kind with its params and content left open, for what walks every route (the list, trails): each kind is
 * checked against its own params where it is declared, above.
 */
type AnyKind = Omit<Kind<PageRoute>, 'path' | 'open' | 'parent' | 'crumb' | 'meta'> & {
  path: (locale: Locale, params: object) => string
  open: (content: Content, locale: Locale, params: object) => object | undefined
  parent?: (params: object) => Parent
  crumb?: (page: object) => string
  meta?: (page: object) => MetaInput
}
const kindOf = (route: PageRoute) => kinds[route] as unknown as AnyKind

export function pageList(content: Content): PageList {
  const pages: Page[] = PAGE_ROUTES.flatMap((route) =>
    kindOf(route)
      .pages(content)
      .map(({ params, versions }) => ({
        route,
        params,
        versions: versions.map((version) => ({ ...version, path: kindOf(route).path(version.locale, params) })),
      })),
  )
  return {
    content,
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

/** The page these URL params name, in their language, as its route renders it; undefined when there is none. */
export function openPage<R extends PageRoute>(
  list: PageList,
  route: R,
  urlParams: UrlParams<R>,
): PageView<R> | undefined {
  const { locale, ...params } = urlParams
  const page = list.byKey.get(pageKey(route, params))
  const version = page?.versions.find((candidate) => candidate.locale === locale)
  const content = page && version && kindOf(route).open(list.content, version.locale, page.params)
  if (!page || !version || !content) return undefined
  const own = { ...content, route, locale: version.locale, params: page.params }
  return {
    ...own,
    versions: page.versions,
    crumbs: trail(list, route, page.params, version.locale),
    translations: languageSwitch(list, page, version.locale),
    meta: kindOf(route).meta?.({ ...own, t: getDictionary(version.locale) }),
  } as PageView<R>
}

/** The breadcrumb trail: each page above this one, then this one, named in `locale`. */
function trail(list: PageList, route: PageRoute, params: object, locale: Locale): Crumb[] {
  const kind = kindOf(route)
  const parent = kind.parent?.(params)
  const above = parent ? trail(list, parent.route, parent.params, locale) : []
  const content = kind.open(list.content, locale, params)
  if (!kind.crumb || !content) return above
  const name = kind.crumb({ ...content, locale, params, t: getDictionary(locale) })
  return [...above, { name, href: kind.path(locale, params) }]
}

/**
 * The language switch: for each other language the same page where it exists there, otherwise a note and
 * the nearest page above it that does (a guide missing in English offers the carrier's English hub).
 */
function languageSwitch(list: PageList, page: Page, locale: Locale): Translation[] {
  return LOCALES.filter((other) => other !== locale).flatMap((other): Translation[] => {
    const version = page.versions.find((candidate) => candidate.locale === other)
    if (version) return [{ locale: other, href: version.path }]
    const fallback = nearest(list, kindOf(page.route).parent?.(page.params), other)
    return fallback ? [{ locale: other, missing: fallback }] : []
  })
}

function nearest(list: PageList, parent: Parent | undefined, locale: Locale): Crumb | undefined {
  if (!parent) return undefined
  const page = list.byKey.get(pageKey(parent.route, parent.params))
  if (page?.versions.some((version) => version.locale === locale))
    return trail(list, parent.route, parent.params, locale).at(-1)
  return nearest(list, kindOf(parent.route).parent?.(parent.params), locale)
}

/** hreflang links: every version given, plus x-default (the primary locale's version where it exists). */
export function hreflang(versions: PageVersion[]): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const version of versions) languages[LANGUAGE_TAG[version.locale]] = version.path
  const fallback = versions.find((version) => version.locale === DEFAULT_LOCALE) ?? versions[0]
  if (fallback) languages['x-default'] = fallback.path
  return languages
}

/** One page's metadata input, in its language, with every version of it (from the page list). */
export type PageMeta = MetaInput & { locale: Locale; versions: PageVersion[] }

/**
 * The one helper behind every page's metadata (pages.X.metadata, and the search page, which reads no content): a unique title and description, a self-referencing
 * canonical URL, hreflang for each existing translation plus x-default, and Open Graph and Twitter cards.
 * Relative URLs resolve against SITE_URL through metadataBase.
 */
export function pageMetadata({ locale, title, description, versions, image, article, noindex }: PageMeta): Metadata {
  const t = getDictionary(locale)
  const own = versions.find((version) => version.locale === locale)
  if (!own)
    throw new Error(
      `pageMetadata: the page has no ${locale} version (${versions.map((version) => version.path).join(', ')})`,
    )
  const fullTitle = title.includes(t.siteName) ? title : `${title} | ${t.siteName}`
  // A page out of search results (an empty card, search results) links only to versions that are out too.
  const hidden = noindex || own.indexable === false
  const linked = versions.filter((version) => version === own || (version.indexable === false) === hidden)
  const others = linked.filter((version) => version.locale !== locale)
  const images = [{ url: image ?? imageRoutes.site(locale), width: 1200, height: 630, alt: title, type: 'image/png' }]
  return {
    metadataBase: new URL(siteOrigin),
    title: { absolute: fullTitle },
    description,
    alternates: { canonical: own.path, languages: hreflang(linked) },
    openGraph: {
      title,
      description,
      url: own.path,
      siteName: t.siteName,
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: others.map((version) => OPEN_GRAPH_LOCALE[version.locale]),
      images,
      ...(article
        ? { type: 'article', modifiedTime: article.modified, section: article.section }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images },
    ...(hidden ? { robots: { index: false, follow: true } } : {}),
  }
}

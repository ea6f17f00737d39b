import { carrierCard, isEmptyCard } from './card'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales'
import type { PageParams, PageRoute, PageVersion } from './page-types'
import { methodAnchor, routes } from './routes'
import type { Content, Guide } from './schema/content'
import { METHODS } from './schema/method'
import { TASKS } from './schema/task'

type Version = Omit<PageVersion, 'path'>
export type Declared<R extends PageRoute> = { params: PageParams[R]; versions: Version[] }

export interface Declaration<R extends PageRoute> {
  path: (locale: Locale, params: PageParams[R]) => string
  pages: (content: Content) => Array<Declared<R>>
}

const latest = (dates: Array<string | undefined>) => dates.filter(Boolean).sort().at(-1)
const guidesIn = (content: Content, locale: Locale) => content.guides.filter((guide) => guide.locale === locale)
const dated = (guides: Guide[]) => latest(guides.map((guide) => guide.updated))

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

/**
 * Every page of the site, by route, derived from the content alone. Keyed by the routes of lib/routes.ts,
 * so a new route there does not compile until it says here which pages it makes, in which languages.
 */
export const declarations: { [R in PageRoute]: Declaration<R> } = {
  home: {
    path: (locale) => routes.home(locale),
    pages: (content) => [
      {
        params: {},
        versions: everyLocale((locale) =>
          latest(
            [...guidesIn(content, locale), ...content.topics.filter((topic) => topic.locale === locale)].map(
              (item) => item.updated,
            ),
          ),
        ),
      },
    ],
  },
  carrier: {
    path: (locale, { carrier }) => routes.carrier(locale, carrier),
    pages: (content) =>
      content.carriers.map(({ id }) => ({
        params: { carrier: id },
        versions: everyLocale((locale) => dated(guidesIn(content, locale).filter((guide) => guide.carrier === id))),
      })),
  },
  // A card with nothing to dial, text or buy (an app-only eSIM) still exists, to say so, but stays out of search results.
  card: {
    path: (locale, { carrier }) => routes.card(locale, carrier),
    pages: (content) =>
      content.carriers.map((carrier) => ({
        params: { carrier: carrier.id },
        versions: LOCALES.map((locale) => {
          const guides = guidesIn(content, locale).filter((guide) => guide.carrier === carrier.id)
          return {
            locale,
            updated: dated(guides),
            ...(isEmptyCard(carrierCard(carrier, guides)) ? { indexable: false } : {}),
          }
        }),
      })),
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
  },
  methodHub: {
    path: (locale, { method }) => routes.methodHub(locale, method),
    pages: (content) =>
      METHODS.map((method) => ({
        params: { method },
        versions: everyLocale((locale) =>
          dated(guidesIn(content, locale).filter((guide) => guide.methods.some((section) => section.kind === method))),
        ),
      })),
  },
  taskHub: {
    path: (locale, { task }) => routes.taskHub(locale, task),
    pages: (content) =>
      TASKS.map((task) => ({
        params: { task },
        versions: everyLocale((locale) => dated(guidesIn(content, locale).filter((guide) => guide.task === task))),
      })),
  },
  topics: {
    path: (locale) => routes.topics(locale),
    pages: (content) => [
      {
        params: {},
        versions: everyLocale((locale) =>
          latest(content.topics.filter((topic) => topic.locale === locale).map((topic) => topic.updated)),
        ),
      },
    ],
  },
  topic: {
    path: (locale, { slug }) => routes.topic(locale, slug),
    pages: (content) =>
      groups(content.topics, (topic) => topic.slug).map((versions) => ({
        params: { slug: versions[0].slug },
        versions: versions.map((topic) => ({ locale: topic.locale, updated: topic.updated })),
      })),
  },
  // One page per language; nothing on it is dated (the facts carry their sources' dates).
  whichSim: {
    path: (locale) => routes.whichSim(locale),
    pages: () => [{ params: {}, versions: everyLocale() }],
  },
  // Files and pages that are not for search engines: feeds, search results, and what only this phone can fill.
  feed: {
    path: (locale) => routes.feed(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
  },
  // The sitemap is in no one language: it is listed once, under the primary locale.
  sitemap: {
    path: () => routes.sitemap(),
    pages: () => [{ params: {}, versions: [{ locale: DEFAULT_LOCALE, indexable: false }] }],
  },
  search: {
    path: (locale) => routes.search(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
  },
  saved: {
    path: (locale) => routes.saved(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
  },
  offline: {
    path: (locale) => routes.offline(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
  },
  manifest: {
    path: (locale) => routes.manifest(locale),
    pages: () => [{ params: {}, versions: everyLocale(undefined, false) }],
  },
}

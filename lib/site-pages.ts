import { carrierCard, isEmptyCard } from './card'
import { getCarrier, getContent, getGuides, getTopics, guideLocales, guidesByMethod, guidesForCarrier, guidesForTask } from './guides'
import { LOCALES, type Locale } from './i18n/locales'
import { routes } from './routes'
import { METHODS, type MethodKind } from './schema/method'
import { TASKS, type Task } from './schema/task'

/** One language version of a page: its canonical path and the date its text last changed. */
export interface PageVersion {
  locale: Locale
  path: string
  /** YYYY-MM-DD; absent when nothing on the page is dated. */
  updated?: string
}

/** A page in every language where it exists. Metadata (hreflang), the sitemap and feeds all read this. */
export interface SitePage {
  versions: PageVersion[]
}

const latest = (dates: Array<string | undefined>) => dates.filter(Boolean).sort().at(-1)

async function perLocale(path: (locale: Locale) => string, updated: (locale: Locale) => Promise<string | undefined>): Promise<SitePage> {
  return { versions: await Promise.all(LOCALES.map(async (locale) => ({ locale, path: path(locale), updated: await updated(locale) }))) }
}

export async function homePage(): Promise<SitePage> {
  return perLocale(routes.home, async (locale) => latest([...(await getGuides(locale)), ...(await getTopics(locale))].map((item) => item.updated)))
}

export async function carrierPage(carrier: string): Promise<SitePage> {
  return perLocale(
    (locale) => routes.carrier(locale, carrier),
    async (locale) => latest((await guidesForCarrier(locale, carrier)).map((guide) => guide.updated)),
  )
}

/**
 * A carrier's out-of-data card, in the languages where it holds something to dial, text or buy. Where it
 * is empty (an app-only eSIM) the page still exists, to say so, but stays out of search results.
 */
export async function carrierCardPage(carrierId: string): Promise<SitePage> {
  const carrier = await getCarrier(carrierId)
  if (!carrier) return { versions: [] }
  const versions = await Promise.all(
    LOCALES.map(async (locale) => {
      const guides = await guidesForCarrier(locale, carrierId)
      const empty = isEmptyCard(carrierCard(carrier, guides))
      return empty ? undefined : { locale, path: routes.card(locale, carrierId), updated: latest(guides.map((guide) => guide.updated)) }
    }),
  )
  return { versions: versions.filter((version) => version !== undefined) }
}

/** Pages that only this phone can fill (saved guides, the offline notice): one per language, never indexed. */
export async function phoneOnlyPage(path: (locale: Locale) => string): Promise<SitePage> {
  return { versions: LOCALES.map((locale) => ({ locale, path: path(locale) })) }
}

export async function methodHubPage(method: MethodKind): Promise<SitePage> {
  return perLocale(
    (locale) => routes.methodHub(locale, method),
    async (locale) => latest((await guidesByMethod(locale, method)).map(({ guide }) => guide.updated)),
  )
}

export async function taskHubPage(task: Task): Promise<SitePage> {
  return perLocale(
    (locale) => routes.taskHub(locale, task),
    async (locale) => latest((await guidesForTask(locale, task)).map((guide) => guide.updated)),
  )
}

export async function topicsIndexPage(): Promise<SitePage> {
  return perLocale(routes.topics, async (locale) => latest((await getTopics(locale)).map((topic) => topic.updated)))
}

/** A guide exists only in the languages it was written in: never an hreflang to a missing translation. */
export async function guidePage(carrier: string, task: Task): Promise<SitePage> {
  const guides = (await getContent()).guides.filter((guide) => guide.carrier === carrier && guide.task === task)
  return { versions: guides.map((guide) => ({ locale: guide.locale, path: routes.guide(guide.locale, carrier, task), updated: guide.updated })) }
}

export async function guideMethodPage(carrier: string, task: Task, method: MethodKind): Promise<SitePage> {
  const locales = await guideLocales(carrier, task, method)
  const guides = (await getContent()).guides.filter((guide) => guide.carrier === carrier && guide.task === task && locales.includes(guide.locale))
  return { versions: guides.map((guide) => ({ locale: guide.locale, path: routes.guideMethod(guide.locale, carrier, task, method), updated: guide.updated })) }
}

export async function topicPage(slug: string): Promise<SitePage> {
  const topics = (await getContent()).topics.filter((topic) => topic.slug === slug)
  return { versions: topics.map((topic) => ({ locale: topic.locale, path: routes.topic(topic.locale, slug), updated: topic.updated })) }
}

/**
 * Every indexable page, for the sitemap. A new kind of page is added here and in its route's
 * generateMetadata; the crawl test (tests/e2e/seo-crawl.spec.ts) fails on any linked page missing here.
 */
export async function allSitePages(): Promise<SitePage[]> {
  const { carriers, guides, topics } = await getContent()
  // One entry per page, whatever the number of languages it exists in.
  const byGuide = distinct(guides, (guide) => `${guide.carrier}/${guide.task}`)
  const byMethod = distinct(
    guides.flatMap((guide) => guide.methods.map((section) => ({ carrier: guide.carrier, task: guide.task, method: section.kind }))),
    (use) => `${use.carrier}/${use.task}/${use.method}`,
  )
  const cards = (await Promise.all(carriers.map((carrier) => carrierCardPage(carrier.id)))).filter((page) => page.versions.length)
  return Promise.all([
    homePage(),
    ...carriers.map((carrier) => carrierPage(carrier.id)),
    ...cards,
    ...byGuide.map((guide) => guidePage(guide.carrier, guide.task)),
    ...byMethod.map((use) => guideMethodPage(use.carrier, use.task, use.method)),
    ...METHODS.map((method) => methodHubPage(method)),
    ...TASKS.map((task) => taskHubPage(task)),
    topicsIndexPage(),
    ...distinct(topics, (topic) => topic.slug).map((topic) => topicPage(topic.slug)),
  ])
}

function distinct<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()]
}

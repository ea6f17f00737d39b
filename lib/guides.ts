import { cache } from 'react'
import { readBuiltContent } from './pipeline/content-snapshot'
import type { Locale } from './i18n/locales'
import type { Carrier } from './schema/carrier'
import type { Content, Guide, MethodUse, RelatedGuides, Topic } from './schema/content'
import type { Identify } from './schema/identify'
import type { MethodKind } from './schema/method'
import type { SearchSynonyms } from './schema/synonyms'
import { TASKS, type Task } from './schema/task'

/**
 * The one door to the content: every route, the sitemap, search and feeds read guides through here,
 * never the file system. In a production build the content is read once per process; in `next dev`
 * it is reloaded per request (cheap: unchanged articles come from the compile cache), drafts included,
 * so editing or adding an MDX file shows up on reload.
 */
const development = process.env.NODE_ENV === 'development'
let loaded: Promise<Content> | undefined

export const getContent = cache(async (): Promise<Content> => {
  const root = process.cwd()
  // The compiler is imported only when content must be compiled (dev, or a stale snapshot), not when a
  // route module loads: the production server never compiles and ships no compiler.
  if (development)
    return (await (await import('./pipeline/load-content')).loadContent({ root, includeDrafts: true })).content
  // A build reads what `npm run content:check` checked and wrote (lib/pipeline/content-snapshot.ts).
  loaded ??= readBuiltContent(root)
  return loaded
})

export async function getCarriers(): Promise<Carrier[]> {
  return (await getContent()).carriers
}

export async function getCarrier(id: string): Promise<Carrier | undefined> {
  return (await getCarriers()).find((carrier) => carrier.id === id)
}

/** What tells a traveller which company manages a SIM (content/identify.yaml), for the which-SIM page. */
export async function getIdentify(): Promise<Identify> {
  return (await getContent()).identify
}

export async function getGuides(locale: Locale): Promise<Guide[]> {
  return (await getContent()).guides.filter((guide) => guide.locale === locale)
}

export async function getGuide(locale: Locale, carrier: string, task: string): Promise<Guide | undefined> {
  return (await getGuides(locale)).find((guide) => guide.carrier === carrier && guide.task === task)
}

/** A carrier's guides in task order (check data, check balance, top up, renew). */
export async function guidesForCarrier(locale: Locale, carrier: string): Promise<Guide[]> {
  const guides = (await getGuides(locale)).filter((guide) => guide.carrier === carrier)
  return guides.sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task))
}

/** Every guide section of one method kind in a locale, for the method hub, in task order. */
export async function guidesByMethod(locale: Locale, method: MethodKind): Promise<MethodUse[]> {
  const guides = [...(await getGuides(locale))].sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task))
  return guides.flatMap((guide) =>
    guide.methods.filter((section) => section.kind === method).map((section) => ({ guide, section })),
  )
}

/** Every guide for one task in a locale, for the task hub (grouped by country there). */
export async function guidesForTask(locale: Locale, task: Task): Promise<Guide[]> {
  return (await getGuides(locale)).filter((guide) => guide.task === task)
}

/** Guides a reader of `guide` may want next: the same carrier's other tasks, and the same task at other carriers. */
export async function relatedGuides(guide: Guide): Promise<RelatedGuides> {
  const [sameCarrier, sameTask] = await Promise.all([
    guidesForCarrier(guide.locale, guide.carrier),
    guidesForTask(guide.locale, guide.task),
  ])
  return {
    sameCarrier: sameCarrier.filter((other) => other.task !== guide.task),
    sameTask: sameTask.filter((other) => other.carrier !== guide.carrier),
  }
}

export async function getTopics(locale: Locale): Promise<Topic[]> {
  return (await getContent()).topics.filter((topic) => topic.locale === locale)
}

export async function getTopic(locale: Locale, slug: string): Promise<Topic | undefined> {
  return (await getTopics(locale)).find((topic) => topic.slug === slug)
}

let synonyms: Promise<SearchSynonyms> | undefined
/** The search vocabulary (content/search-synonyms.yaml), validated; reloaded per request in `next dev`. */
export const getSearchSynonyms = cache(async (): Promise<SearchSynonyms> => {
  const read = async () => (await import('./pipeline/load-synonyms')).loadSynonyms({ root: process.cwd() })
  if (process.env.NODE_ENV === 'development') return read()
  synonyms ??= read()
  return synonyms
})

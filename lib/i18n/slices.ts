import type { Locale } from './locale-codes'
import type { Dictionary } from './zh'

/**
 * The parts of the dictionary a component receives as props: a route calls getDictionary(locale) once and
 * passes each component the slice it renders. A component that renders one area takes it as is
 * (`Dictionary['feedback']`); the slices below are for those that render several. Islands get strings as
 * data, never a whole dictionary (both would otherwise be written into the page).
 */

/** A method's action (a code, a number, a text, an app, a site), its copy button and its badges. */
export type ActionStrings = Pick<Dictionary, 'action' | 'reach' | 'cost' | 'conditions' | 'copyButton' | 'guide'>

/** A hub card (carrier, method and task hubs, the out-of-data card): an action and what it is for. */
export type HubStrings = ActionStrings & Pick<Dictionary, 'hubs' | 'methods' | 'tasks' | 'carrier'>

/** Carriers by country, each with its tasks. */
export type CarrierListStrings = Pick<Dictionary, 'kinds' | 'tasks' | 'home'>

/** The 404's text and its ways back in. */
export type NotFoundStrings = CarrierListStrings & Pick<Dictionary, 'notFound' | 'methods'>

/** The site's header: the skip link, the name, the tagline and the search box. */
export type HeaderStrings = Pick<Dictionary, 'skipToContent' | 'siteName' | 'tagline' | 'search'>

/** Breadcrumbs and the language switch. */
export type PageBarStrings = Pick<Dictionary, 'breadcrumb' | 'languageSwitch'>

/** The search page's form and results, each result's action included. */
export interface SearchStrings extends ActionStrings {
  locale: Locale
  siteName: string
  search: Dictionary['search']
  tasks: Record<keyof Dictionary['tasks'], string>
  methods: Record<keyof Dictionary['methods'], string>
}

export function searchStrings(t: Dictionary, locale: Locale): SearchStrings {
  const names = <K extends string>(entries: Record<K, { name: string }>) =>
    Object.fromEntries(Object.entries<{ name: string }>(entries).map(([key, value]) => [key, value.name])) as Record<
      K,
      string
    >
  const { action, reach, cost, conditions, copyButton, guide } = t
  return {
    locale,
    siteName: t.siteName,
    search: t.search,
    tasks: names(t.tasks),
    methods: names(t.methods),
    ...{ action, reach, cost, conditions, copyButton, guide },
  }
}

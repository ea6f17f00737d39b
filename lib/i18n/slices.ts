import type { Locale } from './locale-codes'
import type { Dictionary } from './zh'

/**
 * What a client component may receive of the dictionaries: the typed slice it renders, as plain data,
 * never a whole dictionary (both would otherwise be bundled into the page's JavaScript).
 */
export interface SearchStrings {
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
  return { locale, siteName: t.siteName, search: t.search, tasks: names(t.tasks), methods: names(t.methods) }
}

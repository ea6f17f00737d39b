import { LOCALES, type Locale } from './i18n/locales'

/** One step of a breadcrumb trail: a name and a site path from lib/routes.ts. */
export interface Crumb {
  name: string
  href: string
}

/** The same page in the other language, or, when it has no translation, the nearest page that has one. */
export type Translation = { locale: Locale; href: string } | { locale: Locale; missing: Crumb }

/** The locale a page's language switch points to (the site has two). */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((candidate) => candidate !== locale)!
}

/**
 * The language switch for a page that exists in the `available` locales: the same page in the other
 * language when it exists there, otherwise a note plus the nearest page (`fallback`) that does exist.
 */
export function translationFor(locale: Locale, available: Locale[], href: (other: Locale) => string, fallback: (other: Locale) => Crumb): Translation {
  const other = otherLocale(locale)
  return available.includes(other) ? { locale: other, href: href(other) } : { locale: other, missing: fallback(other) }
}

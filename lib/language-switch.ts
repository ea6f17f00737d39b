import { LOCALES, type Locale } from './i18n/locales'
import type { Page } from './page-list'

/** One step of a breadcrumb trail: a name and a site path from lib/routes.ts. */
export interface Crumb {
  name: string
  href: string
}

/** The same page in another language, or, when it has no translation there, the nearest page that has one. */
export type Translation = { locale: Locale; href: string } | { locale: Locale; missing: Crumb }

/**
 * The language switch of a page, read from the page list: for each other language, the same page where it
 * exists there, otherwise a note plus `fallback` (the nearest page that does exist; none: left out).
 */
export function languageSwitch(page: Page, locale: Locale, fallback?: (other: Locale) => Crumb): Translation[] {
  return LOCALES.filter((other) => other !== locale).flatMap((other): Translation[] => {
    const version = page.versions.find((candidate) => candidate.locale === other)
    if (version) return [{ locale: other, href: version.path }]
    return fallback ? [{ locale: other, missing: fallback(other) }] : []
  })
}

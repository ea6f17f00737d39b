/**
 * The site's languages as plain constants, without zod: client components and the service worker import
 * these (lib/i18n/locales.ts re-exports them beside the zod schemas the content model uses).
 */
const LOCALE_TABLE = {
  zh: { tag: 'zh-Hans', openGraph: 'zh_CN' },
  // Derived from zh at build time (docs/decisions/010-traditional-chinese.md); lowercase in URLs like every path.
  'zh-hant': { tag: 'zh-Hant', openGraph: 'zh_TW' },
  en: { tag: 'en', openGraph: 'en_US' },
} as const

/**
 * A new language is one entry above (its BCP 47 tag, for `<html lang>`, hreflang and Intl; its Open Graph
 * locale) plus its dictionary file registered in lib/i18n/index.ts, which does not compile until it is.
 */
export type Locale = keyof typeof LOCALE_TABLE
export const LOCALES = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]]
export const DEFAULT_LOCALE: Locale = 'zh'

/** BCP 47 tags for `<html lang>`, hreflang and Intl formatting. */
export const LANGUAGE_TAG: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].tag]),
) as Record<Locale, string>
/** Open Graph wants language_TERRITORY. */
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].openGraph]),
) as Record<Locale, string>

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

/**
 * The site's languages as plain constants, without zod: client components and the service worker import
 * these (lib/i18n/locales.ts re-exports them beside the zod schemas the content model uses).
 */
const LOCALE_TABLE = {
  zh: { tag: 'zh-Hans', openGraph: 'zh_CN', name: '简体中文' },
  // Derived from zh at build time (docs/decisions/010-traditional-chinese.md); lowercase in URLs like every path.
  'zh-hant': { tag: 'zh-Hant', openGraph: 'zh_TW', name: '繁體中文' },
  // Dates day first (5 Mar 2026): read the same way by travellers from everywhere, unlike `en`'s Mar 5, 2026.
  en: { tag: 'en', openGraph: 'en_US', name: 'English', dates: 'en-GB' },
} as const

/**
 * A new language is one entry above (its BCP 47 tag, for `<html lang>`, hreflang and Intl; its Open Graph
 * locale; its name in itself, as the language switch shows it; the tag for dates when not the same) plus its dictionary file registered in lib/i18n/index.ts, which does not compile until it is.
 */
export type Locale = keyof typeof LOCALE_TABLE
export const LOCALES = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]]
export const DEFAULT_LOCALE: Locale = 'zh'

/** BCP 47 tags for `<html lang>`, hreflang and Intl formatting. */
export const LANGUAGE_TAG: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].tag]),
) as Record<Locale, string>
/** The tag dates are formatted with (lib/i18n/dates.ts). */
export const DATE_TAG: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => {
    const entry = LOCALE_TABLE[locale]
    return [locale, 'dates' in entry ? entry.dates : entry.tag]
  }),
) as Record<Locale, string>
/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAME: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].name]),
) as Record<Locale, string>
/** Open Graph wants language_TERRITORY. */
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].openGraph]),
) as Record<Locale, string>

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

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
 * locale), its name and date tag below, and its dictionary file registered in lib/i18n/index.ts: TypeScript
 * asks for each until it is there.
 */
export type Locale = keyof typeof LOCALE_TABLE
export const LOCALES = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]]
export const DEFAULT_LOCALE: Locale = 'zh'

/** BCP 47 tags for `<html lang>`, hreflang and Intl formatting. */
export const LANGUAGE_TAG: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].tag]),
) as Record<Locale, string>
/**
 * The tags dates are formatted with (lib/i18n/dates.ts). English dates go day first (5 Mar 2026), read the
 * same way by travellers from everywhere, unlike `en`'s Mar 5, 2026. Plain literals, unlike the maps
 * around them, so an island that does not read them does not carry them.
 */
export const DATE_TAG: Record<Locale, string> = { zh: 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en-GB' }
/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAME: Record<Locale, string> = { zh: '简体中文', 'zh-hant': '繁體中文', en: 'English' }
/** Open Graph wants language_TERRITORY. */
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_TABLE[locale].openGraph]),
) as Record<Locale, string>

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

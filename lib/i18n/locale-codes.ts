/**
 * The site's languages as plain constants, without zod: client components and the service worker import
 * these (lib/i18n/locales.ts re-exports them beside the zod schemas the content model uses).
 */
export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh'

/** BCP 47 tags for `<html lang>` and hreflang. */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' }

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

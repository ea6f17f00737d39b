import { z } from 'zod'

/** The site's languages, in order of preference. `zh` (Simplified Chinese) is primary. */
export const LOCALES = ['zh', 'en'] as const
export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>
export const DEFAULT_LOCALE: Locale = 'zh'

/** BCP 47 tags for `<html lang>` and hreflang. */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' }

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

/** Text that differs per locale; English is the fallback for a missing translation of a short label. */
export const localizedTextSchema = z
  .strictObject({ zh: z.string().min(1).meta({ description: 'In Simplified Chinese.' }), en: z.string().min(1).meta({ description: 'In English.' }) })
  .meta({ description: 'The same text in each language: { zh: …, en: … }.' })
export type LocalizedText = z.infer<typeof localizedTextSchema>

import { z } from 'zod'
import { LOCALES, type Locale } from './locale-codes'

export * from './locale-codes'

/** The site's languages, in order of preference (lib/i18n/locale-codes.ts). `zh` (Simplified Chinese) is primary. */
export const localeSchema = z.enum(LOCALES)

/** Text that differs per locale; English is the fallback for a missing translation of a short label. */
export const localizedTextSchema = z
  .strictObject({
    zh: z.string().min(1).meta({ description: 'In Simplified Chinese.' }),
    en: z.string().min(1).meta({ description: 'In English.' }),
    'zh-hant': z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'In Traditional Chinese, only where the conversion from zh is not right.' }),
  })
  .meta({ description: 'The same text in each language: { zh: …, en: … }.' })
export type LocalizedTextInput = z.infer<typeof localizedTextSchema>
/** After loading, every text has each locale's form (zh-hant converted from zh unless written). */
export type LocalizedText = Record<Locale, string>

/** A type with every localized text of a file completed (lib/pipeline/derive-traditional.ts fills it). */
export type Completed<T> = T extends LocalizedTextInput
  ? LocalizedText
  : T extends ReadonlyArray<infer U>
    ? Completed<U>[]
    : T extends object
      ? { [K in keyof T]: Completed<T[K]> }
      : T

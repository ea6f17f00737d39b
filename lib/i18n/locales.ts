import { z } from 'zod'
import { LOCALES } from './locale-codes'

export * from './locale-codes'

/** The site's languages, in order of preference (lib/i18n/locale-codes.ts). `zh` (Simplified Chinese) is primary. */
export const localeSchema = z.enum(LOCALES)

/** Text that differs per locale; English is the fallback for a missing translation of a short label. */
export const localizedTextSchema = z
  .strictObject({
    zh: z.string().min(1).meta({ description: 'In Simplified Chinese.' }),
    en: z.string().min(1).meta({ description: 'In English.' }),
  })
  .meta({ description: 'The same text in each language: { zh: …, en: … }.' })
export type LocalizedText = z.infer<typeof localizedTextSchema>

import { z } from 'zod'
import { localeSchema } from '../i18n/locales'

const path = z.string().startsWith('/')

/**
 * One carrier's files to save in one language, written after `next build` by scripts/build-offline.ts
 * to public/saves/{locale}/{carrier}.json. `bytes` is measured from the prerendered files, so the size a
 * traveller is shown before saving is what the cache will hold.
 */
export const saveListSchema = z.strictObject({
  locale: localeSchema,
  carrier: z.string().min(1),
  /** The carrier's name in this language, for the list of saved guides (read offline). */
  name: z.string().min(1),
  /** Changes only when the carrier's content changes, so a saved copy is offered an update only then. */
  version: z.string().min(8),
  /** The hub, the card, every guide and every method page. */
  pages: z.array(path).min(1),
  /** What those pages load: stylesheet, scripts, icon. */
  assets: z.array(path),
  bytes: z.number().int().positive(),
})
export type SaveList = z.infer<typeof saveListSchema>

/** What a saved carrier's cache records about itself, next to its pages. */
export const savedCopySchema = saveListSchema.extend({ savedAt: z.iso.datetime() })
export type SavedCopy = z.infer<typeof savedCopySchema>

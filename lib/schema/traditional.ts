import { z } from 'zod'

const term = z.string().trim().min(1).max(40)
const chinese = term.regex(/\p{Script=Han}/u, 'expected a Chinese term')

/**
 * `content/traditional.yaml`: the Taiwan words of the zh-hant pages. OpenCC converts the script only
 * (lib/i18n/traditional.ts); the vocabulary is this list, which wins over the conversion; `japanese` are
 * Japanese words written in kanji only, kept as written; `forbidden` are words no zh-hant page may show.
 */
export const traditionalOverridesSchema = z.strictObject({
  terms: z
    .record(chinese, term)
    .default({})
    .meta({ description: 'Simplified term (as written in zh) → the Taiwan term zh-hant pages use.' }),
  japanese: z
    .array(chinese)
    .default([])
    .meta({ description: 'Japanese words with no kana (番号案内, 契約番号): kept exactly as written.' }),
  forbidden: z.record(chinese, term).default({}).meta({
    description:
      'Mainland words and conversion slips no zh-hant page, carrier text or UI string may contain → what to write instead.',
  }),
})
export type TraditionalOverrides = z.infer<typeof traditionalOverridesSchema>

import { z } from 'zod'

/**
 * `content/never-say.yaml`: what no published page may contain, each entry with why and what to write
 * instead: the seed articles' promotions, codes and numbers that circulate but are wrong, advice a
 * traveller abroad must not get. `npm run content:check` reports every file and line that says one.
 */
export const neverSaySchema = z.strictObject({
  phrases: z
    .array(
      z
        .strictObject({
          text: z.string().min(1).optional().meta({ description: 'Text that may not appear (letter case ignored).' }),
          pattern: z.string().min(1).optional().meta({
            description:
              'A regular expression that may not match (letter case counts), e.g. \\b104\\b for the word alone.',
          }),
          why: z.string().min(1).meta({ description: 'Why not, and what to write instead: the editor reads this.' }),
          carrier: z.string().optional().meta({
            description: "Only in this carrier's files (its carrier file and guides); everywhere when left out.",
          }),
        })
        .refine((entry) => Boolean(entry.text) !== Boolean(entry.pattern), 'expected either text or pattern, not both')
        .refine((entry) => !entry.pattern || isRegExp(entry.pattern), 'pattern: not a valid regular expression'),
    )
    .default([]),
})
export type NeverSay = z.infer<typeof neverSaySchema>

function isRegExp(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

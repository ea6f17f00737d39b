import { z } from 'zod'
import { isoDate, sourceSchema } from './common'
import { methodSectionSchema } from './method'

export const CARD_TYPES = ['sim', 'esim', 'data-only', 'pocket-wifi'] as const
export const PLANS = ['prepaid', 'postpaid'] as const

/** Fields every article has, guide or topic. */
const articleFields = {
  title: z.string().min(4, 'expected a title of at least 4 characters').max(80, 'expected a title of at most 80 characters'),
  summary: z.string().min(10, 'expected a one-sentence summary').max(200, 'expected a summary of at most 200 characters'),
  /** The date the text last changed. */
  updated: isoDate,
  /** The date a person last checked the facts against the sources. */
  verified: isoDate,
  /** Official pages first. */
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
}

/**
 * Frontmatter of a guide: `content/guides/<locale>/<carrier>/<task>.mdx`.
 * Carrier, task and locale come from the path, so they cannot disagree with it.
 *
 * The order of `methods` is the guide's explicit ranking, fastest first, decided by the editor: the
 * carrier hub and the task hub show the first entry as "the fastest way", the article lists the methods
 * in this order and marks the first, and nothing in the code re-sorts or guesses. Rank by what gets a
 * traveller the answer soonest with the least in the way (no login, no data, no shop visit), and put a
 * method that only works in some situations (e.g. only while roaming) after one that always works.
 */
export const guideFrontmatterSchema = z.strictObject({
  ...articleFields,
  cards: z.array(z.enum(CARD_TYPES)).min(1),
  plans: z.array(z.enum(PLANS)).min(1),
  methods: z
    .array(methodSectionSchema)
    .min(1, 'expected at least one method section')
    .superRefine((methods, ctx) => {
      const seen = new Set<string>()
      methods.forEach((method, index) => {
        if (seen.has(method.kind)) {
          ctx.addIssue({ code: 'custom', path: [index, 'kind'], message: `method '${method.kind}' appears twice; merge the two sections` })
        }
        seen.add(method.kind)
      })
    }),
})
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>

/** Frontmatter of a topic (a general article): `content/topics/<locale>/<slug>.mdx`. */
export const topicFrontmatterSchema = z.strictObject({ ...articleFields })
export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>

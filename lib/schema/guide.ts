import { z } from 'zod'
import { RESERVED_IDS, SLUG } from './carrier'
import { isoDate, sourceSchema } from './common'
import { factIdSchema } from './fact'
import { methodSectionSchema } from './method'

export const CARD_TYPES = ['sim', 'esim', 'data-only', 'pocket-wifi'] as const
export const PLANS = ['prepaid', 'postpaid'] as const

/** Fields every article has, guide or topic. */
const articleFields = {
  title: z
    .string()
    .min(4, 'expected a title of at least 4 characters')
    .max(80, 'expected a title of at most 80 characters')
    .meta({ description: 'The page title: what the reader will do, with the carrier’s name (4–80 characters).' }),
  summary: z
    .string()
    .min(10, 'expected a one-sentence summary')
    .max(200, 'expected a summary of at most 200 characters')
    .meta({ description: 'One sentence shown under the title and in search results (10–200 characters).' }),
  updated: isoDate.meta({ description: 'The date the text last changed, YYYY-MM-DD.', examples: ['2026-11-21'] }),
  verified: isoDate.meta({
    description:
      'The date a person last checked the facts against the sources, YYYY-MM-DD. Not in the future; older than 12 months gives a warning.',
    examples: ['2026-11-21'],
  }),
  sources: z
    .array(sourceSchema)
    .min(1, 'expected at least one source')
    .superRefine((sources, ctx) => {
      // Readers trust the carrier's own word first; the page lists sources in this order.
      const firstThirdParty = sources.findIndex((source) => !source.official)
      sources.forEach((source, index) => {
        if (source.official && firstThirdParty !== -1 && index > firstThirdParty) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'official'],
            message: 'official sources go first: move this one above the third-party sources',
          })
        }
      })
    })
    .meta({ description: 'Where the facts come from, official pages first.' }),
  facts: z
    .array(factIdSchema)
    .optional()
    .meta({
      description:
        'The ids of the registry entries (content/sources/) the article rests on; each must be a high or medium confidence fact.',
      examples: [['smart.check-balance.ussd']],
    }),
  // A draft is checked like any article but never published, so a skeleton from `npm run new:guide`
  // (full of TODO placeholders) can be committed and previewed without reaching readers.
  draft: z.boolean().optional().meta({
    description:
      'true while the article is being written: it is checked and shown in `npm run dev`, but not published. Remove the line to publish.',
  }),
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
  cards: z.array(z.enum(CARD_TYPES)).min(1).meta({ description: 'The kinds of card the guide applies to.' }),
  plans: z.array(z.enum(PLANS)).min(1).meta({ description: 'The plans the guide applies to.' }),
  methods: z
    .array(methodSectionSchema)
    .min(1, 'expected at least one method section')
    .superRefine((methods, ctx) => {
      const seen = new Set<string>()
      methods.forEach((method, index) => {
        if (seen.has(method.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'kind'],
            message: `method '${method.kind}' appears twice; merge the two sections`,
          })
        }
        seen.add(method.kind)
      })
    })
    .meta({
      description:
        'One entry per way of doing the task, fastest first; each has a kind and that kind’s fields (see Method sections).',
    }),
})
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>

/** Frontmatter of a topic (a general article): `content/topics/<locale>/<slug>.mdx`. */
export const topicFrontmatterSchema = z.strictObject({ ...articleFields })
export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>

/** A topic's slug is its file name and URL segment (`/zh/topics/<slug>`), held to the same rules as carrier ids. */
export const topicSlugSchema = z
  .string()
  .regex(SLUG, 'expected a lowercase name of letters, digits and dashes (e.g. save-roaming-data)')
  .refine((slug) => !(RESERVED_IDS as readonly string[]).includes(slug), {
    error: (issue) => `'${String(issue.input)}' is a reserved word and cannot be a topic name`,
  })

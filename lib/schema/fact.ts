import { z } from 'zod'
import { isoDate } from './common'

/**
 * The project's registry of checked facts: `content/sources/<carrier or topic>.yaml`. Every number,
 * code, address and site a guide gives a traveller comes from an entry here (tests/unit/content-provenance.test.ts),
 * and a guide names the entries it rests on in `facts:` (lib/pipeline/checks/facts.ts).
 */

/** An id names its file first (`smart.top-up.pasaload` lives in content/sources/smart.yaml). */
export const FACT_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/
export const factIdSchema = z
  .string()
  .regex(
    FACT_ID,
    'expected an id of lowercase words joined by dots, starting with the file name (e.g. smart.check-balance.ussd)',
  )

/**
 * How far a fact can be trusted. high: the carrier's own page. medium: a reputable third party, or an
 * official page that is old or only indirectly about the case. low: a blog, forum or SEO page.
 * unverified: looked for and not confirmed. A guide may rest only on high or medium.
 */
export const CONFIDENCE = ['high', 'medium', 'low', 'unverified'] as const
export const confidenceSchema = z.enum(CONFIDENCE)
export type Confidence = z.infer<typeof confidenceSchema>
export const usableConfidence = (confidence: Confidence) => confidence === 'high' || confidence === 'medium'

/** What a fact is about: the site's tasks, plus what guides mention around them. */
export const FACT_TASKS = [
  'check-balance',
  'check-data',
  'top-up',
  'renew',
  'hotline',
  'roaming',
  'conditions',
  'identify',
] as const

const text = z.string().trim().min(1, 'expected some text')

export const factSourceSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http:// or https:// address' })
    .meta({ description: 'The page the fact was read on.' }),
  title: text.optional().meta({ description: 'The page title as the source shows it, when known.' }),
  publisher: text.meta({ description: 'Who published the page: its site, e.g. help.smart.com.ph.' }),
  official: z.boolean().meta({ description: "true for the carrier's own pages (or an archived copy of one)." }),
  note: text.optional().meta({ description: 'What this source backs, or how old it is, in a few words.' }),
})
export type FactSource = z.infer<typeof factSourceSchema>

/** Who the entry is about: carrier ids (the site's ids where the carrier has pages), or `general`. */
const carriersField = z
  .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a carrier id such as smart or rakuten-mobile'))
  .min(1, 'expected at least one carrier id')
  .meta({ description: 'The carriers the entry is about (site carrier ids), or [general].' })

export const factSchema = z
  .strictObject({
    id: factIdSchema.meta({
      description: 'A stable id, starting with the file name; guides cite it in `facts:`. Never reuse or rename one.',
    }),
    carrier: text.meta({ description: 'The carrier or product as the source names it.' }),
    carriers: carriersField,
    country: z.enum(['PH', 'JP', 'HK', 'global']).meta({ description: 'Where the SIM is from: PH, JP, HK or global.' }),
    tasks: z.array(z.enum(FACT_TASKS)).min(1).meta({ description: 'What the fact is about.' }),
    method: text.meta({ description: 'How: USSD, SMS, app, website, hotline, store…' }),
    detail: text.meta({ description: 'What the source says, in full sentences.' }),
    value: text.meta({ description: 'The number, code, name or address a guide may quote.' }),
    cost: text.meta({ description: 'What it costs, as the source says; "not stated" when it does not.' }),
    conditions: text.meta({ description: 'Where and for whom it works.' }),
    sources: z.array(factSourceSchema).meta({ description: 'Where it was read, official pages first.' }),
    sourceNote: text
      .optional()
      .meta({ description: 'Sources that are not web pages (a data set, "none found"), in words.' }),
    published: text.optional().meta({ description: 'The date the source page shows, as it shows it.' }),
    checked: isoDate.meta({ description: 'The date a person last read the sources for this entry, YYYY-MM-DD.' }),
    confidence: confidenceSchema.meta({
      description:
        'high (carrier’s own page), medium (reputable third party, or old official page), low (blog, forum) or unverified. Guides may rest only on high or medium.',
    }),
    confidenceNote: text
      .optional()
      .meta({ description: 'When parts of the entry differ in confidence: which part is graded how.' }),
    note: text.optional().meta({ description: 'Anything else an editor should know.' }),
  })
  .superRefine((fact, ctx) => {
    if (usableConfidence(fact.confidence) && fact.sources.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a ${fact.confidence}-confidence fact needs at least one source page`,
      })
  })
export type Fact = z.infer<typeof factSchema>

/** A claim found in circulation and checked: guides may rebut it, never repeat it as advice. */
export const falseClaimSchema = z.strictObject({
  id: factIdSchema,
  carriers: carriersField,
  claim: text.meta({ description: 'The claim, as it circulates.' }),
  verdict: text.meta({ description: 'FALSE, or NOT SUPPORTED, with a word on why.' }),
  explanation: text,
  sources: z.array(factSourceSchema),
  sourceNote: text.optional(),
  checked: isoDate,
  confidence: confidenceSchema,
  confidenceNote: text.optional(),
})
export type FalseClaim = z.infer<typeof falseClaimSchema>

/** Looked for and not found: a guide says "not documented" instead of guessing these. */
export const unverifiedSchema = z.strictObject({
  id: factIdSchema,
  carriers: carriersField,
  text: text.meta({ description: 'What was looked for and not confirmed.' }),
  checked: isoDate,
})

/** The date a price's source page shows, and whether a newer page was found. */
export const priceDateSchema = z.strictObject({
  id: factIdSchema,
  carriers: carriersField,
  carrier: text,
  price: text,
  sources: z.array(factSourceSchema).min(1, 'expected the page the price was read on'),
  sourceNote: text.optional(),
  published: text.meta({ description: 'The date the page shows, or "not shown".' }),
  newerSource: text.meta({ description: 'A newer page with the same price, or "none found".' }),
  checked: isoDate,
})

/** One file of the registry: any of the four lists, each entry with an id that starts with the file name. */
export const factFileSchema = z.strictObject({
  facts: z.array(factSchema).default([]).meta({ description: 'Checked facts, with their sources and confidence.' }),
  falseClaims: z.array(falseClaimSchema).default([]).meta({ description: 'Claims checked and found false.' }),
  unverified: z.array(unverifiedSchema).default([]).meta({ description: 'Looked for, not confirmed.' }),
  prices: z.array(priceDateSchema).default([]).meta({ description: 'The dates price sources show.' }),
})
export type FactFile = z.infer<typeof factFileSchema>

/** The whole registry, every entry with the file it is written in. */
export interface FactRegistry {
  facts: Array<Fact & { file: string }>
  falseClaims: Array<FalseClaim & { file: string }>
  unverified: Array<z.infer<typeof unverifiedSchema> & { file: string }>
  prices: Array<z.infer<typeof priceDateSchema> & { file: string }>
}

import { z } from 'zod'
import { type Completed, localizedTextSchema } from '../i18n/locales'
import { checkReach, hotlineNumberSchema, httpsUrl } from './common'
import { TASKS } from './task'

export const CARRIER_KINDS = ['operator', 'sub-brand', 'mvno', 'tourist-sim', 'global-esim'] as const

/** Words a carrier id may never take, because the route at that place means something else. */
export const RESERVED_IDS = [
  'methods',
  'tasks',
  'topics',
  'search',
  'feedback',
  'saved',
  'offline',
  'api',
  'feed',
  'card',
  'about',
  'which-sim',
] as const

/** A URL segment: lowercase letters and digits, words joined by single dashes. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const carrierIdSchema = z
  .string()
  .regex(SLUG, 'expected a lowercase id of letters, digits and dashes (e.g. b-mobile)')
  .refine((id) => !(RESERVED_IDS as readonly string[]).includes(id), {
    error: (issue) => `'${String(issue.input)}' is reserved for a site section and cannot be a carrier id`,
  })

/** One carrier's registry entry: `content/carriers/<id>.yaml`. The id is the file name. */
export const carrierFileSchema = z.strictObject({
  name: localizedTextSchema.meta({ description: 'The carrier’s name in each language: { zh: …, en: … }.' }),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .meta({
      description: 'Other names travellers type: katakana, Chinese names, common misspellings.',
      examples: [['ドコモ', '多摩']],
    }),
  country: z
    .string()
    .regex(/^([A-Z]{2}|global)$/, 'expected a two-letter country code such as JP, or global')
    .meta({
      description: 'ISO 3166-1 two-letter country code (JP, PH…), or global for eSIMs sold for many countries.',
      examples: ['JP'],
    }),
  kind: z.enum(CARRIER_KINDS).meta({ description: 'What the carrier is.' }),
  host: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'The network an MVNO, sub-brand or tourist SIM runs on (a carrier id or a plain name).' }),
  website: httpsUrl.optional().meta({
    description: 'The carrier’s home page, https://. Left out when no checked source names it (never guess a domain).',
    examples: ['https://www.docomo.ne.jp/'],
  }),
  apps: z
    .array(
      z.strictObject({
        name: z.string().min(1).meta({ description: 'The app’s name as the store shows it.' }),
        ios: httpsUrl.optional().meta({ description: 'App Store link.' }),
        android: httpsUrl.optional().meta({ description: 'Google Play link.' }),
      }),
    )
    .default([])
    .meta({ description: 'The carrier’s official apps.' }),
  hotlines: z
    .array(
      hotlineNumberSchema
        .extend({
          hours: z.string().min(1).optional().meta({ description: 'Opening hours, as the carrier states them.' }),
          note: localizedTextSchema
            .optional()
            .meta({ description: 'A short note in each language: { zh: …, en: … }.' }),
        })
        .superRefine(checkReach),
    )
    .default([])
    .meta({ description: 'Customer service numbers shown on the carrier’s page.' }),
  wrongAdvice: z
    .array(
      z.strictObject({
        claim: localizedTextSchema.meta({
          description: 'The wrong advice as travellers meet it elsewhere, in each language.',
        }),
        instead: localizedTextSchema.meta({ description: 'Why it is wrong and what to do instead, in each language.' }),
        tasks: z.array(z.enum(TASKS)).optional().meta({
          description: 'The guides that also show it (the carrier page always does); all of them when left out.',
        }),
      }),
    )
    .default([])
    .meta({
      description:
        'Common wrong advice about this carrier, rebutted on its page and guides (only claims a checked source shows false).',
    }),
  notes: z
    .array(
      z.strictObject({
        title: localizedTextSchema.meta({ description: 'A short heading, in each language.' }),
        text: localizedTextSchema.meta({ description: 'What the site knows, in each language: one or two sentences.' }),
      }),
    )
    .default([])
    .meta({
      description: 'Short notes on the carrier page, e.g. about a product the guides do not cover (Smart Bro).',
    }),
})

export type CarrierFile = z.infer<typeof carrierFileSchema>
/** A carrier as the site reads it: every text in every locale (zh-hant converted from zh at load). */
export type Carrier = Completed<CarrierFile> & { id: string }

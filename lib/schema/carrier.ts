import { z } from 'zod'
import { localizedTextSchema } from '../i18n/locales'
import { hotlineNumberSchema, httpsUrl } from './common'

export const CARRIER_KINDS = ['operator', 'sub-brand', 'mvno', 'tourist-sim', 'global-esim'] as const

/** Words a carrier id may never take, because the route at that place means something else. */
export const RESERVED_IDS = ['methods', 'tasks', 'topics', 'search', 'saved', 'offline', 'api', 'feed', 'card', 'about'] as const

export const carrierIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id of letters, digits and dashes (e.g. b-mobile)')
  .refine((id) => !(RESERVED_IDS as readonly string[]).includes(id), {
    error: (issue) => `'${String(issue.input)}' is reserved for a site section and cannot be a carrier id`,
  })

/** One carrier's registry entry: `content/carriers/<id>.yaml`. The id is the file name. */
export const carrierFileSchema = z.strictObject({
  name: localizedTextSchema,
  /** Other names travellers type: katakana, Chinese names, common misspellings. */
  aliases: z.array(z.string().min(1)).default([]),
  /** ISO 3166-1 alpha-2 code (JP, PH…), or `global` for eSIMs sold for many countries. */
  country: z.string().regex(/^([A-Z]{2}|global)$/, 'expected a two-letter country code such as JP, or global'),
  kind: z.enum(CARRIER_KINDS),
  /** The network an MVNO, sub-brand or tourist SIM runs on (a carrier id or a plain name). */
  host: z.string().min(1).optional(),
  /** The carrier's official site. Left out when no checked source names it (we never guess a domain). */
  website: httpsUrl.optional(),
  apps: z
    .array(z.strictObject({ name: z.string().min(1), ios: httpsUrl.optional(), android: httpsUrl.optional() }))
    .default([]),
  hotlines: z
    .array(hotlineNumberSchema.extend({ hours: z.string().min(1).optional(), note: localizedTextSchema.optional() }))
    .default([]),
})

export type CarrierFile = z.infer<typeof carrierFileSchema>
export type Carrier = CarrierFile & { id: string }

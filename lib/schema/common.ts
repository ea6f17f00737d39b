import { z } from 'zod'

/** `https://…` only: sources and links a traveller follows must not downgrade or run script. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an absolute https:// URL' })

/** A calendar date written as YYYY-MM-DD (YAML keeps it as text, so no time-zone surprises). */
export const isoDate = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' })

/** A number people dial: digits with optional spaces, dashes or brackets; may start with + or * (e.g. *888). */
export const phoneNumber = z
  .string()
  .regex(/^[+*]?[0-9][0-9 ()-]{1,24}$/, 'expected a phone number such as 0120-800-000, +81-3-1234-5678 or *888')

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: httpsUrl,
  /** true for the carrier's own page; official pages are listed first. */
  official: z.boolean(),
})
export type Source = z.infer<typeof sourceSchema>

/** Who can reach a number: only from the carrier's own SIM, from any phone in the country, or from abroad. */
export const CALLERS = ['own-sim', 'any-phone', 'abroad'] as const
export const callersSchema = z.enum(CALLERS)

export const hotlineNumberSchema = z.strictObject({
  number: phoneNumber,
  callers: callersSchema,
  /** The form to dial from abroad, when the number can be reached from abroad. */
  international: z.string().regex(/^\+[0-9][0-9 ()-]{4,24}$/, 'expected an international number starting with +').optional(),
  label: z.string().min(1).optional(),
})
export type HotlineNumber = z.infer<typeof hotlineNumberSchema>

import { z } from 'zod'

/** `https://…` only: sources and links a traveller follows must not downgrade or run script. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an absolute https:// URL' })

/** A calendar date written as YYYY-MM-DD (YAML keeps it as text, so no time-zone surprises). */
export const isoDate = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' })

/** A number people dial: digits with optional spaces, dashes or brackets; may start with + or * (e.g. *888). */
export const phoneNumber = z
  .string()
  .regex(/^[+*]?[0-9][0-9 ()-]{1,24}$/, 'expected a phone number such as 0120-800-000, +81-3-1234-5678 or *888')

// Descriptions (`.meta`) are what docs/editing.md and the content check's messages say about each field.
export const sourceSchema = z.strictObject({
  title: z.string().min(1).meta({ description: 'The page title as the source shows it.' }),
  url: httpsUrl.meta({ description: 'The page, as an absolute https:// address.', examples: ['https://www.docomo.ne.jp/support/'] }),
  official: z.boolean().meta({ description: "true for the carrier's own pages; list official sources first." }),
})
export type Source = z.infer<typeof sourceSchema>

/** Who can reach a number: only from the carrier's own SIM, from any phone in the country, or from abroad. */
export const CALLERS = ['own-sim', 'any-phone', 'abroad'] as const
export const callersSchema = z.enum(CALLERS)

export const hotlineNumberSchema = z.strictObject({
  number: phoneNumber.meta({ description: 'The number as dialled in the country (quote it).', examples: ['151', '0120-800-000', '*888'] }),
  callers: callersSchema.meta({ description: 'Who can call it: own-sim (this carrier’s phones only), any-phone (any phone in the country) or abroad.' }),
  international: z
    .string()
    .regex(/^\+[0-9][0-9 ()-]{4,24}$/, 'expected an international number starting with +')
    .optional()
    .meta({ description: 'The form to dial from abroad, when the number can be reached from abroad.', examples: ['+81-3-1234-5678'] }),
  label: z.string().min(1).optional().meta({ description: 'What the line is for, when a carrier has several.' }),
})
export type HotlineNumber = z.infer<typeof hotlineNumberSchema>

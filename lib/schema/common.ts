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
  url: httpsUrl.meta({
    description: 'The page, as an absolute https:// address.',
    examples: ['https://www.docomo.ne.jp/support/'],
  }),
  official: z.boolean().meta({ description: "true for the carrier's own pages; list official sources first." }),
})
export type Source = z.infer<typeof sourceSchema>

/** Who can reach a number: only from the carrier's own SIM, from any phone in the country, or from abroad. */
export const CALLERS = ['own-sim', 'any-phone', 'abroad'] as const
export const callersSchema = z.enum(CALLERS)

/** Whether a number can be called from abroad and what that costs: no, free, charged, or no source says. */
export const ABROAD = ['no', 'free', 'charged', 'not-documented'] as const
export const abroadSchema = z.enum(ABROAD)
export type Abroad = z.infer<typeof abroadSchema>

/**
 * National freephone ranges (Japan's 0120, 0800, 0077, 0088, 0066): free only inside the country and
 * not reachable from a foreign network, so such a number may never be presented as callable from abroad.
 */
const NATIONAL_FREEPHONE = /^(0120|0800|0077|0088|0066)/
export function isNationalFreephone(number: string): boolean {
  return NATIONAL_FREEPHONE.test(number.replace(/[^0-9+]/g, ''))
}

/** A date as a source page shows it: a day, a month or just a year (YYYY-MM-DD, YYYY-MM, YYYY). */
export const sourceDate = z
  .string()
  .regex(
    /^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/,
    'expected a date written as YYYY-MM-DD, YYYY-MM or YYYY',
  )

export const hotlineNumberSchema = z.strictObject({
  number: phoneNumber.meta({
    description: 'The number as dialled in the country (quote it).',
    examples: ['151', '0120-800-000', '*888'],
  }),
  callers: callersSchema.meta({
    description:
      'Who can call it: own-sim (this carrier’s phones only), any-phone (any phone in the country) or abroad.',
  }),
  international: z
    .string()
    .regex(/^\+[0-9][0-9 ()-]{4,24}$/, 'expected an international number starting with +')
    .optional()
    .meta({
      description: 'The form to dial from abroad, when the number can be reached from abroad.',
      examples: ['+81-3-1234-5678'],
    }),
  abroad: abroadSchema.meta({
    description:
      'From abroad: no (in the country only, e.g. a 0120 freephone), free, charged, or not-documented when no source says. free and charged need the international form.',
  }),
  label: z.string().min(1).optional().meta({ description: 'What the line is for, when a carrier has several.' }),
})
export type HotlineNumber = z.infer<typeof hotlineNumberSchema>

/** A number's reach must agree with itself: a national freephone is never callable from abroad. */
export function checkReach(entry: HotlineNumber, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (isNationalFreephone(entry.number)) {
    if (entry.abroad !== 'no')
      issue(
        'abroad',
        `${entry.number} is a national freephone number: it cannot be called from abroad, write abroad: no`,
      )
    if (entry.callers === 'abroad')
      issue('callers', `${entry.number} is a national freephone number: callers cannot be abroad`)
    if (entry.international)
      issue('international', `${entry.number} is a national freephone number: it has no international form`)
  }
  if (
    (entry.abroad === 'free' || entry.abroad === 'charged') &&
    !entry.international &&
    !entry.number.startsWith('+')
  ) {
    issue('international', `abroad: ${entry.abroad} needs the form to dial from abroad (international: "+…")`)
  }
  if (entry.abroad === 'no' && entry.international)
    issue(
      'abroad',
      'a number with an international form can be called from abroad: write free, charged or not-documented',
    )
  if (entry.callers === 'abroad' && entry.abroad === 'no') issue('abroad', 'callers: abroad contradicts abroad: no')
}

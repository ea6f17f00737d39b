import { z } from 'zod'
import { httpsUrl, hotlineNumberSchema, phoneNumber } from './common'

/** How a traveller does a task. A closed set: each kind has its own typed data below. */
export const METHODS = ['app', 'website', 'hotline', 'sms', 'ussd', 'store', 'voucher', 'third-party'] as const
export const methodKindSchema = z.enum(METHODS)
export type MethodKind = z.infer<typeof methodKindSchema>

export function isMethodKind(value: string): value is MethodKind {
  return (METHODS as readonly string[]).includes(value)
}

/** Conditions shown as badges next to the action. */
export const CONDITIONS = [
  'own-sim-only',
  'charged-from-abroad',
  'needs-data',
  'needs-wifi-off',
  'needs-credit-card',
  'home-country-only',
  'needs-account',
  'works-abroad',
] as const
export const conditionSchema = z.enum(CONDITIONS)
export type Condition = z.infer<typeof conditionSchema>

export const COSTS = ['free', 'charged', 'not-stated'] as const

const smsMessage = {
  to: z
    .string()
    .regex(/^[0-9]{3,15}$/, 'expected the number to text, digits only (e.g. 1510)')
    .meta({ description: 'The number to text, digits only (quote it).', examples: ['1510'] }),
  body: z
    .string()
    .min(1, 'expected the text of the message')
    .meta({ description: 'The exact text to send; <ANGLE> placeholders are filled in by the traveller.', examples: ['RELOAD <PIN>'] }),
}

// Descriptions (`.meta`) are what docs/editing.md and the content check's messages say about each field.
/** Fields every method section has, whatever its kind. */
const common = {
  cost: z.enum(COSTS).meta({ description: 'What using the method costs: free, charged or not-stated.' }),
  price: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'The price as the traveller will see it, in the guide’s language.', examples: ['¥500 / 1GB'] }),
  conditions: z.array(conditionSchema).default([]).meta({ description: 'Conditions shown as badges next to the action.' }),
  confidence: z
    .enum(['high', 'medium'])
    .default('high')
    .meta({ description: 'medium when the fact comes from a third party or an old page; the page then says so.' }),
  path: z
    .array(z.string().min(1))
    .optional()
    .meta({ description: 'Menu path inside the app, site or USSD menu, one step per entry.', examples: [['My eSIMs', 'DETAILS']] }),
}

const ussd = z.strictObject({
  kind: z.literal('ussd'),
  code: z
    .string()
    .regex(/^[*#][0-9*#]*#$/, 'expected a USSD code such as *123# (starts with * or #, ends with #)')
    .meta({ description: 'The code to dial, in quotes (YAML reads an unquoted * or # differently).', examples: ['*123#'] }),
  ...common,
})
const hotline = z.strictObject({
  kind: z.literal('hotline'),
  numbers: z.array(hotlineNumberSchema).min(1, 'expected at least one number').meta({ description: 'The numbers to call, each with who can call it.' }),
  hours: z.string().min(1).optional().meta({ description: 'Opening hours, as the carrier states them.' }),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as ja or en'))
    .optional()
    .meta({ description: 'Languages spoken on the line, as language codes.', examples: [['ja', 'en']] }),
  ...common,
})
const sms = z.strictObject({ kind: z.literal('sms'), ...smsMessage, ...common })
const app = z.strictObject({
  kind: z.literal('app'),
  name: z.string().min(1).meta({ description: 'The app’s name as the store shows it.' }),
  ios: httpsUrl.optional().meta({ description: 'App Store link.' }),
  android: httpsUrl.optional().meta({ description: 'Google Play link.' }),
  ...common,
})
const website = z.strictObject({
  kind: z.literal('website'),
  name: z.string().min(1).meta({ description: 'The site’s name, e.g. My docomo.' }),
  url: httpsUrl.meta({ description: 'Where to start, https://.' }),
  login: z.boolean().meta({ description: 'true when the traveller must log in.' }),
  ...common,
})
const store = z.strictObject({
  kind: z.literal('store'),
  where: z.string().min(1).meta({ description: 'Where to go, in the guide’s language.', examples: ['Lawson, FamilyMart'] }),
  bring: z.array(z.string().min(1)).optional().meta({ description: 'What to bring or pay with.' }),
  ...common,
})
const voucher = z.strictObject({
  kind: z.literal('voucher'),
  name: z.string().min(1).meta({ description: 'The card’s name.' }),
  dial: phoneNumber.optional().meta({ description: 'A number to call to load the PIN (quote it).' }),
  sms: z.strictObject(smsMessage).optional().meta({ description: 'A text that loads the PIN: { to, body }.' }),
  where: z.string().min(1).optional().meta({ description: 'Where to buy the card.' }),
  ...common,
})
const thirdParty = z.strictObject({
  kind: z.literal('third-party'),
  name: z.string().min(1).meta({ description: 'Who or what: a seller, a payment app, a friend’s transfer.' }),
  url: httpsUrl.optional().meta({ description: 'Its page, https://.' }),
  sms: z.strictObject(smsMessage).optional().meta({ description: 'A text that does it: { to, body }.' }),
  ...common,
})

/** One method section's data: a discriminated union on `kind`. */
export const methodSectionSchema = z.discriminatedUnion('kind', [ussd, hotline, sms, app, website, store, voucher, thirdParty])
export type MethodSection = z.infer<typeof methodSectionSchema>
export type MethodOf<K extends MethodKind> = Extract<MethodSection, { kind: K }>

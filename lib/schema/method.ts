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
  to: z.string().regex(/^[0-9]{3,15}$/, 'expected the number to text, digits only (e.g. 1510)'),
  /** The exact text to send; <ANGLE> placeholders are filled in by the traveller (e.g. RELOAD <PIN>). */
  body: z.string().min(1, 'expected the text of the message'),
}

/** Fields every method section has, whatever its kind. */
const common = {
  cost: z.enum(COSTS),
  /** The price as the traveller will see it, in the guide's language (e.g. "¥500 / 1GB"). */
  price: z.string().min(1).optional(),
  conditions: z.array(conditionSchema).default([]),
  /** medium: the fact comes from a third party or an old page; the page says so. */
  confidence: z.enum(['high', 'medium']).default('high'),
  /** Menu path inside the app, site or USSD menu, one step per entry (e.g. [My eSIMs, DETAILS]). */
  path: z.array(z.string().min(1)).optional(),
}

const ussd = z.strictObject({
  kind: z.literal('ussd'),
  code: z.string().regex(/^[*#][0-9*#]*#$/, 'expected a USSD code such as *123# (starts with * or #, ends with #)'),
  ...common,
})
const hotline = z.strictObject({
  kind: z.literal('hotline'),
  numbers: z.array(hotlineNumberSchema).min(1, 'expected at least one number'),
  hours: z.string().min(1).optional(),
  /** Languages spoken on the line, as language codes (ja, en, zh, tl…). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as ja or en')).optional(),
  ...common,
})
const sms = z.strictObject({ kind: z.literal('sms'), ...smsMessage, ...common })
const app = z.strictObject({
  kind: z.literal('app'),
  name: z.string().min(1),
  ios: httpsUrl.optional(),
  android: httpsUrl.optional(),
  ...common,
})
const website = z.strictObject({
  kind: z.literal('website'),
  name: z.string().min(1),
  url: httpsUrl,
  login: z.boolean(),
  ...common,
})
const store = z.strictObject({
  kind: z.literal('store'),
  /** Where to go (e.g. "Lawson, FamilyMart"), in the guide's language. */
  where: z.string().min(1),
  /** What to bring or pay with. */
  bring: z.array(z.string().min(1)).optional(),
  ...common,
})
const voucher = z.strictObject({
  kind: z.literal('voucher'),
  name: z.string().min(1),
  /** A number to call to load the PIN, and/or an SMS that loads it. */
  dial: phoneNumber.optional(),
  sms: z.strictObject(smsMessage).optional(),
  where: z.string().min(1).optional(),
  ...common,
})
const thirdParty = z.strictObject({
  kind: z.literal('third-party'),
  name: z.string().min(1),
  url: httpsUrl.optional(),
  sms: z.strictObject(smsMessage).optional(),
  ...common,
})

/** One method section's data: a discriminated union on `kind`. */
export const methodSectionSchema = z.discriminatedUnion('kind', [ussd, hotline, sms, app, website, store, voucher, thirdParty])
export type MethodSection = z.infer<typeof methodSectionSchema>
export type MethodOf<K extends MethodKind> = Extract<MethodSection, { kind: K }>

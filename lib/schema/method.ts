import { z } from 'zod'
import { checkReach, httpsUrl, hotlineNumberSchema, isoDate, phoneNumber, sourceDate } from './common'

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
    .meta({
      description: 'The exact text to send; <ANGLE> placeholders are filled in by the traveller.',
      examples: ['RELOAD <PIN>'],
    }),
}

/**
 * Where a price comes from and how old it is: one of the guide's sources, with the date that page shows,
 * or (when it shows none) the day a person read the price there. The page says "as of" that date.
 */
export const priceSourceSchema = z
  .strictObject({
    url: httpsUrl.meta({ description: 'The source the price comes from: one of the guide’s `sources`.' }),
    date: sourceDate
      .optional()
      .meta({ description: 'The date the source page shows (YYYY-MM-DD, YYYY-MM or YYYY).', examples: ['2021-07-14'] }),
    read: isoDate.optional().meta({
      description: 'Only when the page shows no date: the day a person read the price on it.',
      examples: ['2026-12-02'],
    }),
  })
  .refine((source) => Boolean(source.date) !== Boolean(source.read), {
    message: 'expected either date (the date the page shows) or read (the day you read an undated page), not both',
  })
export type PriceSource = z.infer<typeof priceSourceSchema>

const priceFields = {
  price: z
    .string()
    .min(1)
    .optional()
    .meta({
      description: 'The price as the traveller will see it, in the guide’s language.',
      examples: ['¥500 / 1GB'],
    }),
  priceSource: priceSourceSchema.optional().meta({
    description:
      'Where the price comes from and its date; the page shows “as of” it. A price without one, or older than two years, gives a warning.',
  }),
}

// Descriptions (`.meta`) are what docs/editing.md and the content check's messages say about each field.
/** Fields every method section has, whatever its kind. */
const common = {
  cost: z.enum(COSTS).meta({ description: 'What using the method costs: free, charged or not-stated.' }),
  ...priceFields,
  conditions: z.array(conditionSchema).default([]).meta({
    description:
      'Conditions shown as badges next to the action. Voucher and SMS sections put them on each route instead. An app or website says “no data left? join Wi-Fi first” and is listed on the out-of-data card as working over Wi-Fi, unless it has `needs-wifi-off` (it must run over the SIM).',
  }),
  confidence: z
    .enum(['high', 'medium'])
    .default('high')
    .meta({ description: 'medium when the fact comes from a third party or an old page; the page then says so.' }),
  path: z
    .array(z.string().min(1))
    .optional()
    .meta({
      description: 'Menu path inside the app, site or USSD menu, one step per entry.',
      examples: [['My eSIMs', 'DETAILS']],
    }),
}

const ussd = z.strictObject({
  kind: z.literal('ussd'),
  code: z
    .string()
    .regex(/^[*#][0-9*#]*#$/, 'expected a USSD code such as *123# (starts with * or #, ends with #)')
    .meta({
      description: 'The code to dial, in quotes (YAML reads an unquoted * or # differently).',
      examples: ['*123#'],
    }),
  ...common,
})
const hotline = z.strictObject({
  kind: z.literal('hotline'),
  numbers: z
    .array(hotlineNumberSchema.superRefine(checkReach))
    .min(1, 'expected at least one number')
    .meta({ description: 'The numbers to call, each with who can call it.' }),
  hours: z.string().min(1).optional().meta({ description: 'Opening hours, as the carrier states them.' }),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as ja or en'))
    .optional()
    .meta({ description: 'Languages spoken on the line, as language codes.', examples: [['ja', 'en']] }),
  ...common,
})
/** Conditions of one route of a method (one number to call, one text to send): its own badges. */
const routeConditions = z
  .array(conditionSchema)
  .default([])
  .meta({ description: 'This route’s own conditions, shown as its badges.' })

/** Several routes live in one section; the section's own conditions would wrongly badge all of them. */
const noSectionConditions = (section: { conditions: Condition[] }, ctx: z.RefinementCtx) => {
  if (section.conditions.length)
    ctx.addIssue({
      code: 'custom',
      path: ['conditions'],
      message:
        'this kind has several routes: put conditions on each route (each number or message), not on the section',
    })
}

const smsRoute = z.strictObject({
  ...smsMessage,
  label: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'What this text does, when the section has several.', examples: ['Load a card PIN'] }),
  sender: z.enum(['you', 'friend']).default('you').meta({
    description: 'Who sends it: you (from this SIM) or friend (someone on the same network sends it for you).',
  }),
  ...priceFields,
  conditions: routeConditions,
})
export type SmsRoute = z.infer<typeof smsRoute>

const sms = z
  .strictObject({
    kind: z.literal('sms'),
    messages: z
      .array(smsRoute)
      .min(1, 'expected at least one message')
      .meta({ description: 'The texts to send, each with its number, text and conditions.' }),
    ...common,
  })
  .superRefine(noSectionConditions)

const callRoute = z.strictObject({
  number: phoneNumber.meta({ description: 'The number to call (quote it).', examples: ['1510'] }),
  label: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Who calls it, when it differs by brand.', examples: ['TNT'] }),
  conditions: routeConditions,
})
export type CallRoute = z.infer<typeof callRoute>
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
  where: z
    .string()
    .min(1)
    .meta({ description: 'Where to go, in the guide’s language.', examples: ['Lawson, FamilyMart'] }),
  bring: z.array(z.string().min(1)).optional().meta({ description: 'What to bring or pay with.' }),
  ...common,
})
const voucher = z
  .strictObject({
    kind: z.literal('voucher'),
    name: z.string().min(1).meta({ description: 'The card’s name.' }),
    dial: z.array(callRoute).optional().meta({
      description:
        'Numbers to call to load the PIN, each with who calls it and its own conditions. A text that loads it is an `sms` section.',
    }),
    where: z.string().min(1).optional().meta({ description: 'Where to buy the card.' }),
    ...common,
  })
  .superRefine((section, ctx) => {
    if (section.dial?.length) noSectionConditions(section, ctx)
  })
const thirdParty = z.strictObject({
  kind: z.literal('third-party'),
  name: z.string().min(1).meta({
    description: 'Who or what: a seller, a payment app, a friend’s transfer. A text to send is an `sms` section.',
  }),
  url: httpsUrl.optional().meta({ description: 'Its page, https://.' }),
  ...common,
})

/** One method section's data: a discriminated union on `kind`. */
export const methodSectionSchema = z.discriminatedUnion('kind', [
  ussd,
  hotline,
  sms,
  app,
  website,
  store,
  voucher,
  thirdParty,
])
export type MethodSection = z.infer<typeof methodSectionSchema>
export type MethodOf<K extends MethodKind> = Extract<MethodSection, { kind: K }>

import { z } from 'zod'
import { type Completed, localizedTextSchema } from '../i18n/locales'
import { SLUG } from './carrier'
import { sourceDate } from './common'

/** What a traveller can read off a SIM or phone that names the company behind it. */
export const CLUE_KINDS = ['mcc-mnc', 'iccid', 'apn', 'network-name'] as const
export type ClueKind = (typeof CLUE_KINDS)[number]

/** As in ../shared/facts: high = the company's own page; medium = a reputable dataset or third party; low = not shown as fact. */
export const CONFIDENCE = ['high', 'medium', 'low'] as const

/** How each kind of value is written in the file (and matched: lib/identify-match.ts). */
const VALUE_FORMAT: Record<ClueKind, { pattern: RegExp; example: string }> = {
  'mcc-mnc': { pattern: /^[0-9]{3}-[0-9]{2,3}$/, example: '440-10' },
  iccid: { pattern: /^89[0-9]{4,5}$/, example: '898110' },
  apn: { pattern: /^[a-z0-9]+([.-][a-z0-9]+)*$/, example: 'spmode.ne.jp' },
  'network-name': { pattern: /^\S.{0,40}$/, example: 'DITO' },
}

const companyId = z.string().regex(SLUG, 'expected a lowercase id of letters, digits and dashes (e.g. b-mobile)')
const sourceKey = z.string().min(1)

const identifySourceSchema = z.strictObject({
  title: z.string().min(1).meta({ description: 'The source’s title, as a reader would recognise it.' }),
  // Some datasets and old terms pages are only on http://; they are cited, never linked as an action.
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s):// URL' }),
  date: sourceDate.optional().meta({ description: 'The date the source shows (or of the commit read).' }),
  official: z.boolean().meta({ description: 'true for the company’s own page.' }),
})

const confidenceFields = {
  confidence: z.enum(CONFIDENCE).meta({ description: 'As graded in the facts file; low is shown as unconfirmed.' }),
  sources: z.array(sourceKey).min(1).meta({ description: 'Keys of `sources` that say this.' }),
}

const companySchema = z.strictObject({
  id: companyId.meta({
    description: 'The carrier id when the site has (or will have) a hub for it: it links once the hub exists.',
  }),
  name: z.string().min(1).meta({ description: 'The company or brand as it names itself.' }),
  country: z.string().regex(/^([A-Z]{2}|global)$/, 'expected a two-letter country code such as JP, or global'),
  host: z
    .strictObject({ network: companyId, ...confidenceFields })
    .optional()
    .meta({
      description: 'The network it runs on, for brands not in the carrier registry (the registry’s `host` wins).',
    }),
})

const codeSchema = z
  .strictObject({
    kind: z.enum(CLUE_KINDS),
    value: z.string().min(1),
    company: companyId.meta({ description: 'The id of a company in `companies`.' }),
    note: localizedTextSchema.optional().meta({ description: 'What the value does not say, in each language.' }),
    /** Sources give different companies for this value: the page says so beside each of them. */
    disputed: z.boolean().default(false),
    ...confidenceFields,
  })
  .superRefine((code, context) => {
    const format = VALUE_FORMAT[code.kind]
    if (!format.pattern.test(code.value))
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `expected a ${code.kind} value written like ${format.example}`,
      })
  })

/** `content/identify.yaml`: what tells a traveller which company manages a SIM, each value with its sources. */
export const identifyFileSchema = z
  .strictObject({
    page: z
      .strictObject({ title: localizedTextSchema, summary: localizedTextSchema })
      .meta({ description: 'The page’s title and summary: its heading, metadata and search result.' }),
    sources: z.record(sourceKey, identifySourceSchema).meta({ description: 'Every source, by a short key.' }),
    companies: z.array(companySchema).min(1),
    codes: z.array(codeSchema).min(1),
  })
  .superRefine((file, context) => {
    const ids = new Set(file.companies.map((company) => company.id))
    const checkSources = (keys: string[], path: PropertyKey[]) =>
      keys.forEach((key, index) => {
        if (!(key in file.sources))
          context.addIssue({ code: 'custom', path: [...path, 'sources', index], message: `no source '${key}'` })
      })
    file.companies.forEach((company, index) => {
      if (company.host && !ids.has(company.host.network))
        context.addIssue({
          code: 'custom',
          path: ['companies', index, 'host', 'network'],
          message: `no company '${company.host.network}'`,
        })
      if (company.host) checkSources(company.host.sources, ['companies', index, 'host'])
    })
    file.codes.forEach((code, index) => {
      if (!ids.has(code.company))
        context.addIssue({ code: 'custom', path: ['codes', index, 'company'], message: `no company '${code.company}'` })
      checkSources(code.sources, ['codes', index])
    })
  })

export type IdentifyFile = z.infer<typeof identifyFileSchema>
/** The identify facts as the site reads them: every note in every locale. */
export type Identify = Completed<IdentifyFile>
export type IdentifyCode = Identify['codes'][number]
export type IdentifyCompany = Identify['companies'][number]
export type IdentifySource = Identify['sources'][string]
export type Confidence = (typeof CONFIDENCE)[number]

export const EMPTY_IDENTIFY: Identify = {
  page: { title: { zh: '', 'zh-hant': '', en: '' }, summary: { zh: '', 'zh-hant': '', en: '' } },
  sources: {},
  companies: [],
  codes: [],
}

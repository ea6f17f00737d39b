import { getDictionary, type Locale } from '../i18n'
import { PLACEHOLDER } from '../pipeline/checks/placeholders'
import type { Carrier, CarrierFile } from '../schema/carrier'
import type { MethodKind } from '../schema/method'
import type { Task } from '../schema/task'

const q = (text: string) => JSON.stringify(text) // a JSON string is a valid double-quoted YAML scalar
const TODO = (what: string) => q(`${PLACEHOLDER.text}: ${what}`)

/** Each method kind's required fields, filled with placeholders that pass the schema and the check flags. */
const METHOD_FIELDS: Record<MethodKind, (carrier: Pick<Carrier, 'website'>) => string[]> = {
  ussd: () => [`code: ${q(PLACEHOLDER.code)}`],
  hotline: () => [
    'numbers:',
    `  - number: ${q(PLACEHOLDER.number)}`,
    '    callers: any-phone   # own-sim, any-phone or abroad',
    '    abroad: not-documented   # no (e.g. a 0120 freephone), free, charged or not-documented',
  ],
  sms: () => ['messages:', `  - to: ${q(PLACEHOLDER.number)}`, `    body: ${TODO('the exact text to send')}`],
  app: () => [`name: ${TODO('the app’s name')}`],
  website: (carrier) => [`name: ${TODO('the site’s name')}`, `url: ${carrier.website}`, 'login: false'],
  store: () => [`where: ${TODO('where to go')}`],
  voucher: () => [`name: ${TODO('the card’s name')}`],
  'third-party': () => [`name: ${TODO('who or what')}`],
}

export interface GuideChoice {
  /** As its file gives it: a zh-hant name is only written where the conversion needs correcting. */
  carrier: Pick<CarrierFile, 'name' | 'website'> & { id: string }
  task: Task
  locale: Locale
  /** Fastest first: the order is the ranking readers see. */
  methods: MethodKind[]
  /** YYYY-MM-DD, for `updated` and `verified`. */
  today: string
}

/**
 * A new guide: every required field and one section per method, as a draft full of placeholders.
 * It passes `npm run content:check` as it is (with a warning), so it can be committed and previewed,
 * and cannot be published until every placeholder is filled in and `draft: true` is removed.
 */
export function guideSkeleton({ carrier, task, locale, methods, today }: GuideChoice): string {
  const t = getDictionary(locale)
  const frontmatter = [
    '# A draft: checked by `npm run content:check` and shown by `npm run dev`, never published.',
    '# Fill in every TODO and 0000, check the facts against the sources, then delete the draft line.',
    '# Every field is explained in docs/editing.md.',
    'draft: true',
    `title: ${TODO(`${carrier.name[locale] ?? carrier.name.zh} ${t.tasks[task].name}`)}`,
    `summary: ${TODO('one sentence on what the reader will do')}`,
    'cards: [sim]   # sim, esim, data-only, pocket-wifi',
    'plans: [prepaid]   # prepaid, postpaid',
    `updated: ${today}`,
    `verified: ${today}`,
    'sources:   # official pages first',
    `  - title: ${TODO('the title of the official page')}`,
    `    url: ${carrier.website}`,
    '    official: true',
    'methods:   # fastest first',
    ...methods.flatMap((kind) => [
      `  - kind: ${kind}`,
      ...METHOD_FIELDS[kind](carrier).map((line) => `    ${line}`),
      '    cost: not-stated   # free, charged or not-stated',
    ]),
  ]
  const sections = methods.flatMap((kind) => [
    '',
    `<Method kind="${kind}">`,
    `1. ${PLACEHOLDER.text}: the first step.`,
    `2. ${PLACEHOLDER.text}: the next step.`,
    '</Method>',
  ])
  return [
    '---',
    ...frontmatter,
    '---',
    '',
    `${PLACEHOLDER.text}: one or two sentences: which method to try first, and why.`,
    ...sections,
    '',
  ].join('\n')
}

/** A new carrier's registry entry, with the optional fields shown as comments to fill in later. */
export function carrierSkeleton(carrier: Pick<CarrierFile, 'name' | 'country' | 'kind' | 'website'>): string {
  return [
    '# One carrier: its names, country, kind and contacts. Every field is explained in docs/editing.md.',
    `name: { zh: ${q(carrier.name.zh)}, en: ${q(carrier.name.en)} }`,
    'aliases: []   # other names travellers type: katakana, Chinese names, common misspellings',
    `country: ${carrier.country}`,
    `kind: ${carrier.kind}`,
    '# host: docomo   # for an MVNO, sub-brand or tourist SIM: the network it runs on',
    `website: ${carrier.website}`,
    'apps: []   # - { name: …, ios: https://apps.apple.com/…, android: https://play.google.com/… }',
    'hotlines: []   # - { number: "…", callers: any-phone, abroad: no, hours: …, note: { zh: …, en: … } }',
    '',
  ].join('\n')
}

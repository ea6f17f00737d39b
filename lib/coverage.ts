import { LOCALES, type Locale } from './i18n/locales'
import type { Carrier } from './schema/carrier'
import type { Content } from './schema/content'
import type { MethodKind } from './schema/method'
import { TASKS, type Task } from './schema/task'

/**
 * The carrier × task matrix, derived from the loaded content so it can never disagree with it:
 * for each guide, the methods in ranking order (fastest first), per locale.
 * `content/COVERAGE.md` is this matrix rendered; `npm run content:check` fails when the committed file is stale.
 */
export interface CoverageRow {
  carrier: Carrier
  /** Per task, the method kinds of each locale's guide; a locale is absent when it has no guide. */
  tasks: Record<Task, Partial<Record<Locale, MethodKind[]>>>
}

export function coverageMatrix(content: Content): CoverageRow[] {
  return [...content.carriers].sort(byCountryThenId).map((carrier) => {
    const tasks: CoverageRow['tasks'] = { 'check-data': {}, 'check-balance': {}, 'top-up': {}, renew: {} }
    for (const guide of content.guides) {
      if (guide.carrier === carrier.id) tasks[guide.task][guide.locale] = guide.methods.map((method) => method.kind)
    }
    return { carrier, tasks }
  })
}

/** Countries alphabetically, `global` last; carriers by id within a country. Plain code-point order, so the file is the same everywhere. */
function byCountryThenId(a: Carrier, b: Carrier) {
  const key = (carrier: Carrier) => `${carrier.country === 'global' ? 1 : 0} ${carrier.country} ${carrier.id}`
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}

/** One table cell: `ussd › app (zh, en)` when both locales agree, otherwise each locale spelled out. */
export function coverageCell(byLocale: Partial<Record<Locale, MethodKind[]>>): string {
  const present = LOCALES.filter((locale) => byLocale[locale])
  if (!present.length) return '—'
  const list = (locale: Locale) => (byLocale[locale] ?? []).join(' › ')
  const agree = present.length === LOCALES.length && present.every((locale) => list(locale) === list(present[0]))
  if (agree) return `${list(present[0])} (${present.join(', ')})`
  return `⚠ ${LOCALES.map((locale) => `${locale}: ${byLocale[locale] ? list(locale) : 'missing'}`).join('; ')}`
}

export function renderCoverage(content: Content): string {
  const rows = coverageMatrix(content)
  const perLocale = LOCALES.map(
    (locale) => `${content.guides.filter((guide) => guide.locale === locale).length} ${locale}`,
  ).join(', ')
  const topics = [...new Set(content.topics.map((topic) => topic.slug))].sort()
  const lines = [
    '# Content coverage',
    '',
    'Generated from `content/` by `npm run content:coverage`; do not edit by hand (`npm run content:check` fails when this file is stale).',
    'Each cell lists the methods of that guide in the order the site ranks them (fastest first), then its locales.',
    '⚠ marks a guide missing in a locale, or whose locales list different methods.',
    '',
    `${count(content.carriers.length, 'carrier')} · ${count(content.guides.length, 'guide')} (${perLocale}) · ${count(topics.length, 'topic')}`,
    '',
    `| Carrier | Country | Kind | ${TASKS.join(' | ')} |`,
    `| --- | --- | --- | ${TASKS.map(() => '---').join(' | ')} |`,
    ...rows.map(
      ({ carrier, tasks }) =>
        `| ${carrier.name.en} (\`${carrier.id}\`) | ${carrier.country} | ${carrier.kind} | ${TASKS.map((task) => coverageCell(tasks[task])).join(' | ')} |`,
    ),
    '',
    '## Topics',
    '',
    '| Topic | Locales |',
    '| --- | --- |',
    ...topics.map((slug) => {
      const locales = LOCALES.filter((locale) =>
        content.topics.some((topic) => topic.slug === slug && topic.locale === locale),
      )
      return `| \`${slug}\` | ${locales.length === LOCALES.length ? locales.join(', ') : `⚠ ${locales.join(', ')} only`} |`
    }),
    '',
  ]
  return lines.join('\n')
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'

/**
 * The locale for the highest-q language in an Accept-Language header that we serve: Chinese written in
 * Traditional characters (zh-Hant, or Taiwan, Hong Kong and Macau without a script) gets `zh-hant`, other
 * Chinese `zh`.
 */
export function bestLocale(header: string): Locale {
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      )
      return { primary: localeFor(tag), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.primary))
  return (match?.primary as Locale | undefined) ?? DEFAULT_LOCALE
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo'])

function localeFor(tag: string): string {
  const [primary, ...subtags] = tag.split('-')
  if (primary !== 'zh') return primary
  if (subtags.includes('hans')) return 'zh'
  return subtags.includes('hant') || subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'zh-hant' : 'zh'
}

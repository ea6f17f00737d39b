import { LOCALES } from '../../i18n/locales'
import type { ContentIssue } from '../content-error'

interface Localized {
  file: string
  locale: string
  /** What the article is about, whatever the language: `smart/top-up`, or a topic's slug. */
  key: string
  /** The path of the same article in another locale. */
  fileIn(locale: string): string
  /** A zh-hant conversion: it counts as present, and its zh article already carries any warning. */
  derived?: boolean
}

/** A guide or topic present in one locale and missing in another: a warning on the file that exists. */
export function checkTranslations(articles: Localized[]): ContentIssue[] {
  const locales = new Map<string, Set<string>>()
  for (const article of articles) {
    const present = locales.get(article.key) ?? new Set()
    present.add(article.locale)
    locales.set(article.key, present)
  }
  const missing = (key: string, locale: string) =>
    !locales.get(key)?.has(locale) &&
    // zh-hant is converted from zh: a missing zh says it all.
    !(locale === 'zh-hant' && !locales.get(key)?.has('zh'))
  return articles.flatMap((article) =>
    article.derived
      ? []
      : LOCALES.filter((locale) => missing(article.key, locale)).map((locale) => ({
          file: article.file,
          line: 1,
          column: 1,
          field: 'locale',
          message: `no ${locale} version: ${article.fileIn(locale)} does not exist, so this page is missing in ${locale}`,
          severity: 'warning' as const,
        })),
  )
}

/** The same file under another locale folder: `…/guides/zh/smart/top-up.mdx` → `…/guides/en/smart/top-up.mdx`. */
export function swapLocale(file: string, section: 'guides' | 'topics', from: string) {
  return (locale: string) => file.replace(`/${section}/${from}/`, `/${section}/${locale}/`)
}

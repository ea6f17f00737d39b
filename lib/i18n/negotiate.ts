import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'

/** Highest-q language in an Accept-Language header whose primary tag we serve (zh-TW and zh-CN both get `zh`). */
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
      return { primary: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.primary))
  return (match?.primary as Locale | undefined) ?? DEFAULT_LOCALE
}

import { en } from './en'
import { LANGUAGE_TAG, type Locale } from './locale-codes'
import { type Dictionary, zh } from './zh'
import { zhHant } from './zh-hant.generated'

export * from './locale-codes'
export { format, type Template } from './format'
export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { zh, 'zh-hant': zhHant, en }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/** A country's name in the visitor's language, from the ICU data Node ships (no hand-kept list). */
export function countryName(code: string, locale: Locale): string {
  const special = dictionaries[locale].countries[code]
  if (special) return special
  return new Intl.DisplayNames([LANGUAGE_TAG[locale]], { type: 'region' }).of(code) ?? code
}

/** A language's name (from a code such as `ja`) in the visitor's language, from Node's ICU data. */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([LANGUAGE_TAG[locale]], { type: 'language' }).of(code) ?? code
}

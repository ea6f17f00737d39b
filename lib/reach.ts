import { type Dictionary, format, LANGUAGE_TAG, type Locale } from './i18n'
import type { Abroad } from './schema/common'
import type { Condition, MethodKind, PriceSource } from './schema/method'

/** Conditions that say whether an action works from abroad, or what it costs there. */
const ABROAD_CONDITIONS: readonly Condition[] = ['works-abroad', 'charged-from-abroad', 'home-country-only']

/** Actions sent over the mobile network itself (a code, a text, a call): roaming decides whether they work. */
export const NETWORK_KINDS: readonly MethodKind[] = ['ussd', 'sms', 'hotline', 'voucher']

/** Whether nothing in an action's own data says how it behaves abroad, so the page says "not documented". */
export function roamingUndocumented(conditions: readonly Condition[]): boolean {
  return !conditions.some((condition) => ABROAD_CONDITIONS.includes(condition))
}

/** The badge tone of a number's reach from abroad: only "free from abroad" is good news. */
export function abroadTone(abroad: Abroad): 'good' | 'caution' | 'neutral' {
  return abroad === 'free' ? 'good' : abroad === 'not-documented' ? 'neutral' : 'caution'
}

/** A source's date as written (a day, a month or a year), in the reader's language. */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number)
  const language = locale === 'en' ? 'en-GB' : LANGUAGE_TAG[locale]
  const value = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    timeZone: 'UTC',
    ...(month ? { month: 'short' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }
  return value.toLocaleDateString(language, options)
}

/** "price as of Jul 2021", or for an undated page "source undated, checked 2 Dec 2026". */
export function priceDateLabel(source: PriceSource, t: Dictionary, locale: Locale): string {
  return source.date
    ? format(t.reach.asOf, { date: formatSourceDate(source.date, locale) })
    : format(t.reach.readOn, { date: formatSourceDate(source.read!, locale) })
}

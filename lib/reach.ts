import { type Dictionary, format, type Locale } from './i18n'
import { formatDate } from './i18n/dates'
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

/** "price as of Jul 2021", or for an undated page "source undated, checked 2 Dec 2026". */
export function priceDateLabel(source: PriceSource, t: Dictionary['reach'], locale: Locale): string {
  return source.date
    ? format(t.asOf, { date: formatDate(source.date, locale) })
    : format(t.readOn, { date: formatDate(source.read!, locale) })
}

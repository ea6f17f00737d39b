import { notFound } from 'next/navigation'
import { getCarrier, getGuide } from '@/lib/guides'
import { getDictionary, isLocale, LOCALES, type Locale } from '@/lib/i18n'
import { isMethodKind, type MethodKind } from '@/lib/schema/method'

/**
 * Shared lookups for the routes below: each turns URL params into typed content or calls notFound(),
 * so a page, its generateMetadata and its generateStaticParams agree on what exists.
 */
export function requireLocale(value: string): Locale {
  if (!isLocale(value)) notFound()
  return value
}

export async function requireCarrier(localeParam: string, carrierId: string) {
  const locale = requireLocale(localeParam)
  const carrier = await getCarrier(carrierId)
  if (!carrier) notFound()
  return { locale, carrier, t: getDictionary(locale) }
}

export async function requireGuide(localeParam: string, carrierId: string, task: string) {
  const { locale, carrier, t } = await requireCarrier(localeParam, carrierId)
  const guide = await getGuide(locale, carrierId, task)
  if (!guide) notFound()
  return { locale, carrier, guide, t }
}

export function requireMethod(value: string): MethodKind {
  if (!isMethodKind(value)) notFound()
  return value
}

export const localeParams = () => LOCALES.map((locale) => ({ locale }))


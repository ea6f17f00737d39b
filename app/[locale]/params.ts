import { notFound } from 'next/navigation'
import { getCarrier, getCarriers, getContent, getGuide } from '@/lib/guides'
import { getDictionary, isLocale, LOCALES, type Locale } from '@/lib/i18n'
import { isMethodKind, METHODS, type MethodKind } from '@/lib/schema/method'
import { TASKS } from '@/lib/schema/task'

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

/**
 * `next dev` answers from the previous generateStaticParams result and refreshes it in the background
 * (vercel/next.js#85741, #96019), so with dynamicParams = false a guide added while the server runs would
 * 404 on its first reload. In development every page a registered carrier could have is listed instead,
 * so a new guide or a new method shows on the first reload; a page without content still calls notFound().
 * A production build lists exactly the pages that exist.
 */
const everyPossiblePage = process.env.NODE_ENV === 'development'

/** Params of every guide page: `/{locale}/{carrier}/{task}`. */
export async function guideParams() {
  if (everyPossiblePage) {
    const carriers = await getCarriers()
    return LOCALES.flatMap((locale) => carriers.flatMap(({ id }) => TASKS.map((task) => ({ locale, carrier: id, task }))))
  }
  return (await getContent()).guides.map(({ locale, carrier, task }) => ({ locale, carrier, task }))
}

/** Params of every method page: `/{locale}/{carrier}/{task}/{method}`. */
export async function guideMethodParams() {
  if (everyPossiblePage) return (await guideParams()).flatMap((params) => METHODS.map((method) => ({ ...params, method })))
  return (await getContent()).guides.flatMap(({ locale, carrier, task, methods }) => methods.map(({ kind }) => ({ locale, carrier, task, method: kind })))
}

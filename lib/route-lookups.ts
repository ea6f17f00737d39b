import { notFound } from 'next/navigation'
import { getCarrier, getGuide, getTopic } from './guides'
import { getDictionary, isLocale, type Locale } from './i18n'
import { requirePage } from './pages'
import { isMethodKind, type MethodKind } from './schema/method'
import { isTask, type Task } from './schema/task'

/**
 * What the routes share: each turns URL params into typed content and its page from the page list, or
 * calls notFound(), so a page, its generateMetadata and its generateStaticParams agree on what exists.
 */
export function requireLocale(value: string): Locale {
  if (!isLocale(value)) notFound()
  return value
}

export function requireMethod(value: string): MethodKind {
  if (!isMethodKind(value)) notFound()
  return value
}

export function requireTask(value: string): Task {
  if (!isTask(value)) notFound()
  return value
}

export async function requireCarrier(localeParam: string, carrierId: string) {
  const locale = requireLocale(localeParam)
  const carrier = await getCarrier(carrierId)
  if (!carrier) notFound()
  return { locale, carrier, t: getDictionary(locale) }
}

export async function requireGuide(localeParam: string, carrierId: string, taskParam: string) {
  const { locale, carrier, t } = await requireCarrier(localeParam, carrierId)
  const guide = await getGuide(locale, carrierId, taskParam)
  if (!guide) notFound()
  const page = await requirePage('guide', { carrier: carrier.id, task: guide.task })
  return { locale, carrier, guide, t, page }
}

export async function requireGuideMethod(
  localeParam: string,
  carrierId: string,
  taskParam: string,
  methodParam: string,
) {
  const { locale, carrier, guide, t } = await requireGuide(localeParam, carrierId, taskParam)
  const method = requireMethod(methodParam)
  const section = guide.methods.find((candidate) => candidate.kind === method)
  if (!section) notFound()
  const page = await requirePage('guideMethod', { carrier: carrier.id, task: guide.task, method })
  return { locale, carrier, guide, section, t, page }
}

export async function requireTopic(localeParam: string, slug: string) {
  const locale = requireLocale(localeParam)
  const topic = await getTopic(locale, slug)
  if (!topic) notFound()
  const page = await requirePage('topic', { slug })
  return { locale, topic, t: getDictionary(locale), page }
}

import type { Metadata } from 'next'
import { env } from './env'
import { getDictionary, LANGUAGE_TAG, DEFAULT_LOCALE, type Locale } from './i18n'

export interface PageMeta {
  locale: Locale
  title: string
  description: string
  /** The page's URL in each locale where it exists, current locale included. */
  paths: Partial<Record<Locale, string>>
}

/** One helper for every route's metadata: unique title, description, canonical and hreflang links. */
export function pageMetadata({ locale, title, description, paths }: PageMeta): Metadata {
  const t = getDictionary(locale)
  const languages: Record<string, string> = {}
  for (const [other, path] of Object.entries(paths) as Array<[Locale, string]>) languages[LANGUAGE_TAG[other]] = path
  const fallback = paths[DEFAULT_LOCALE] ?? paths[locale]
  if (fallback) languages['x-default'] = fallback
  return {
    metadataBase: new URL(env.SITE_URL),
    title: title === t.home.title ? title : `${title} | ${t.siteName}`,
    description,
    alternates: { canonical: paths[locale], languages },
    openGraph: { title, description, siteName: t.siteName, locale: LANGUAGE_TAG[locale], type: 'website', url: paths[locale] },
  }
}

import type { Metadata } from 'next'
import { DEFAULT_LOCALE, getDictionary, LANGUAGE_TAG, type Locale, OPEN_GRAPH_LOCALE } from './i18n'
import { imageRoutes } from './routes'
import type { Carrier } from './schema/carrier'
import type { PageVersion } from './page-list'
import { siteOrigin } from './site-url'

export interface PageMeta {
  locale: Locale
  /** The page's own title, without the site name (added here). */
  title: string
  description: string
  /** The page in every language where it exists (from the page list, lib/pages.ts). */
  page: { versions: PageVersion[] }
  /** The share image's path; the site's card for the locale when absent. */
  image?: string
  /** For guides: Open Graph type article, with the date the text last changed. */
  article?: { modified: string; section: string }
  /** Keep out of search engines even where the page list says the page is indexable. */
  noindex?: boolean
}

/**
 * The one helper behind every route's generateMetadata: a unique title and description, a
 * self-referencing canonical URL, hreflang for each existing translation plus x-default, and
 * Open Graph and Twitter cards. Relative URLs resolve against SITE_URL through metadataBase.
 */
export function pageMetadata({ locale, title, description, page, image, article, noindex }: PageMeta): Metadata {
  const t = getDictionary(locale)
  const own = page.versions.find((version) => version.locale === locale)
  if (!own)
    throw new Error(
      `pageMetadata: the page has no ${locale} version (${page.versions.map((version) => version.path).join(', ')})`,
    )
  const fullTitle = title.includes(t.siteName) ? title : `${title} | ${t.siteName}`
  // A page out of search results (an empty card, search results) links only to versions that are out too.
  const hidden = noindex || own.indexable === false
  const versions = page.versions.filter((version) => version === own || (version.indexable === false) === hidden)
  const others = versions.filter((version) => version.locale !== locale)
  const images = [{ url: image ?? imageRoutes.site(locale), width: 1200, height: 630, alt: title, type: 'image/png' }]
  return {
    metadataBase: new URL(siteOrigin),
    title: { absolute: fullTitle },
    description,
    alternates: { canonical: own.path, languages: hreflang(versions) },
    openGraph: {
      title,
      description,
      url: own.path,
      siteName: t.siteName,
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: others.map((version) => OPEN_GRAPH_LOCALE[version.locale]),
      images,
      ...(article
        ? { type: 'article', modifiedTime: article.modified, section: article.section }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images },
    ...(hidden ? { robots: { index: false, follow: true } } : {}),
  }
}

/** hreflang links: every existing version, plus x-default (the primary locale's version where it exists). */
export function hreflang(versions: PageVersion[]): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const version of versions) languages[LANGUAGE_TAG[version.locale]] = version.path
  const fallback = versions.find((version) => version.locale === DEFAULT_LOCALE) ?? versions[0]
  if (fallback) languages['x-default'] = fallback.path
  return languages
}

/** A guide's title names its carrier (as editors write it); where it does not, the carrier leads. */
export function guideTitle(title: string, carrier: Carrier, locale: Locale): string {
  const names = [carrier.name.zh, carrier.name.en, ...carrier.aliases].map((name) => name.toLowerCase())
  return names.some((name) => title.toLowerCase().includes(name)) ? title : `${carrier.name[locale]} · ${title}`
}

export { methodAction } from './method-action'

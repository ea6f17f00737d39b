import type { Article, BreadcrumbList, ContactPoint, OrganizationLeaf, WithContext } from 'schema-dts'
import { getDictionary, LANGUAGE_TAG, type Locale } from './i18n'
import type { Carrier } from './schema/carrier'
import type { Guide } from './schema/content'
import { routes } from './routes'
import { absoluteUrl } from './site-url'
import type { Crumb } from './page-list'

/**
 * JSON-LD (schema.org) built from typed objects: schema-dts checks every property name and type at
 * compile time. Only types search engines still use: BreadcrumbList, Article, Organization
 * (Google retired HowTo and FAQ rich results, so there are none here).
 */

/** The visible trail (components/layout/page-bar.tsx) renders the same crumbs as this JSON-LD. */
export type { Crumb }

export function breadcrumbList(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href),
    })),
  }
}

/** This site, as the publisher of every article. */
export function sitePublisher(locale: Locale): OrganizationLeaf {
  return { '@type': 'Organization', name: getDictionary(locale).siteName, url: absoluteUrl(routes.home(locale)) }
}

/**
 * A carrier, described from its registry entry: official site, its name in the site's other languages,
 * hotlines. The registry's aliases stay out: they are what travellers type into search (misspellings,
 * sub-brands), not names of the company.
 */
export function carrierOrganization(carrier: Carrier, locale: Locale): OrganizationLeaf {
  const name = carrier.name[locale]
  const otherNames = [...new Set(Object.values(carrier.name))].filter((other) => other !== name)
  const contactPoint: ContactPoint[] = carrier.hotlines.map((line) => ({
    '@type': 'ContactPoint',
    telephone: line.international ?? line.number,
    contactType: 'customer service',
    ...(carrier.country === 'global' ? {} : { areaServed: carrier.country }),
  }))
  return {
    '@type': 'Organization',
    name,
    ...(otherNames.length ? { alternateName: otherNames } : {}),
    url: carrier.website,
    ...(contactPoint.length ? { contactPoint } : {}),
  }
}

export function withContext(organization: OrganizationLeaf): WithContext<OrganizationLeaf> {
  return { '@context': 'https://schema.org', ...organization }
}

/** A guide as an Article: what it is about (the carrier), in which language, last changed when. */
export function guideArticle({
  guide,
  carrier,
  image,
}: {
  guide: Guide
  carrier: Carrier
  image: string
}): WithContext<Article> {
  const url = absoluteUrl(routes.guide(guide.locale, guide.carrier, guide.task))
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.title,
    description: guide.summary,
    inLanguage: LANGUAGE_TAG[guide.locale],
    dateModified: guide.updated,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(image),
    author: sitePublisher(guide.locale),
    publisher: sitePublisher(guide.locale),
    about: carrierOrganization(carrier, guide.locale),
    citation: guide.sources.map((source) => source.url),
  }
}

/**
 * JSON for a <script type="application/ld+json">. `<` is escaped so text such as `</script>` in a
 * title cannot end the script element; `>` and `&` too, so no HTML parser ever sees markup in it.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

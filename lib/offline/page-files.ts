import type { Locale } from '../i18n/locale-codes'
import type { PageList, PageRoute } from '../page-list'

/** The routes of one carrier's pages: its hub and everything below it. */
const CARRIER_ROUTES: readonly PageRoute[] = ['carrier', 'card', 'guide', 'guideMethod']

/** Every page of one carrier in one language, from the page list: hub, card, guides and method pages. */
export function carrierPagePaths(list: PageList, locale: Locale, carrier: string): string[] {
  const pages = list.pages.filter(
    (page) => CARRIER_ROUTES.includes(page.route) && 'carrier' in page.params && page.params.carrier === carrier,
  )
  return pages
    .flatMap((page) => page.versions.filter((version) => version.locale === locale).map((version) => version.path))
    .sort()
}

const TAG = /<(script|link)\b([^>]*)>/gi
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attributes)?.[1]

/**
 * The files a prerendered page loads, read from its HTML: every /_next/static/ file it names (in tags and
 * in the inline React payload, which names the client components' chunks), its islands and its icon. Scripts for old
 * browsers only (`noModule`) are left out: no browser that runs a service worker loads them.
 */
export function pageAssets(html: string): string[] {
  const legacy = new Set<string>()
  const icons: string[] = []
  for (const [, tag, attributes] of html.matchAll(TAG)) {
    const src = attribute(attributes, 'src')
    if (tag.toLowerCase() === 'script' && src && /\bnomodule\b/i.test(attributes)) legacy.add(src)
    const href = attribute(attributes, 'href')
    if (tag.toLowerCase() === 'link' && href && /^icon$/i.test(attribute(attributes, 'rel') ?? '')) icons.push(href)
  }
  const named = [...html.matchAll(/\/_next\/static\/[^"'\\\s<>)]+/g)].map(([match]) => match)
  // Islands (islands/*.ts, served from public/islands/) are named only in script tags.
  for (const [, tag, attributes] of html.matchAll(TAG)) {
    const src = attribute(attributes, 'src')
    if (tag.toLowerCase() === 'script' && src?.startsWith('/islands/')) named.push(src)
  }
  return [...new Set([...named.filter((file) => !legacy.has(file)), ...icons])].sort()
}

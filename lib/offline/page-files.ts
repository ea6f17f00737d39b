import { type DefaultTreeAdapterTypes, parse } from 'parse5'
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

/**
 * The files a published page loads, read from its HTML (parsed by parse5, the WHATWG parser): the
 * stylesheets, fonts and other `/_next/static/` files its tags name, its islands and its icon (unless it is
 * written into the page). Scripts for old browsers only (`nomodule`) are left out: no browser that runs a
 * service worker loads them.
 */
export function pageAssets(html: string): string[] {
  const found = new Set<string>()
  const visit = (node: DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode) => {
    if ('tagName' in node) {
      const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value
      const url = node.tagName === 'link' ? attribute('href') : attribute('src')
      const isIcon = node.tagName === 'link' && attribute('rel') === 'icon'
      const isLegacy = node.tagName === 'script' && attribute('nomodule') !== undefined
      if (url?.startsWith('/') && !isLegacy && (isIcon || /^\/(_next\/static|islands)\//.test(url))) found.add(url)
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
  }
  visit(parse(html))
  return [...found].sort()
}

import type { Locale } from '../i18n/locale-codes'

/** Every prerendered page of one carrier in one language: its hub and everything below it (card, guides, methods). */
export function carrierPagePaths(prerendered: readonly string[], locale: Locale, carrier: string): string[] {
  const hub = `/${locale}/${carrier}`
  return prerendered.filter((path) => path === hub || (path.startsWith(`${hub}/`) && !path.endsWith('/opengraph-image'))).sort()
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

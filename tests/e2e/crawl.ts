import type { APIRequestContext, Page } from '@playwright/test'

/**
 * A small crawler for the production build: it fetches raw HTML the way a search engine does (no
 * JavaScript, no redirects followed) and reads it with the browser's DOMParser. It follows every
 * internal <a href>, so pages added later are covered without editing the tests.
 */
export interface PageFacts {
  lang: string
  title: string
  description: string
  robots: string
  canonical: string | null
  canonicalCount: number
  /** hreflang → absolute URL */
  hreflang: Record<string, string>
  h1Count: number
  hrefs: string[]
  jsonLd: string[]
  /** The visible breadcrumb trail: a list inside a <nav> whose last item is aria-current="page". */
  crumbs: Array<{ name: string; href: string | null }>
  og: Record<string, string>
  text: string
}

export interface CrawledPage {
  path: string
  /** Clicks from /zh or /en. */
  depth: number
  status: number
  location?: string
  contentType: string
  facts?: PageFacts
  /** Internal link targets (path, with any query), without fragments. */
  links: string[]
}

/** Read what a crawler reads from an HTML string. Runs in the browser page, on a detached document. */
export async function readFacts(page: Page, html: string): Promise<PageFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? ''
    const hreflang: Record<string, string> = {}
    for (const link of doc.querySelectorAll('head link[rel="alternate"][hreflang]'))
      hreflang[link.getAttribute('hreflang')!] = link.getAttribute('href')!
    const og: Record<string, string> = {}
    for (const meta of doc.querySelectorAll('head meta[property^="og:"], head meta[name^="twitter:"]')) {
      og[meta.getAttribute('property') ?? meta.getAttribute('name')!] ??= meta.getAttribute('content') ?? ''
    }
    const trail = [...doc.querySelectorAll('nav ol')].find((list) =>
      list.lastElementChild?.querySelector('[aria-current="page"]'),
    )
    return {
      lang: doc.documentElement.lang,
      title: doc.title,
      description: attr('head meta[name="description"]', 'content'),
      robots: attr('head meta[name="robots"]', 'content'),
      canonical: doc.querySelector('head link[rel="canonical"]')?.getAttribute('href') ?? null,
      canonicalCount: doc.querySelectorAll('link[rel="canonical"]').length,
      hreflang,
      h1Count: doc.querySelectorAll('h1').length,
      hrefs: [...doc.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      crumbs: trail
        ? [...trail.children].map((item) => ({
            name: item.textContent!.trim(),
            href: item.querySelector('a')?.getAttribute('href') ?? null,
          }))
        : [],
      og,
      text: (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' '),
    }
  }, html)
}

/** Breadth-first from the start paths; at most `maxPages` fetches, so a link loop cannot run forever. */
export async function crawl(
  request: APIRequestContext,
  page: Page,
  starts: string[],
  maxPages = 3000,
): Promise<Map<string, CrawledPage>> {
  const seen = new Map<string, CrawledPage>()
  let frontier = [...new Set(starts)]
  for (let depth = 0; frontier.length; depth++) {
    const next: string[] = []
    for (const path of frontier) {
      if (seen.has(path)) continue
      if (seen.size >= maxPages)
        throw new Error(`crawl stopped after ${maxPages} pages: is a page generating endless links?`)
      const response = await request.get(path, { maxRedirects: 0 })
      const contentType = response.headers()['content-type'] ?? ''
      const crawled: CrawledPage = {
        path,
        depth,
        status: response.status(),
        location: response.headers().location,
        contentType,
        links: [],
      }
      seen.set(path, crawled)
      if (response.status() !== 200 || !contentType.startsWith('text/html')) continue
      crawled.facts = await readFacts(page, await response.text())
      crawled.links = internalLinks(crawled.facts.hrefs, path)
      next.push(...crawled.links.filter((link) => !seen.has(link)))
    }
    frontier = [...new Set(next)]
  }
  return seen
}

const BASE = 'http://crawl.invalid'

/** Same-site link targets as path (+ query), fragments dropped; tel:, sms:, mailto: and other sites left out. */
export function internalLinks(hrefs: string[], from: string): string[] {
  const links = hrefs.flatMap((href) => {
    const url = new URL(href, BASE + from)
    if (url.origin !== BASE) return []
    return [url.pathname + url.search]
  })
  return [...new Set(links)]
}

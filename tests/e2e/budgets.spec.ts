import { gzipSync } from 'node:zlib'
import { expect, test, type APIRequestContext } from '@playwright/test'

/**
 * Budgets on what is deterministic for a build: bytes and request counts, never times. Figures and how
 * they were set are in docs/performance.md; a failure here means a page grew, on purpose or not.
 */
const BUDGET = {
  /**
   * A guide page's own HTML + CSS, gzip, "did this work?" forms included. The longest guide (Smart top-up)
   * measured 13.4 KB, then 16.0 KB with each route's own badges and dated prices (issue 12), then 17.7 KB
   * with a one-line feedback form per method (issue 15); its zh-hant version is 18.0 KB. The React payload
   * repeats every line of it, so removing that payload (issue 14) is what brings this back down.
   */
  guideHtmlCssGzip: 18.5 * 1024,
  /** Any page's JS, gzip: the Next.js/React runtime (~135.7 KB) plus a small allowance for our touches. */
  pageJsGzip: 141 * 1024,
  /**
   * The search page also renders results as you type: measured 146.7 KB (was 164.5 KB before the live
   * search took only its slice of strings and zod left the client bundle). What remains above the runtime
   * is the action components, which still read the whole dictionaries (about 10 KB; the zh-hant one added
   * 2.6 KB: 151.6 KB).
   */
  searchJsGzip: 153 * 1024,
  /** Requests of a first visit until the network is idle: no prefetching of other pages' data. */
  firstVisitRequests: 12,
}

const gz = (text: string | Buffer) => gzipSync(text).length

async function assets(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text()
  const urls = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((match) => match[1]))]
  const fetchAll = async (list: string[]) =>
    Promise.all(list.map(async (url) => Buffer.from(await (await request.get(url)).body())))
  const css = await fetchAll(urls(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules, so they cost nothing.
  const js = await fetchAll(urls(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/gi))
  return {
    htmlGzip: gz(html),
    cssGzip: css.reduce((sum, body) => sum + gz(body), 0),
    jsGzip: js.reduce((sum, body) => sum + gz(body), 0),
  }
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

test('every guide page stays within its HTML + CSS budget', async ({ request }) => {
  test.setTimeout(120_000)
  const guides = (await sitemapPaths(request)).filter((path) =>
    /^\/(zh|zh-hant|en)\/[^/]+\/(check-data|check-balance|top-up|renew)$/.test(path),
  )
  expect(guides.length).toBeGreaterThan(10)
  const over: string[] = []
  for (const path of guides) {
    const { htmlGzip, cssGzip } = await assets(request, path)
    if (htmlGzip + cssGzip > BUDGET.guideHtmlCssGzip)
      over.push(`${path}: ${((htmlGzip + cssGzip) / 1024).toFixed(1)} KB`)
  }
  expect(over).toEqual([])
})

test('no page ships more JavaScript than the runtime and its small touches', async ({ request }) => {
  test.setTimeout(120_000)
  const paths = [
    '/zh',
    '/en/smart',
    '/zh/smart/top-up',
    '/zh/smart/top-up/ussd',
    '/zh/methods/hotline',
    '/zh/tasks/check-data',
    '/zh/topics',
    '/zh/no-such-page',
  ]
  for (const path of paths) {
    const { jsGzip } = await assets(request, path)
    expect(jsGzip, path).toBeLessThanOrEqual(BUDGET.pageJsGzip)
  }
  expect((await assets(request, '/zh/search?q=smart')).jsGzip).toBeLessThanOrEqual(BUDGET.searchJsGzip)
})

test('a first visit makes a bounded number of requests (nothing prefetched)', async ({ page }) => {
  let requests = 0
  page.on('request', () => requests++)
  await page.goto('/zh', { waitUntil: 'networkidle' })
  await page.mouse.wheel(0, 5000) // links scrolled into view must not fetch anything either
  await page.waitForLoadState('networkidle')
  expect(requests).toBeLessThanOrEqual(BUDGET.firstVisitRequests)
})

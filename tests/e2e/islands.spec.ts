import { gzipSync } from 'node:zlib'
import { expect, test } from './fixtures'
import { PAGE_TYPES } from './page-types'

/**
 * Content pages ship no framework JavaScript (docs/decisions/009-no-framework-javascript.md): each page
 * loads exactly the islands it uses, deferred, and carries no React payload to hydrate.
 */
type Island = 'copy' | 'feedback' | 'live-search' | 'register-worker' | 'save-for-trip' | 'saved-list' | 'which-sim'

const ISLANDS: Record<(typeof PAGE_TYPES)[number]['name'] | 'not-found' | 'search', Island[]> = {
  home: ['register-worker', 'saved-list'],
  'carrier-hub': ['copy', 'register-worker', 'save-for-trip'],
  article: ['copy', 'feedback', 'register-worker'],
  'article-en': ['feedback', 'register-worker'],
  'article-zh-hant': ['feedback', 'register-worker'],
  'carrier-hub-zh-hant': ['copy', 'register-worker', 'save-for-trip'],
  'method-page': ['feedback', 'register-worker'],
  'method-hub': ['copy', 'register-worker'],
  'task-hub': ['copy', 'register-worker'],
  topic: ['register-worker'],
  'which-sim': ['register-worker', 'which-sim'],
  'which-sim-en': ['register-worker', 'which-sim'],
  card: ['copy', 'register-worker', 'save-for-trip'],
  'card-en': ['register-worker', 'save-for-trip'],
  saved: ['register-worker', 'saved-list'],
  offline: ['register-worker', 'saved-list'],
  'not-found': [],
  search: ['copy', 'live-search', 'register-worker'],
}

const pages = [
  ...PAGE_TYPES,
  { name: 'not-found', path: '/zh/no-such-carrier' },
  { name: 'search', path: '/zh/search?q=smart' },
] as const

for (const { name, path } of pages) {
  test(`${name} (${path}) loads only its islands and no framework`, async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    const html = (await response?.text()) ?? ''
    expect(html).not.toContain('self.__next_f')
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/)
    const expected = ISLANDS[name].map((island) => `/islands/${island}.js`)
    expect([...scripts].sort()).toEqual(expected)
    // Every script tag is an island that never blocks parsing: `defer`, or `async` where React writes it
    // once per page (the search page); structured data is data, not a script to run.
    const tags = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((elements) =>
        elements.map(
          (element) =>
            `${element.getAttribute('src')} ${(element as HTMLScriptElement).defer || (element as HTMLScriptElement).async}`,
        ),
      )
    expect(tags.sort()).toEqual(expected.map((src) => `${src} true`))
  })
}

test('each island is at most 3 KB gzip and pulls in no framework', async ({ request }) => {
  for (const island of new Set(Object.values(ISLANDS).flat())) {
    const body = await (await request.get(`/islands/${island}.js`)).body()
    expect(gzipSync(body).length, island).toBeLessThanOrEqual(3 * 1024)
    expect(body.toString(), island).not.toMatch(/react|__next/i)
  }
})

import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { expect, test } from './fixtures'
import { PAGE_TYPES } from './page-types'

/**
 * Content pages ship no framework JavaScript (docs/decisions/009-no-framework-javascript.md) and carry no
 * React payload to hydrate. A prerendered page carries the code of exactly the islands it uses at the end
 * of its body, allowed by their hashes in its Content-Security-Policy, and fetches no script
 * (decision 017); the search page, rendered per request, loads its islands as files, `async`.
 */
type Island =
  | 'copy'
  | 'feedback'
  | 'live-search'
  | 'register-worker'
  | 'save-for-trip'
  | 'saved-link'
  | 'saved-list'
  | 'which-sim'

const ISLANDS: Record<(typeof PAGE_TYPES)[number]['name'] | 'not-found', Island[]> = {
  home: ['register-worker', 'saved-link'],
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
}
const SEARCH_ISLANDS: Island[] = ['copy', 'live-search', 'register-worker']

/** The policy's script sources: 'self' and the hashes of the scripts it lets run inline. */
const scriptSources = (csp: string) => /script-src ([^;]+)/.exec(csp)?.[1].split(' ') ?? []
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const pages = [...PAGE_TYPES, { name: 'not-found', path: '/zh/no-such-carrier' }] as const

for (const { name, path } of pages) {
  test(`${name} (${path}) carries only its islands, inline, and no framework`, async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    const html = (await response?.text()) ?? ''
    expect(html).not.toContain('self.__next_f')
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/)
    expect(scripts).toEqual([])
    // Every script but structured data is an island, at the end of the body, once, allowed by its hash.
    const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.id,
        src: element.getAttribute('src'),
        code: element.textContent ?? '',
      })),
    )
    expect(inline.map((script) => script.id).sort()).toEqual(ISLANDS[name].map((island) => `island-${island}`))
    expect(inline.every((script) => script.src === null)).toBe(true)
    const allowed = scriptSources(response?.headers()['content-security-policy'] ?? '')
    for (const script of inline) expect(allowed, script.id).toContain(sha256(script.code))
    // A prerendered page's policy allows its own islands and no other inline script (the 404 is Next.js's).
    if (response?.status() === 200)
      expect([...allowed].sort()).toEqual(["'self'", ...inline.map((script) => sha256(script.code))].sort())
    if (inline.length) expect(html).toMatch(/<\/script><\/body><\/html>$/)
  })
}

test('the search page, rendered per request, loads its islands as files', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/zh/search?q=smart', { waitUntil: 'networkidle' })
  const expected = SEARCH_ISLANDS.map((island) => `/islands/${island}.js`)
  expect([...scripts].sort()).toEqual(expected)
  // Files that never block parsing: `async` (React writes each once) or `defer`.
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

test('each island is at most 3 KB gzip and pulls in no framework', async ({ request }) => {
  for (const island of new Set([...Object.values(ISLANDS).flat(), ...SEARCH_ISLANDS])) {
    const body = await (await request.get(`/islands/${island}.js`)).body()
    expect(gzipSync(body).length, island).toBeLessThanOrEqual(3 * 1024)
    expect(body.toString(), island).not.toMatch(/react|__next/i)
  }
})

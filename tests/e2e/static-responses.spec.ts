import { expect, test, type APIRequestContext } from '@playwright/test'

/**
 * Prerendered pages and static files are answered from the build's ready responses (server/static-responses.mjs,
 * docs/decisions/011-static-responses.md): compressed with Brotli once at build time, with the same security
 * headers and cache policy Next.js gives them. A page that fell back to Next.js would come gzip-compressed.
 */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

test('every page in the sitemap comes Brotli-compressed, with its security headers, and revalidates with 304', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const paths = await sitemapPaths(request)
  expect(paths.length).toBeGreaterThan(100)
  const wrong: string[] = []
  for (const path of paths) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } })
    const headers = response.headers()
    if (response.status() !== 200 || headers['content-encoding'] !== 'br')
      wrong.push(`${path}: ${response.status()} ${headers['content-encoding']}`)
    if (!headers['content-security-policy'] || headers['x-frame-options'] !== 'DENY') wrong.push(`${path}: headers`)
    const again = await request.get(path, {
      headers: { 'accept-encoding': 'br, gzip', 'if-none-match': headers.etag ?? '' },
    })
    if (again.status() !== 304) wrong.push(`${path}: ${again.status()} on its own ETag`)
  }
  expect(wrong).toEqual([])
})

test('each encoding carries the same page', async ({ request }) => {
  for (const path of ['/zh/smart/top-up', '/zh-hant/smart', '/en/methods/hotline']) {
    const bodies = []
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await request.get(path, { headers: { 'accept-encoding': encoding } })
      expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(
        encoding === 'identity' ? undefined : encoding,
      )
      bodies.push(await response.text())
    }
    expect(new Set(bodies).size, path).toBe(1)
    expect(bodies[0]).toContain('<h1')
  }
})

test('files keep their cache policy: hashed ones for a year, public ones revalidated', async ({ page, request }) => {
  await page.goto('/zh/smart/top-up')
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href')
  const stylesheet = await request.get(css!, { headers: { 'accept-encoding': 'br' } })
  expect(stylesheet.headers()['content-encoding']).toBe('br')
  expect(stylesheet.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  const island = await request.get('/islands/copy.js', { headers: { 'accept-encoding': 'br' } })
  expect(island.headers()['cache-control']).toBe('public, max-age=0')
  expect(island.headers()['content-type']).toContain('javascript')
  expect(island.headers()['content-security-policy']).toBeUndefined()
  const saveList = await request.get('/saves/zh/smart.json', { headers: { 'accept-encoding': 'br' } })
  expect(saveList.headers()['content-encoding']).toBe('br')
  expect((await saveList.json()).pages.length).toBeGreaterThan(1)
  // The worker acts on the policy, so it has it (it is served by Next.js: scripts/build-static-responses.ts).
  expect((await request.get('/sw.js')).headers()['content-security-policy']).toContain("script-src 'self'")
})

test('what is not prerendered is still Next.js: search, 404s, the language redirect', async ({ request }) => {
  expect((await request.get('/zh/search?q=smart')).status()).toBe(200)
  expect((await request.get('/zh/no-such-page')).status()).toBe(404)
  expect((await request.get('/zh/smart/top-up/')).status()).toBe(200) // redirected to the page
  expect((await request.get('/', { maxRedirects: 0 })).status()).toBe(307)
})

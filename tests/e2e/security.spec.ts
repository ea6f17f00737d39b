import { expect, test } from '@playwright/test'

const REQUIRED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']

for (const path of ['/zh', '/en/smart/top-up', '/zh/no-such-page', '/']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    for (const name of REQUIRED) expect(headers[name], name).toBeTruthy()
    expect(headers['content-security-policy']).toContain("default-src 'self'")
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-powered-by']).toBeUndefined()
    expect(headers['strict-transport-security']).toBeUndefined() // plain HTTP here
  })
}

test('HSTS is sent when a proxy says the request came over HTTPS', async ({ request }) => {
  const response = await request.get('/zh', { headers: { 'X-Forwarded-Proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d+/)
})

test('hashed build assets are cached for a year', async ({ page, request }) => {
  await page.goto('/zh')
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
  const response = await request.get(script!)
  expect(response.headers()['cache-control']).toContain('immutable')
})

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

test('hashed build assets are cached for a year and carry only the headers a file needs', async ({ page, request }) => {
  await page.goto('/zh')
  const css = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href')
  const response = await request.get(css!)
  expect(response.headers()['cache-control']).toContain('immutable')
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  // The document's policies mean nothing on a stylesheet or a script: not sent, bytes saved.
  for (const file of [css!, '/islands/copy.js'])
    expect((await request.get(file)).headers()['content-security-policy'], file).toBeUndefined()
})

test('the policy allows scripts from this site and the islands by hash only: no other inline script, no eval', async ({
  request,
}) => {
  for (const path of ['/zh/smart/top-up', '/en/search?q=smart', '/zh/no-such-page']) {
    const csp = (await request.get(path)).headers()['content-security-policy']
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[\w+/]+=*')+;/)
    expect(csp, path).not.toContain('unsafe')
  }
})

test('the policy blocks an inline script that is not an island', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/zh/smart/top-up')
  // The islands ran (the copy buttons are theirs), and no script of the page was refused…
  await expect(page.locator('button[data-copy]').first()).toBeVisible()
  expect(violations).toEqual([])
  // …while a script the page does not carry is.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
})

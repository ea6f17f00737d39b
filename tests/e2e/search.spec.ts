import { expect, test } from './fixtures'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header form on any page finds the carrier × task guide first', async ({ page }) => {
    await page.goto('/zh/smart/top-up')
    await page.locator('#site-search-q').fill('ドコモ データ残量')
    await page.locator('#site-search-q').press('Enter')
    await expect(page).toHaveURL(/\/zh\/search\?q=/)
    await expect(page.locator('.search-count')).toContainText('找到')
    const first = page.locator('.search-result').first()
    await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      '/zh/docomo/check-data',
    )
    await expect(first.locator('mark').first()).toBeVisible()
  })

  test('a topic and the out-of-data cards rank beside the guides, each saying what kind of page it is', async ({
    page,
  }) => {
    await page.goto('/zh/search?q=我的卡是哪家运营商的？')
    const first = page.locator('.search-result').first()
    await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      '/zh/topics/which-carrier',
    )
    await expect(first.locator('.result-kind')).toHaveText('通用知识')
    await page.goto('/en/search?q=out+of+data')
    await expect(page.locator('.search-result').first().locator('.result-kind')).toHaveText('Basics')
    await expect(page.locator('.search-result .result-kind', { hasText: 'Out-of-data card' }).first()).toBeVisible()
  })

  test('a result shows the code to dial right in it', async ({ page }) => {
    await page.goto('/en/search?q=smart+balance')
    const first = page.locator('.search-result').first()
    await expect(first.getByRole('heading', { level: 2 })).toContainText('balance')
    await expect(first.locator('code.action-code')).toHaveText('*123#')
    await expect(first.locator('a[href="tel:*123%23"]')).toBeVisible()
  })

  test('an empty search and a search with no match both offer searches to try', async ({ page }) => {
    await page.goto('/en/search')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(page.locator('.search-empty li a').first()).toBeVisible()
    await page.goto('/en/search?q=qwertyuiop')
    await expect(page.locator('.search-count')).toContainText('No guide matches “qwertyuiop”')
    await page.locator('.search-empty li a').first().click()
    await expect(page.locator('.search-result').first()).toBeVisible()
  })

  test('pages of results are plain links', async ({ page }) => {
    await page.goto('/zh/search?q=smart+docomo+softbank+au&page=2')
    await page.getByRole('link', { name: '上一页' }).click()
    await expect(page).toHaveURL('/zh/search?q=smart+docomo+softbank+au')
    await expect(page.locator('.search-result')).toHaveCount(10)
  })
})

test('with JavaScript, results follow the typing without reloading the page or moving the form', async ({ page }) => {
  await page.goto('/en/search')
  const input = page.locator('#search-q')
  const before = await input.boundingBox()
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))
  await input.pressSequentially('softbank recharge', { delay: 40 })
  const first = page.locator('.search-result').first()
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
    'href',
    '/en/softbank/top-up',
    { timeout: 15_000 },
  )
  await expect(page).toHaveURL(/\/en\/search\?q=softbank\+recharge$/)
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  expect((await input.boundingBox())?.y).toBe(before?.y)

  await input.fill('smart 1510')
  await expect(first.locator('.result-action')).toContainText('1510', { timeout: 15_000 })
})

test('hostile queries get a normal page with the text escaped', async ({ request }) => {
  const hostile = [
    '',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    '📱💸🙂',
    'x'.repeat(10_000),
  ]
  for (const query of hostile) {
    const response = await request.get(`/zh/search?q=${encodeURIComponent(query)}`)
    expect(response.status(), query.slice(0, 20)).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    // What the page shows of the query is cut to 100 characters (Next.js's own router data keeps the URL).
    expect(/<p class="search-count"[^>]*>(.*?)<\/p>/.exec(html)?.[1].length ?? 0).toBeLessThan(300)
  }
  const script = await (await request.get('/zh/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text()
  expect(script).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  for (const path of [
    '/zh/search?q=%E0%A4%A',
    '/en/search?q=%FF%FE%25',
    '/zh/search?q=a&q=b&page=-5',
    '/zh/search?page=99999999999',
  ]) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
  const api = await request.get('/api/search?locale=zh&q=%E0%A4%A%3Cscript%3E')
  expect(api.status()).toBe(200)
  expect(await api.json()).toMatchObject({ total: expect.any(Number) })
  expect((await request.get('/api/search?locale=fr&q=x')).status()).toBe(400)
})

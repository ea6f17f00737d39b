import { expect, test } from './fixtures'

const pages = [
  { type: 'home (zh)', path: '/zh', h1: 'SIM 助手：查流量、查余额、充值续费', lang: 'zh-Hans' },
  { type: 'home (en)', path: '/en', h1: 'SIM Helper: check data, check credit, top up', lang: 'en' },
  { type: 'carrier hub', path: '/zh/smart', h1: 'Smart', lang: 'zh-Hans' },
  { type: 'article', path: '/zh/docomo/check-data', h1: /docomo/i, lang: 'zh-Hans' },
  { type: 'method page', path: '/en/smart/top-up/voucher', h1: /Smart Top up: Top-up card/, lang: 'en' },
  { type: 'method hub', path: '/zh/methods/hotline', h1: '客服电话：各运营商对照', lang: 'zh-Hans' },
  { type: 'task hub', path: '/en/tasks/top-up', h1: 'Top up: every carrier', lang: 'en' },
  { type: 'topics', path: '/zh/topics', h1: '通用知识', lang: 'zh-Hans' },
  { type: 'topic', path: '/en/topics/which-carrier', h1: 'Which carrier is my SIM?', lang: 'en' },
]

for (const { type, path, h1, lang } of pages) {
  test(`${type} renders at ${path}`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('h1')).toHaveCount(1)
  })
}

test('home lists carriers by country with links straight to their guides', async ({ page }) => {
  await page.goto('/zh')
  await page.getByRole('link', { name: 'Smart', exact: true }).click()
  await expect(page).toHaveURL('/zh/smart')
  await page.getByRole('heading', { name: '充值' }).getByRole('link').click()
  await expect(page).toHaveURL('/zh/smart/top-up')
})

test('a hotline number is a tel: link with who may call it', async ({ page }) => {
  await page.goto('/zh/docomo')
  const link = page.locator('a[href="tel:151"]').first()
  await expect(link).toBeVisible()
  await expect(page.getByText('仅限本网 SIM 卡拨打').first()).toBeVisible()
})

test('a carrier with no verified way to check data says so in one line and points to the phone’s own counter', async ({
  page,
}) => {
  for (const path of ['/en/sakura-mobile', '/en/iijmio', '/zh/ubigi']) {
    await page.goto(path)
    const card = page
      .locator('.task-card')
      .filter({ has: page.getByRole('heading', { name: path.startsWith('/zh') ? '查剩余流量' : 'Check data left' }) })
    await expect(card.locator('p'), path).toHaveText(
      path.startsWith('/zh')
        ? /暂无经核实的官方查流量方法.*设置 › 蜂窝网络/
        : /No verified official way to check data left yet.*Settings › Mobile Data/,
    )
  }
})

test('the language switch goes to the same guide in the other language', async ({ page }) => {
  await page.goto('/zh/smart/renew')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL('/en/smart/renew')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('a task hub groups carriers by country, each with its fastest way', async ({ page }) => {
  await page.goto('/zh/tasks/check-data')
  const japan = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: '日本' }) })
  // Every Japanese carrier with a check-data guide, in the hub's order (more arrive as content grows).
  const names = await japan.getByRole('heading', { level: 3 }).allTextContents()
  expect(names).toEqual(expect.arrayContaining(['au（KDDI）', 'NTT docomo', 'SoftBank（软银）']))
  expect(names).not.toContain('Smart')
  const philippines = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: '菲律宾' }) })
  await expect(philippines.locator('code.action-code')).toHaveText('*123#')
  await philippines.getByRole('link', { name: 'Smart', exact: true }).click()
  await expect(page).toHaveURL('/zh/smart/check-data')
})

test('a method hub shows each carrier side by side, one code once with every task it serves', async ({ page }) => {
  await page.goto('/en/methods/ussd')
  const smart = page.locator('.hub-item').filter({ has: page.getByRole('heading', { name: 'Smart' }) })
  // *123# checks data and credit for free; buying or auto-renewing a promo through it is charged, so it is its own entry.
  await expect(smart.locator('code.action-code')).toHaveText(['*123#', '*133#', '*123#'])
  await expect(smart.locator('.used-for').first()).toHaveText('For: Check data left · Check credit')
  await expect(smart.locator('.used-for').last()).toHaveText('For: Renew')
})

test('an article links to the same carrier’s other tasks and the same task at other carriers', async ({ page }) => {
  await page.goto('/en/docomo/check-data')
  const related = page.getByRole('navigation', { name: /More for NTT docomo/ })
  await related.getByRole('link', { name: 'Top up' }).click()
  await expect(page).toHaveURL('/en/docomo/top-up')
  await page.goBack()
  await page
    .getByRole('navigation', { name: /Check data left with other carriers/ })
    .getByRole('link', { name: 'Smart' })
    .click()
  await expect(page).toHaveURL('/en/smart/check-data')
})

test('a topic shows its verified date, sources and the other topics, and switches language in place', async ({
  page,
}) => {
  await page.goto('/zh/topics/top-up-safely')
  await expect(page.getByText('核实于 2026年11月21日')).toBeVisible()
  await expect(page.getByRole('heading', { name: '资料来源' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '更多通用知识' })).toBeVisible()
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL('/en/topics/top-up-safely')
})

test('/ sends a visitor to the locale their browser prefers', async ({ request }) => {
  const english = await request.get('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' }, maxRedirects: 0 })
  expect(english.status()).toBe(307)
  expect(english.headers().location).toBe('/en')
  const chinese = await request.get('/', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' }, maxRedirects: 0 })
  expect(chinese.headers().location).toBe('/zh')
  const taiwan = await request.get('/', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9' }, maxRedirects: 0 })
  expect(taiwan.headers().location).toBe('/zh-hant')
})

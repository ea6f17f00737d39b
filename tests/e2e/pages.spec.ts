import { expect, test } from './fixtures'

const pages = [
  { type: 'home (zh)', path: '/zh', h1: 'SIM 助手：查流量、查余额、充值续费', lang: 'zh-Hans' },
  { type: 'home (en)', path: '/en', h1: 'SIM Helper: check data, check credit, top up', lang: 'en' },
  { type: 'carrier hub', path: '/zh/smart', h1: 'Smart', lang: 'zh-Hans' },
  { type: 'article', path: '/zh/docomo/check-data', h1: /docomo/i, lang: 'zh-Hans' },
  { type: 'method page', path: '/en/smart/top-up/voucher', h1: /Smart Top up: Top-up card/, lang: 'en' },
  { type: 'method hub', path: '/zh/methods/hotline', h1: '客服电话：各运营商对照', lang: 'zh-Hans' },
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

test('a guide renders each method as the action a traveller takes', async ({ page }) => {
  await page.goto('/en/smart/top-up')
  // USSD: shown large, # encoded for Android.
  await expect(page.locator('#method-ussd a.action-code')).toHaveText('*133#')
  await expect(page.locator('#method-ussd a.action-code')).toHaveAttribute('href', 'tel:*133%23')
  // Voucher: a tel: link and a prefilled SMS.
  await expect(page.locator('#method-voucher a[href="tel:1510"]')).toBeVisible()
  const sms = page.locator('#method-voucher a[href^="sms:"]')
  await expect(sms).toHaveAttribute('href', /^sms:1510\?body=RELOAD%20/)
  // Trust: verified date and sources.
  await expect(page.getByText(/^Verified /)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/smart\.com\.ph\//)
})

test('a hotline number is a tel: link with who may call it', async ({ page }) => {
  await page.goto('/zh/docomo/check-data')
  const link = page.locator('a[href="tel:151"]').first()
  await expect(link).toBeVisible()
  await expect(page.getByText('仅限本网手机拨打').first()).toBeVisible()
})

test('the language switch goes to the same guide in the other language', async ({ page }) => {
  await page.goto('/zh/smart/renew')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL('/en/smart/renew')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('/ sends a visitor to the locale their browser prefers', async ({ request }) => {
  const english = await request.get('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' }, maxRedirects: 0 })
  expect(english.status()).toBe(307)
  expect(english.headers().location).toBe('/en')
  const chinese = await request.get('/', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9' }, maxRedirects: 0 })
  expect(chinese.headers().location).toBe('/zh')
})

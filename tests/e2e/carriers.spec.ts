import { expect, test } from './fixtures'

test('a tourist SIM’s hub names the network it runs on, by that carrier’s name', async ({ page }) => {
  await page.goto('/en/b-mobile')
  await expect(page.getByText('Runs on the NTT docomo network')).toBeVisible()
  await page.goto('/zh/povo')
  await expect(page.getByText('使用 au（KDDI） 的网络')).toBeVisible()
})

test('a carrier with no checked contact shows no empty Contacts section', async ({ page }) => {
  await page.goto('/en/linemo')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LINEMO')
  await expect(page.getByRole('heading', { name: 'Contacts' })).toHaveCount(0)
  await page.goto('/en/ahamo')
  await expect(page.getByRole('heading', { name: 'Contacts' })).toBeVisible()
  await expect(page.getByText('Official website')).toHaveCount(0)
})

test('the b-mobile guide puts the conditions a traveller must meet next to the action', async ({ page }) => {
  await page.goto('/en/b-mobile/top-up')
  const method = page.locator('#method-website')
  await expect(method.getByRole('link', { name: 'b-mobile Online Charge' })).toHaveAttribute(
    'href',
    'https://www.bmobile.ne.jp/english/charge.html',
  )
  for (const badge of ['Turn Wi-Fi off', 'Credit card', 'In the country only', 'This SIM only'])
    await expect(method.getByText(badge, { exact: true })).toBeVisible()
})

test('the Globe hub shows *143# for the balance, with the Globe page it comes from', async ({ page }) => {
  for (const locale of ['en', 'zh', 'zh-hant']) {
    await page.goto(`/${locale}/globe`)
    const card = page.locator('.task-card').filter({ hasText: '*143#' }).first()
    await expect(card, locale).toBeVisible()
    await expect(card.getByText('*143#', { exact: true }).first(), locale).toBeVisible()
    await expect(card.getByRole('link', { name: /Globe Help/ }), locale).toHaveAttribute(
      'href',
      /^https:\/\/www\.globe\.com\.ph\/help\//,
    )
  }
})

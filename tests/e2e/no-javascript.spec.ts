import { expect, test } from './fixtures'

test.use({ javaScriptEnabled: false })

test('a Smart guide shows every action without JavaScript, and no copy button that could not work', async ({
  page,
}) => {
  await page.goto('/zh/smart/top-up')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('#method-website a[href="https://my.smart.com.ph"]')).toBeVisible()
  await expect(page.locator('#method-store .facts')).toBeVisible()
  await expect(page.locator('#method-ussd code.action-code')).toHaveText('*133#')
  await expect(page.locator('#method-ussd a[href="tel:*133%23"]')).toBeVisible()
  await expect(page.locator('#method-voucher a[href="tel:1510"]')).toBeVisible()
  await expect(page.locator('#method-voucher a[href="tel:1511"]')).toBeVisible()
  await expect(page.locator('#method-sms a[href^="sms:1510?body="]').first()).toBeVisible()
  await expect(page.locator('#method-sms code.sms-body').first()).toHaveText('RELOAD <14位PIN码>')
  await expect(page.locator('#method-sms .sms-to', { hasText: '808' }).first()).toBeVisible()
  await expect(page.locator('#method-ussd details.not-responding summary')).toHaveText('代码没有反应？')
  await expect(page.locator('#method-website .steps li').first()).toBeVisible()
  await expect(page.locator('.sources li').first()).toBeVisible()
  // The header's search form has its submit button; the article has only the "did this work?" forms' (plain
  // form posts), and no copy button that would need JavaScript.
  await expect(page.locator('main button:not(form[data-feedback] button)')).toHaveCount(0)
})

test('a docomo guide shows every number and source without JavaScript', async ({ page }) => {
  await page.goto('/en/docomo/check-data')
  await expect(page.locator('#method-app .action-name')).toHaveText('My docomo')
  await expect(page.locator('#method-website a[href="https://www.docomo.ne.jp/mydocomo/"]')).toBeVisible()
  await expect(page.getByText('Verified 21 Nov 2026')).toBeVisible()
  await expect(page.locator('.sources li')).toHaveCount(3)
})

test('hubs show their actions without JavaScript', async ({ page }) => {
  await page.goto('/zh/smart')
  await expect(page.locator('.task-card code.action-code').first()).toHaveText('*123#')
  await page.goto('/en/tasks/check-data')
  await expect(page.locator('a[href="tel:*123%23"]')).toBeVisible()
  await page.goto('/zh/methods/hotline')
  await expect(page.locator('a[href="tel:0120800000"]')).toBeVisible()
})

test('the 404 page is complete without JavaScript', async ({ page }) => {
  await page.goto('/en/nowhere')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('section[lang="en"] a[href="/en/smart"]')).toBeVisible()
})

test('the which-SIM page answers with its tables without JavaScript', async ({ page }) => {
  await page.goto('/zh/which-sim')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.sim-lookup')).toBeHidden()
  await expect(page.locator('#mcc-mnc-440-10')).toContainText('NTT docomo')
  await expect(page.locator('#mcc-mnc-515-03')).toContainText('Smart')
  await expect(page.locator('#iccid-898110')).toContainText('NTT docomo')
  await expect(page.locator('#mcc-mnc-440-11')).toContainText('来源说法不一')
  await expect(page.locator('.sources li').first()).toBeVisible()
})

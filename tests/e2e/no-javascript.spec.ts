import { expect, test } from './fixtures'

test.use({ javaScriptEnabled: false })

test('a guide is complete without JavaScript: actions, steps and sources', async ({ page }) => {
  await page.goto('/zh/smart/top-up')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('#method-ussd a.action-code')).toHaveText('*133#')
  await expect(page.locator('#method-voucher a[href^="sms:1510"]')).toBeVisible()
  await expect(page.locator('#method-website .steps li').first()).toBeVisible()
  await expect(page.locator('.sources li').first()).toBeVisible()
})

test('the 404 page is complete without JavaScript', async ({ page }) => {
  await page.goto('/en/nowhere')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('section[lang="en"] a[href="/en/smart"]')).toBeVisible()
})

import { expect, test } from './fixtures'

for (const path of [
  '/zh/no-such-carrier',
  '/en/smart/no-such-task',
  '/zh/smart/top-up/no-such-method',
  '/en/methods/carrier-pigeon',
  '/fr',
  '/zh/smart/top-up/ussd/extra',
]) {
  test(`${path} is a real 404 with a way back in`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    // The carriers, in both languages, lead back to real guides.
    await page.locator('section[lang="en"]').getByRole('link', { name: 'Smart', exact: true }).click()
    await expect(page).toHaveURL('/en/smart')
  })
}

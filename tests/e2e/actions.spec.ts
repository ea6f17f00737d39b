import { expect, test } from './fixtures'

/** What a traveller needs from a Smart and a docomo guide: the code, the number, the text, and why to trust them. */

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('Smart: the USSD code is large, copies to the clipboard, and dials from a link on Android', async ({ page }) => {
  await page.goto('/en/smart/top-up')
  const ussd = page.locator('#method-ussd')
  const code = ussd.locator('code.action-code')
  await expect(code).toHaveText('*133#')
  const style = await code.evaluate((element) => getComputedStyle(element))
  expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(28)
  expect(style.fontFamily).toMatch(/mono|Menlo|Consolas/i)
  // # is %23 or Android cuts the number; iPhones are told to type it instead.
  await expect(ussd.getByRole('link', { name: 'Dial (Android)' })).toHaveAttribute('href', 'tel:*133%23')
  await expect(ussd.getByText(/iPhones will not dial a code with \* or #/)).toBeVisible()

  await ussd.getByRole('button', { name: 'Copy *133#' }).click()
  await expect(ussd.getByRole('button', { name: /^Copied/ })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('*133#')
})

test('Smart: the balance code copies from the Chinese guide too', async ({ page }) => {
  await page.goto('/zh/smart/check-balance')
  await page.locator('#method-ussd').getByRole('button', { name: '复制 *123#' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('*123#')
})

test('Smart: a top-up card loads by a tel: link or by a prefilled SMS whose text can be copied', async ({ page }) => {
  await page.goto('/en/smart/top-up')
  const voucher = page.locator('#method-voucher')
  await expect(voucher.getByRole('link', { name: '1510' })).toHaveAttribute('href', 'tel:1510')
  // RFC 5724: sms:<number>?body=<percent-encoded text>, which iOS and Android both prefill.
  await expect(voucher.getByRole('link', { name: 'Send text' })).toHaveAttribute('href', 'sms:1510?body=RELOAD%20%3C14-digit%20PIN%3E')
  await expect(voucher.locator('code.sms-body')).toHaveText('RELOAD <14-digit PIN>')
  await expect(voucher.getByText('replace the part in angle brackets')).toBeVisible()
  await voucher.getByRole('button', { name: 'Copy RELOAD <14-digit PIN>' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('RELOAD <14-digit PIN>')
})

test('Smart: the guide shows when it was verified and its official sources first', async ({ page }) => {
  await page.goto('/en/smart/top-up')
  await expect(page.locator('time[datetime="2026-11-21"]').first()).toHaveText('Verified 21 Nov 2026')
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await expect(page.locator('.sources li').first()).toContainText('(official)')
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/smart\.com\.ph\//)
})

test('docomo: hotline numbers are tel: links with who may call, hours and language, and no Android-only link', async ({ page }) => {
  await page.goto('/zh/docomo/check-data')
  const hotline = page.locator('#method-hotline')
  await expect(hotline.getByRole('link', { name: '151', exact: true })).toHaveAttribute('href', 'tel:151')
  await expect(hotline.getByRole('link', { name: '0120-800-000' })).toHaveAttribute('href', 'tel:0120800000')
  await expect(hotline.getByText('仅限本网手机拨打')).toBeVisible()
  await expect(hotline.getByText('任何电话均可拨打')).toBeVisible()
  await expect(hotline.getByText('9:00–20:00')).toBeVisible()
  await expect(hotline.getByText('日语', { exact: true })).toBeVisible()
  await expect(hotline.locator('.badge-free')).toHaveText('免费')
  // Plain numbers dial from a link on every phone: no "Android" button, no iPhone hint.
  await expect(page.getByRole('link', { name: '拨打（安卓）' })).toHaveCount(0)
  await expect(page.locator('time[datetime="2026-11-21"]').first()).toHaveText('核实于 2026年11月21日')
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/www\.docomo\.ne\.jp\//)
})

test('the Smart hub gives each task its fastest action, and says the iPhone hint once', async ({ page }) => {
  await page.goto('/zh/smart')
  const checkData = page.locator('.task-card').filter({ has: page.getByRole('heading', { name: '查剩余流量' }) })
  await expect(checkData.locator('code.action-code')).toHaveText('*123#')
  await expect(checkData.getByRole('link', { name: '拨打（安卓）' })).toHaveAttribute('href', 'tel:*123%23')
  // The *888 hotline is a code too; its Android link is there, the hint is not repeated.
  await expect(page.getByRole('link', { name: '拨打（安卓）' })).toHaveCount(3)
  await expect(page.getByText(/iPhone 不能从网页拨打/)).toHaveCount(1)
})

test('on a phone, the fastest method of a guide shows on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/zh/smart/top-up', '/en/docomo/check-data', '/zh/smart/check-data']) {
    await page.goto(path)
    const action = page.locator('.method').first().locator('.action')
    const box = await action.boundingBox()
    expect(box, path).not.toBeNull()
    expect(box!.y, path).toBeLessThan(740 - 40)
  }
})

test('a guide prints as a one-page card with its codes and numbers', async ({ page }) => {
  for (const path of ['/zh/smart/top-up', '/en/docomo/check-data']) {
    await page.goto(path)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.steps').first()).toBeHidden()
    await expect(page.locator('code.action-code, a.number').first()).toBeVisible()
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, path).toBe(1)
  }
})

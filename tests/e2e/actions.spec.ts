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

test('Smart: a top-up card loads by a call for Smart or TNT at home, or by a prefilled SMS that also works abroad', async ({
  page,
}) => {
  await page.goto('/en/smart/top-up')
  const voucher = page.locator('#method-voucher')
  await expect(voucher.getByRole('link', { name: '1510' })).toHaveAttribute('href', 'tel:1510')
  await expect(voucher.getByRole('link', { name: '1511' })).toHaveAttribute('href', 'tel:1511')
  // The calls are documented at home only: no "Works abroad" badge under them.
  await expect(voucher.locator('.badge', { hasText: 'Works abroad' })).toHaveCount(0)
  await expect(voucher.locator('.badge', { hasText: 'Roaming: not documented' })).toHaveCount(2)

  const reload = page.locator('#method-sms .sub-action').first()
  // RFC 5724: sms:<number>?body=<percent-encoded text>, which iOS and Android both prefill.
  await expect(reload.getByRole('link', { name: 'Send text' })).toHaveAttribute(
    'href',
    'sms:1510?body=RELOAD%20%3C14-digit%20PIN%3E',
  )
  await expect(reload.locator('code.sms-body')).toHaveText('RELOAD <14-digit PIN>')
  await expect(page.locator('#method-sms').getByText('replace the part in angle brackets')).toHaveCount(1)
  await expect(reload.locator('.badge', { hasText: 'Works abroad' })).toBeVisible()
  await expect(reload.locator('.badge', { hasText: 'Charged from abroad' })).toBeVisible()
  await expect(reload.locator('.badge-date')).toHaveText('price as of 14 Jul 2021')
  await reload.getByRole('button', { name: 'Copy RELOAD <14-digit PIN>' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('RELOAD <14-digit PIN>')
  // Pasaload and PasaData are texts a friend sends: shown to pass on, with no link that would send them from this SIM.
  await expect(page.locator('#method-sms .sms-to', { hasText: '808' })).toHaveCount(2)
  await expect(page.locator('#method-sms a[href^="sms:808?body="]')).toHaveCount(0)
})

test('Smart: the guide shows when it was verified and its official sources first', async ({ page }) => {
  await page.goto('/en/smart/top-up')
  await expect(page.locator('time[datetime="2026-12-02"]').first()).toHaveText('Verified 2 Dec 2026')
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await expect(page.locator('.sources li').first()).toContainText('(official)')
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/smart\.com\.ph\//)
})

test('docomo: contact numbers are tel: links that say who may call them and that a 0120 number does not work from abroad', async ({
  page,
}) => {
  await page.goto('/zh/docomo')
  const contacts = page.locator('section[aria-labelledby="contacts"]')
  await expect(contacts.getByRole('link', { name: '151', exact: true })).toHaveAttribute('href', 'tel:151')
  const freephone = contacts.locator('li', { has: page.getByRole('link', { name: '0120-800-000' }) })
  await expect(freephone.getByRole('link', { name: '0120-800-000' })).toHaveAttribute('href', 'tel:0120800000')
  await expect(freephone.getByText('当地任何电话可拨')).toBeVisible()
  await expect(freephone.getByText('在海外无法拨打')).toBeVisible()
  await expect(freephone.locator('a[href^="tel:+"]')).toHaveCount(0)
  await expect(contacts.getByText('仅限本网 SIM 卡拨打')).toBeVisible()
  await expect(contacts.getByText(/9:00–20:00/).first()).toBeVisible()
  // Plain numbers dial from a link on every phone: no "Android" button.
  await expect(page.getByRole('link', { name: '拨打（安卓）' })).toHaveCount(0)
  // The advice to dial 104 is rebutted where its readers land.
  await expect(page.getByRole('heading', { name: '常见错误说法' })).toBeVisible()
  await expect(page.getByText(/104 是日本的查号台/)).toBeVisible()
})

test('docomo: the check-data guide offers My docomo and says the phone lines are contacts, not a data check', async ({
  page,
}) => {
  await page.goto('/zh/docomo/check-data')
  await expect(page.locator('#method-hotline')).toHaveCount(0)
  await expect(page.locator('#method-app').getByRole('link', { name: 'docomo 页面' })).toHaveAttribute(
    'href',
    '/zh/docomo',
  )
  await expect(page.locator('time[datetime="2026-11-21"]').first()).toHaveText('核实于 2026年11月21日')
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/www\.docomo\.ne\.jp\//)
  await expect(page.getByText(/1234567890#1234567890#/)).toBeVisible()
})

test('the Smart hub gives each task its fastest action, and says the iPhone hint once', async ({ page }) => {
  await page.goto('/zh/smart')
  const checkData = page.locator('.task-card').filter({ has: page.getByRole('heading', { name: '查剩余流量' }) })
  await expect(checkData.locator('code.action-code')).toHaveText('*123#')
  await expect(checkData.getByRole('link', { name: '拨打（安卓）' })).toHaveAttribute('href', 'tel:*123%23')
  // *123# leads check data, check credit and renew; the *888 hotline is a code too. The hint is said once.
  await expect(page.getByRole('link', { name: '拨打（安卓）' })).toHaveCount(4)
  await expect(page.getByText(/iPhone 不能从网页拨打/)).toHaveCount(1)
})

test('on a phone, the fastest method of a guide shows on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/en/docomo/check-data', '/zh/smart/check-data', '/en/au/check-data']) {
    await page.goto(path)
    const action = page.locator('.method').first().locator('.action')
    const box = await action.boundingBox()
    expect(box, path).not.toBeNull()
    expect(box!.y, path).toBeLessThan(740 - 40)
  }
  // Smart's top-up guide opens with what works at zero load (three lines, each with a code or a place):
  // that answer, not the first method, is what the first screen must hold.
  await page.goto('/zh/smart/top-up')
  const zeroLoad = await page.locator('.intro ul').first().boundingBox()
  expect(zeroLoad!.y + zeroLoad!.height).toBeLessThan(740)
})

test('a guide prints as a one-page card with its codes and numbers', async ({ page }) => {
  // (Smart's top-up guide, with its zero-load answer and five ways, takes two pages.)
  for (const path of ['/zh/smart/check-data', '/en/smart/check-data']) {
    await page.goto(path)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.steps').first()).toBeHidden()
    await expect(page.locator('code.action-code, a.number').first()).toBeVisible()
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, path).toBe(1)
  }
})

import { getCarriers, guidesForCarrier } from '../../lib/guides'
import { format, getDictionary } from '../../lib/i18n'
import { LOCALES } from '../../lib/i18n/locales'
import { routes } from '../../lib/routes'
import { cardIsLinked } from '../../lib/views/card'
import { expect, test } from './fixtures'

/**
 * The traveller with no data left (issue 20): every card a page links to holds something, the ones with
 * nothing are linked from nowhere, every check-data guide gives the phone's own counter, apps and sites say
 * "join Wi-Fi first", and a printed card keeps what each code is for.
 */
const en = getDictionary('en')

test('every card a carrier page links to holds something; a carrier with nothing links to no card', async ({
  request,
}) => {
  // Plain requests, not page loads: 45 hubs and their cards, read as the server sends them (no JavaScript).
  test.setTimeout(120_000)
  let linked = 0
  for (const carrier of await getCarriers())
    for (const locale of LOCALES) {
      const t = getDictionary(locale)
      const guides = await guidesForCarrier(locale, carrier.id)
      const label = `${locale} ${carrier.id}`
      const hub = await (await request.get(routes.carrier(locale, carrier.id))).text()
      const main = hub.slice(hub.indexOf('<main'))
      const link = `href="${routes.card(locale, carrier.id)}"`
      if (!cardIsLinked(carrier, guides)) {
        expect(main.includes(link), label).toBe(false)
        continue
      }
      linked++
      expect(main.includes(link), label).toBe(true)
      const card = await (await request.get(routes.card(locale, carrier.id))).text()
      // Something of the carrier's own: a code, number, text or top-up, or an app or site that works over Wi-Fi.
      expect(card.match(/class="card-section[ "]/g)?.length ?? 0, label).toBeGreaterThan(0)
      expect(card.includes(format(t.offline.cardEmpty, { name: carrier.name[locale] })), label).toBe(false)
      expect(card.includes('id="phone-counter"'), label).toBe(true)
    }
  // The set is not vacuous: most carriers have a card worth linking.
  expect(linked).toBeGreaterThan(20)
})

test('a card with nothing of its own says so, with the phone counter, and is no search result', async ({ page }) => {
  // b-mobile's only ways run over the SIM with Wi-Fi off: nothing on its card works without data.
  const bmobile = (await getCarriers()).find((carrier) => carrier.id === 'b-mobile')!
  await page.goto(routes.card('en', 'b-mobile'))
  await expect(page.getByText(format(en.offline.cardEmpty, { name: bmobile.name.en }))).toBeVisible()
  await expect(page.locator('.card-section')).toHaveCount(0)
  await expect(page.locator('#phone-counter')).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('every check-data guide gives the phone counter, with Apple’s and Android’s own help pages', async ({ page }) => {
  test.setTimeout(120_000)
  let guides = 0
  for (const carrier of await getCarriers())
    for (const locale of LOCALES) {
      const guide = (await guidesForCarrier(locale, carrier.id)).find((entry) => entry.task === 'check-data')
      if (!guide) continue
      guides++
      const t = getDictionary(locale)
      await page.goto(routes.guide(locale, carrier.id, 'check-data'))
      const counter = page.locator('#phone-counter').locator('..')
      await expect(counter.locator('.counter-path'), `${locale} ${carrier.id}`).toHaveText([
        t.counter.iphonePath.join(' › '),
        t.counter.androidPath.join(' › '),
      ])
      await expect(counter.getByText(t.counter.reset)).toBeVisible()
      await expect(counter.locator('a[href^="https://support.apple.com/"]')).toHaveCount(1)
      await expect(counter.locator('a[href^="https://support.google.com/android/"]')).toHaveCount(1)
    }
  expect(guides).toBeGreaterThan(20)
})

test('Traditional Chinese shows Taiwan’s iPhone menu names', async ({ page }) => {
  await page.goto(routes.guide('zh-hant', 'docomo', 'check-data'))
  await expect(page.locator('.counter-path').first()).toHaveText('設定 › 行動服務')
  await expect(page.locator('.phone-counter a[href="https://support.apple.com/zh-tw/HT201299"]')).toBeVisible()
})

test('apps and sites say "join Wi-Fi first", except a site that must run over the SIM', async ({ page }) => {
  await page.goto(routes.guide('en', 'docomo', 'check-data'))
  await expect(page.locator('#method-app .wifi-first')).toHaveText(en.action.wifiFirst)
  await expect(page.locator('#method-website .wifi-first')).toHaveText(en.action.wifiFirst)
  await page.goto(routes.guide('en', 'b-mobile', 'check-data'))
  await expect(page.locator('#method-website')).toBeVisible()
  await expect(page.locator('.wifi-first')).toHaveCount(0)
  // A code never needs it.
  await page.goto(routes.guide('en', 'smart', 'check-data'))
  await expect(page.locator('#method-ussd .wifi-first')).toHaveCount(0)
})

test('docomo’s card is filled: its numbers, its app and site labelled "needs Wi-Fi", and the counter', async ({
  page,
}) => {
  await page.goto(routes.card('en', 'docomo'))
  await expect(page.locator('#contacts + .numbers a, #contacts ~ * a[href^="tel:"]').first()).toBeVisible()
  const wifi = page.locator('#over-wifi').locator('..')
  await expect(wifi.locator('.card-label')).toHaveText([en.offline.needsWifi, en.offline.needsWifi])
  await expect(wifi.locator('.action-name')).toHaveText('My docomo')
  await expect(wifi.locator('a[href="https://www.docomo.ne.jp/mydocomo/"]')).toBeVisible()
})

test('a printed card keeps what each code is for, its menu path, "needs Wi-Fi" and the counter', async ({ page }) => {
  for (const [locale, carrier] of [
    ['zh', 'smart'],
    ['en', 'smart'],
    ['en', 'docomo'],
    ['zh-hant', 'softbank'],
  ] as const) {
    await page.goto(routes.card(locale, carrier))
    await page.emulateMedia({ media: 'print' })
    const label = `${locale} ${carrier}`
    const items = page.locator('.card-item')
    for (let index = 0; index < (await items.count()); index++)
      await expect(items.nth(index).locator('.used-for'), `${label} item ${index}`).toBeVisible()
    await expect(page.locator('.card-label').first(), label).toBeVisible()
    await expect(page.locator('.counter-path').first(), label).toBeVisible()
    await expect(page.locator('.save-trip'), label).toBeHidden()
    if (carrier === 'smart') await expect(page.locator('.card-item .menu-path').first(), label).toBeVisible()
    await page.emulateMedia({ media: 'screen' })
  }
})

test('"Save for my trip" sits near the top of the carrier page, before the tasks, and on the card', async ({
  page,
}) => {
  await page.goto(routes.carrier('en', 'docomo'))
  const order = await page.evaluate(() => {
    const save = document.querySelector('.save-trip')
    const tasks = document.querySelector('#tasks')
    return save && tasks ? save.compareDocumentPosition(tasks) & Node.DOCUMENT_POSITION_FOLLOWING : 0
  })
  expect(order).toBeTruthy()
  await expect(page.locator('.save-trip')).toHaveCount(1)
  await page.goto(routes.card('en', 'docomo'))
  await expect(page.locator('.save-trip')).toHaveCount(1)
})

import { expect, test } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/chromium'
import { startSite, type SiteServer } from './feedback/site-server'
import { storedReports } from './feedback/store-reader'

/**
 * A refused report, as a traveller without JavaScript meets it: the answer is a page in the site's layout
 * and language, with the refusal's status, and the form filled in as it was sent. A server of its own,
 * with a budget of one report per page, so the second one is refused. (Plain Playwright test: a 429 page
 * logs a failed load in the console, which is the expected answer here.)
 */
test.describe.configure({ mode: 'serial' })
test.use({ javaScriptEnabled: false, launchOptions: chromiumLaunchOptions })

let site: SiteServer
test.beforeAll(async () => {
  test.setTimeout(180_000)
  site = await startSite({ env: { FEEDBACK_LIMIT_PER_PAGE: '1' } })
})
test.afterAll(async () => {
  await site?.stop()
})

test('past the limit, the answer keeps what was typed, in the layout and the reader’s language', async ({ page }) => {
  await page.goto(`${site.url}/zh-hant/smart/top-up`)
  await page.locator('#method-ussd').getByRole('button', { name: '有用' }).click()
  await expect(page).toHaveURL(/#fb-ussd-thanks$/)

  await page.goto(`${site.url}/zh-hant/smart/top-up`)
  const section = page.locator('#method-ussd')
  await section.getByText('沒用', { exact: true }).click()
  await section.getByLabel('被扣費了').check()
  await section.getByLabel(/補充說明/).fill('扣了 5 比索\n第二次')
  const answered = page.waitForResponse((response) => response.url().includes('/zh-hant/feedback'))
  await section.getByRole('button', { name: '傳送' }).click()
  expect((await answered).status()).toBe(429)
  await expect(page.locator('header.site-header')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意見回饋沒有傳送成功')
  await expect(page.getByText('傳送太頻繁了，請一小時後再試。')).toBeVisible()
  const form = page.locator('form[data-feedback]')
  await expect(form.getByLabel('沒用', { exact: true })).toBeChecked()
  await expect(form.getByLabel('被扣費了')).toBeChecked()
  await expect(form.getByLabel(/補充說明/)).toHaveValue('扣了 5 比索\n第二次')
  await expect(page.getByRole('link', { name: '返回指南' })).toHaveAttribute('href', '/zh-hant/smart/top-up')
})

test('a note the server cannot take is refused naming the note, and given back to change', async ({ page }) => {
  await page.goto(`${site.url}/en/smart/top-up`)
  const section = page.locator('#method-ussd')
  await section.getByText('No', { exact: true }).click()
  // A right-to-left override, as pasted text sometimes carries: invisible, and refused.
  await section.getByLabel(/Anything to add/).fill('charged twice \u202e')
  const answered = page.waitForResponse((response) => response.url().includes('/en/feedback'))
  await section.getByRole('button', { name: 'Send' }).click()
  expect((await answered).status()).toBe(400)
  await expect(page.getByText(/The note was not accepted/)).toBeVisible()
  await expect(page.locator('form[data-feedback]').getByLabel(/Anything to add/)).toHaveValue('charged twice \u202e')
})

test('stores nothing it refused', async () => {
  await site.stop()
  const { reports } = await storedReports({ dataDir: site.dataDir })
  expect(reports.map((report) => [report.worked, report.note])).toEqual([[true, null]])
})

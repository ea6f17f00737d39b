import { guidesForCarrier } from '../../lib/guides'
import { getDictionary } from '../../lib/i18n'
import { format } from '../../lib/i18n/format'
import { saveListSchema } from '../../lib/offline/save-list'
import { offlineFiles, routes } from '../../lib/routes'
import { expect, test } from './fixtures'
import { cachedCarrier, contextErrors, controlled, SAVE_TIMEOUT, shownBytes } from './offline'

/**
 * "Save for my trip" in real Chromium with the production service worker: save a carrier while online,
 * lose the network (context.setOffline also cuts the worker off), and read it all the same.
 */
const zh = getDictionary('zh')
const en = getDictionary('en')

test('a saved carrier opens offline, every page and its card, at the size shown before saving', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000)
  const workerErrors = contextErrors(context)
  const failed: string[] = []
  // Prefetches cut short by the next navigation are aborted, not failed: only real failures count.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`${request.url()} ${request.failure()?.errorText}`)
  })

  await page.goto(routes.carrier('zh', 'smart'))
  await controlled(page)
  const save = page.getByRole('button', { name: zh.offline.save.button })
  const shown = shownBytes((await save.textContent())!)
  await save.click()
  await expect(page.locator('.save-status')).toContainText('保存到这部手机')

  // What was saved is every page of the carrier in this language: hub, card, each guide and each method page.
  const list = saveListSchema.parse(await (await request.get(offlineFiles.saveList('zh', 'smart'))).json())
  const guides = await guidesForCarrier('zh', 'smart')
  const expected = [
    routes.carrier('zh', 'smart'),
    routes.card('zh', 'smart'),
    ...guides.flatMap((guide) => [
      routes.guide('zh', 'smart', guide.task),
      ...guide.methods.map((section) => routes.guideMethod('zh', 'smart', guide.task, section.kind)),
    ]),
  ]
  expect([...list.pages].sort()).toEqual(expected.sort())
  const cached = await cachedCarrier(page, 'zh', 'smart')
  expect(cached.urls).toEqual(expect.arrayContaining([...list.pages, ...list.assets]))
  expect(Math.abs(cached.bytes - shown) / cached.bytes, `shown ${shown} B, cached ${cached.bytes} B`).toBeLessThan(0.1)

  await context.setOffline(true)
  for (const path of list.pages) {
    expect((await page.goto(path))?.status(), path).toBe(200)
    const guide = guides.find((candidate) => path === routes.guide('zh', 'smart', candidate.task))
    if (guide) await expect(page.locator('h1'), path).toHaveText(guide.title)
    else await expect(page.locator('h1'), path).not.toHaveText(zh.offline.offlineTitle)
    await expect(page.locator('main .action').first(), path).toBeVisible()
  }
  await page.goto(routes.card('zh', 'smart'))
  await expect(page.locator('code.action-code').first()).toHaveText('*123#')
  await expect(page.getByRole('heading', { name: zh.offline.cardTopUps })).toBeVisible()

  // A page that was not saved: the offline page, in the visitor's language, listing what is saved.
  await page.goto(routes.guide('zh', 'docomo', 'check-data'))
  await expect(page.locator('h1')).toHaveText(zh.offline.offlineTitle)
  await expect(page.locator('.saved-item a.carrier-name')).toHaveText('Smart')
  await page.goto(routes.carrier('en', 'docomo'))
  await expect(page.locator('h1')).toHaveText(en.offline.offlineTitle)
  await page.locator('.saved-item a.carrier-name', { hasText: 'Smart' }).click()
  await expect(page).toHaveURL(routes.carrier('zh', 'smart'))

  // In-app navigation from a saved page still works offline (the router falls back to loading the document).
  await page.getByRole('heading', { name: zh.tasks['top-up'].name }).getByRole('link').click()
  await expect(page).toHaveURL(routes.guide('zh', 'smart', 'top-up'))
  await expect(page.locator('h1')).toHaveText(guides.find((guide) => guide.task === 'top-up')!.title)

  // Back online, the home page links what this phone saved (its own island, islands/saved-link.ts).
  await context.setOffline(false)
  await page.goto(routes.home('zh'))
  await expect(page.locator('.saved-link a')).toHaveText(format(zh.offline.savedLinkHome, { count: 1 }, 'zh'))
  await expect(page.locator('.saved-link a')).toHaveAttribute('href', routes.saved('zh'))
  expect(failed).toEqual([])
  expect(workerErrors).toEqual([])
})

test('a saved carrier can be removed from its page or from the Saved guides page', async ({ page, context }) => {
  test.setTimeout(120_000)
  for (const [locale, carrier, button] of [
    ['zh', 'smart', zh.offline.save.button],
    ['en', 'docomo', en.offline.save.button],
  ] as const) {
    await page.goto(routes.carrier(locale, carrier))
    await controlled(page)
    await page.getByRole('button', { name: button }).click()
    await expect(page.locator('.save-trip')).toHaveAttribute('data-state', 'saved', { timeout: SAVE_TIMEOUT })
  }
  // From the hub…
  await page.goto(routes.carrier('zh', 'smart'))
  await page.getByRole('button', { name: zh.offline.save.remove }).click()
  await expect(page.locator('.save-progress')).toHaveText(zh.offline.save.removed)
  // …and from the list of saved guides.
  await page.goto(routes.saved('en'))
  await expect(page.locator('.saved-item')).toHaveCount(1)
  await page.getByRole('button', { name: `${en.offline.saved.remove} NTT docomo` }).click()
  await expect(page.getByText(en.offline.saved.none)).toBeVisible()
  expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringMatching(/^saved:/))

  await context.setOffline(true)
  await page.goto(routes.guide('en', 'docomo', 'check-data'))
  await expect(page.locator('h1')).toHaveText(en.offline.offlineTitle)
  await expect(page.getByText(en.offline.saved.none)).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('there is no save button, and the card still shows every code', async ({ page }) => {
    await page.goto(routes.carrier('en', 'smart'))
    await expect(page.getByRole('link', { name: en.offline.cardLink })).toBeVisible()
    // The header's search form has a submit button; the page itself has no save button without JavaScript.
    await expect(page.locator('main').getByRole('button')).toHaveCount(0)
    await page.goto(routes.card('en', 'smart'))
    await expect(page.locator('code.action-code')).toHaveText(['*123#', '*133#', '*123#', '*888'])
    await expect(page.locator('a[href^="sms:1510?body="]').first()).toBeVisible()
    await expect(page.locator('a[href="tel:1510"]')).toBeVisible()
  })
})

test('the out-of-data card prints on one page, the fullest (Smart) on two', async ({ page }) => {
  // Smart's card holds four codes, four texts, two top-ups, its apps and the phone counter: with what each
  // code is for kept on paper (issue 20) it takes two pages; a section is never cut in half.
  for (const [locale, carrier, pages] of [
    ['zh', 'smart', 2],
    ['en', 'smart', 2],
    ['en', 'docomo', 1],
    ['zh', 'softbank', 1],
  ] as const) {
    await page.goto(routes.card(locale, carrier))
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.card-item .used-for').first()).toBeVisible()
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, `${locale} ${carrier}`).toBe(pages)
    await page.emulateMedia({ media: 'screen' })
  }
})

import { getContent } from '../../lib/guides'
import { LOCALES } from '../../lib/i18n/locale-codes'
import { routes } from '../../lib/routes'
import { expect, test } from './fixtures'

/**
 * "Which SIM is this?" (issue 20): the page, its lookup (the same rows as its tables), and no dead ends: a
 * network's guides send a traveller with a tourist SIM on that network onward, and every way in links it.
 */
const branchOf = (html: string) => /<details class="network-branch">([\s\S]*?)<\/details>/.exec(html)?.[1]

test('every guide of a network has the tourist-SIM branch: the SIMs on it and the which-SIM page', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const { carriers, guides } = await getContent()
  const networks = carriers.filter((carrier) => carrier.kind === 'operator')
  expect(networks.map((carrier) => carrier.id)).toEqual(
    expect.arrayContaining(['docomo', 'au', 'softbank', 'rakuten-mobile']),
  )
  const checked = guides.filter((guide) => networks.some((network) => network.id === guide.carrier))
  expect(checked.length).toBeGreaterThan(20)
  for (const guide of checked) {
    const path = routes.guide(guide.locale, guide.carrier, guide.task)
    const branch = branchOf(await (await request.get(path)).text())
    expect(branch, path).toBeDefined()
    expect(branch, path).toContain(`href="${routes.whichSim(guide.locale)}"`)
    for (const sim of carriers.filter((carrier) => carrier.host === guide.carrier))
      expect(branch, `${path} → ${sim.id}`).toContain(`href="${routes.carrier(guide.locale, sim.id)}"`)
  }
})

test('the home page, every carrier hub and every check-data guide link the which-SIM page', async ({ request }) => {
  test.setTimeout(120_000)
  const { carriers, guides } = await getContent()
  const paths = [
    ...LOCALES.map((locale) => routes.home(locale)),
    ...LOCALES.flatMap((locale) => carriers.map((carrier) => routes.carrier(locale, carrier.id))),
    ...guides.filter((guide) => guide.task === 'check-data').map((g) => routes.guide(g.locale, g.carrier, g.task)),
  ]
  for (const path of paths) {
    const locale = path.split('/')[1] as (typeof LOCALES)[number]
    expect(await (await request.get(path)).text(), path).toContain(`href="${routes.whichSim(locale)}"`)
  }
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/zh-hant/which-sim</loc>')
})

test('the which-carrier topic links every carrier it names on the site, and the which-SIM page', async ({ page }) => {
  for (const locale of ['zh', 'en'] as const) {
    await page.goto(routes.topic(locale, 'which-carrier'))
    const body = page.locator('.prose')
    for (const id of [
      'b-mobile',
      'docomo',
      'ahamo',
      'povo',
      'au',
      'linemo',
      'softbank',
      'smart',
      'airalo',
      'holafly',
      'ubigi',
    ])
      await expect(body.locator(`a[href="${routes.carrier(locale, id)}"]`).first(), `${locale} ${id}`).toBeVisible()
    await expect(body.locator(`a[href="${routes.whichSim(locale)}"]`)).toBeVisible()
  }
})

test('the lookup answers each value with a copy of that value’s table row', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(routes.whichSim('en'))
  const input = page.getByLabel('Type an ICCID, network code or APN')
  await expect(input).toBeVisible()
  const rows = page.locator('.clues table.code-table tbody tr[id]')
  const count = await rows.count()
  expect(count).toBeGreaterThan(40)
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index)
    const value = (await row.locator('th').textContent()) ?? ''
    await input.fill(value)
    const answers = page.locator('.sim-answer tbody tr')
    await expect(answers, value).toHaveCount(1)
    expect(await answers.first().innerHTML(), value).toBe(await row.innerHTML())
  }
  await input.fill('8981 1000 1234 5678 901')
  await expect(page.locator('.sim-answer tbody tr th')).toHaveText('898110')
  await expect(page.locator('.sim-answer tbody tr td a').first()).toHaveText('NTT docomo')
  await input.fill('515-99')
  await expect(page.locator('.sim-answer')).toContainText('not in the tables')
})

test('the lookup answers offline: it fetches nothing', async ({ page, context }) => {
  await page.goto(routes.whichSim('zh'))
  await page.waitForLoadState('networkidle')
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await context.setOffline(true)
  await page.getByLabel('输入 ICCID、网络代码或 APN').fill('440-20')
  await expect(page.locator('.sim-answer tbody tr td').first()).toContainText('SoftBank')
  await context.setOffline(false)
  expect(requests).toEqual([])
})

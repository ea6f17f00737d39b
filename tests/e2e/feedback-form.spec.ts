import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { fetchSharedReports } from '../../lib/feedback/embedded-share.server'
import { getContent } from '../../lib/guides'
import { routes } from '../../lib/routes'
import { expect, test } from './fixtures'

/** "Did this work?" as a traveller meets it, against the production server (its scratch store). */

test('every guide and every method page asks, once per method', async ({ request }) => {
  test.setTimeout(120_000)
  const { guides } = await getContent()
  for (const guide of guides) {
    const html = await (await request.get(routes.guide(guide.locale, guide.carrier, guide.task))).text()
    for (const section of guide.methods)
      expect(html, `${guide.file} ${section.kind}`).toContain(`id="fb-${section.kind}-q"`)
    expect(html.match(/data-feedback=""/g)).toHaveLength(guide.methods.length)
    const method = guide.methods[guide.methods.length - 1].kind
    const methodHtml = await (
      await request.get(routes.guideMethod(guide.locale, guide.carrier, guide.task, method))
    ).text()
    expect(methodHtml.match(/data-feedback=""/g), `${guide.file} ${method} page`).toHaveLength(1)
    expect(methodHtml).toContain(`id="fb-${method}-no"`)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('"Yes" on a guide posts, and the page comes back with a thank-you in place of that line', async ({ page }) => {
    await page.goto('/en/smart/top-up')
    await page.locator('#method-ussd').getByRole('button', { name: 'Yes' }).click()
    await expect(page).toHaveURL(/\/en\/smart\/top-up#fb-ussd-thanks$/)
    await expect(page.locator('#fb-ussd-thanks')).toBeVisible()
    await expect(page.locator('#fb-ussd-thanks')).toHaveText('Thank you! Your answer is recorded.')
    await expect(page.locator('#method-ussd form')).toBeHidden()
    await expect(page.locator('#method-app form')).toBeVisible() // the other methods still ask
  })

  test('"No" on a guide opens in place: what went wrong, a note with a line break, the other methods; thanked', async ({
    page,
  }) => {
    await page.goto('/zh/smart/top-up')
    const section = page.locator('#method-ussd')
    await expect(section.getByText('哪里不对？（选填）')).toBeHidden()
    await section.getByText('没用', { exact: true }).click() // the <details> summary
    await expect(page).toHaveURL(/\/zh\/smart\/top-up$/) // no other page
    await expect(section.getByText('哪里不对？（选填）')).toBeVisible()
    await expect(section.getByText('请勿填写电话号码、姓名等个人信息。')).toBeVisible()
    const others = section.locator('.fb-others a')
    expect(await others.count()).toBeGreaterThan(0)
    expect(await others.first().getAttribute('href')).toMatch(/^#method-/)
    await section.getByLabel('被扣费了').check()
    const note = `无JS-${Date.now()}\n第二行`
    await section.getByLabel(/补充说明/).fill(note)
    await section.getByRole('button', { name: '发送' }).click()
    await expect(page).toHaveURL(/\/zh\/smart\/top-up#fb-ussd-thanks$/)
    await expect(page.locator('#fb-ussd-thanks')).toHaveText('谢谢！已记录你的反馈。')
    await expect(page.locator('#fb-ussd-thanks')).toBeVisible()
    // Stored (read through the running server's socket), its line break as LF.
    const stored = await fetchSharedReports(path.resolve('.cache/e2e-feedback'))
    expect(stored.filter((report) => report.note === note)).toMatchObject([{ worked: false, reason: 'charged' }])
  })

  test('on a method page the reasons appear only after "No"', async ({ page }) => {
    await page.goto('/en/docomo/check-data/app')
    const form = page.locator('form[data-feedback]')
    await expect(form.getByText('What went wrong? (optional)')).toBeHidden()
    await form.getByLabel('No', { exact: true }).check()
    await expect(form.getByText('What went wrong? (optional)')).toBeVisible()
    await expect(form.getByLabel(/Where are you now/)).toBeVisible()
  })
})

test('with JavaScript the island sends it in place: no navigation, the answer is announced', async ({ page }) => {
  await page.goto('/zh/docomo/check-data')
  await page.waitForLoadState('networkidle')
  const form = page.locator('form[data-feedback]').first()
  const posted = page.waitForResponse((response) => response.url().includes('/api/feedback'))
  await form.getByRole('button', { name: '有用' }).click()
  expect((await posted).status()).toBe(200)
  await expect(form.getByRole('status')).toHaveText('谢谢，已记录。')
  await expect(form.getByRole('button', { name: '有用' })).toBeDisabled()
  expect(new URL(page.url()).pathname).toBe('/zh/docomo/check-data')
  expect(new URL(page.url()).hash).toBe('')
})

test('with JavaScript, a guide’s "No" opens in place and sends the details there', async ({ page }) => {
  await page.goto('/en/smart/top-up', { waitUntil: 'networkidle' })
  const section = page.locator('#method-ussd')
  await section.getByText('No', { exact: true }).click()
  await section.getByLabel('I was charged').check()
  await section.getByLabel(/Anything to add/).fill('line one\nline two')
  const posted = page.waitForResponse((response) => response.url().includes('/api/feedback'))
  await section.getByRole('button', { name: 'Send' }).click()
  expect((await posted).status()).toBe(200)
  await expect(section.locator('.fb-status')).toHaveText('Thank you, recorded.')
  expect(new URL(page.url()).pathname).toBe('/en/smart/top-up')
  await expect(section.locator('.fb-others')).toBeVisible() // the other ways, still offered
})

test('with JavaScript, a method page opened at "No" arrives with "No" chosen and sends the details in place', async ({
  page,
}) => {
  await page.goto('/en/smart/top-up/ussd#fb-ussd-no', { waitUntil: 'networkidle' })
  const form = page.locator('#fb-ussd-no')
  await expect(form.getByLabel('No', { exact: true })).toBeChecked()
  await form.getByLabel('The code was not recognised').check()
  await form.getByRole('button', { name: 'Send' }).click()
  await expect(form.getByRole('status')).toHaveText('Thank you, recorded.')
})

test('the open form has no axe violations, in both colour schemes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.goto('/zh/smart/top-up/ussd')
    await page.getByLabel('没用', { exact: true }).check()
    const results = await new AxeBuilder({ page }).include('.feedback').analyze()
    expect(
      results.violations.map(
        (violation) =>
          `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  }
})

test('the form causes no layout shift while the page loads, nor when the thank-you is shown', async ({ page }) => {
  // Every layout shift after load (not caused by input), with the elements that moved.
  const shifts = async () =>
    page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const moved: string[] = []
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<
              PerformanceEntry & { hadRecentInput: boolean; sources: Array<{ node?: Node }> }
            >) {
              if (entry.hadRecentInput) continue
              for (const source of entry.sources) {
                const element = source.node instanceof Element ? source.node : source.node?.parentElement
                moved.push(
                  element?.closest('.feedback') ? `feedback: ${element.className}` : `other: ${element?.className}`,
                )
              }
            }
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(moved), 500)
        }),
    )
  await page.goto('/en/smart/top-up/ussd#fb-ussd-thanks', { waitUntil: 'networkidle' })
  await expect(page.locator('#fb-ussd-thanks')).toBeVisible()
  expect(await shifts()).toEqual([])
  await page.goto('/en/smart/top-up', { waitUntil: 'networkidle' })
  expect(await shifts()).toEqual([])
  // On a guide scrolled to a method, the copy button appearing on hydration moves that card's text a
  // little (issue 14's islands are to settle that); the form itself never moves or resizes.
  await page.goto('/en/smart/top-up#fb-ussd-thanks', { waitUntil: 'networkidle' })
  expect((await shifts()).filter((source) => source.startsWith('feedback'))).toEqual([])
})

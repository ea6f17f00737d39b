import type { APIRequestContext, Page } from '@playwright/test'
import { join } from 'node:path'
import { env } from '../../lib/env'
import { findForbidden } from '../../lib/pipeline/checks/traditional-words'
import { readTraditionalOverrides } from '../../lib/pipeline/derive-traditional'
import { simplifiedLeftovers } from '../simplified-only'
import { expect, test } from './fixtures'

/**
 * What a reader of Traditional Chinese sees on /zh-hant: no character that exists only in Simplified
 * Chinese (outside the language switch's 简体中文 and Japanese), the right `lang`, the way in from `/`, and
 * the language switch offering all three languages.
 */
test.describe.configure({ mode: 'default' })

let request: APIRequestContext
let parser: Page

test.beforeAll(async ({ playwright, browser }, testInfo) => {
  request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  parser = await browser.newPage()
})

test.afterAll(async () => {
  await parser?.close()
  await request?.dispose()
})

/** The text a reader meets (text, titles, alt and aria labels, the description) outside other languages' elements. */
async function readerText(html: string, lang = 'zh-Hant'): Promise<string> {
  return parser.evaluate(
    ([source, lang]) => {
      const doc = new DOMParser().parseFromString(source, 'text/html')
      for (const element of doc.querySelectorAll('script, style, template')) element.remove()
      const inHant = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang')?.startsWith(lang)
      const parts: string[] = [doc.title, doc.querySelector('meta[name=description]')?.getAttribute('content') ?? '']
      const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (inHant(node.parentElement)) parts.push(node.textContent ?? '')
      for (const element of doc.querySelectorAll('[title], [alt], [aria-label], [placeholder]'))
        if (inHant(element))
          for (const name of ['title', 'alt', 'aria-label', 'placeholder']) parts.push(element.getAttribute(name) ?? '')
      return parts.join('\n')
    },
    [html, lang],
  )
}

/**
 * Every zh-hant page, listed in the sitemap or not: no character that exists only in Simplified Chinese, and
 * no word content/traditional.yaml forbids (mainland wording, conversion slips), Japanese words aside.
 */
test('no zh-hant page shows a Simplified-only character or a mainland word', async () => {
  const { forbidden, japanese } = await readTraditionalOverrides(process.cwd(), join(process.cwd(), 'content'))
  expect(forbidden.size).toBeGreaterThan(20)
  test.setTimeout(240_000)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, url]) => url.replace(env.SITE_URL, ''))
    .filter((path) => path.startsWith('/zh-hant'))
  expect(listed.length).toBeGreaterThan(100)
  // Pages the sitemap leaves out: cards, search results, the saved and offline pages, a 404.
  const unlisted = ['/zh-hant/smart/card', '/zh-hant/search?q=%E5%84%B2%E5%80%BC', '/zh-hant/saved', '/zh-hant/offline']
  const problems: string[] = []
  for (const path of [...listed, ...unlisted]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toMatch(/<html[^>]* lang="zh-Hant"/)
    const text = await readerText(html)
    for (const leftover of simplifiedLeftovers(text)) problems.push(`${path}: ${leftover}`)
    for (const { word, instead } of findForbidden(text, forbidden, japanese))
      problems.push(`${path}: '${word}' (write '${instead}')`)
  }
  expect(problems).toEqual([])
  // The scan can fail: the Simplified page it was converted from is full of them.
  const simplified = await (await request.get('/zh/smart/top-up')).text()
  const simplifiedText = await readerText(simplified, 'zh-Hans')
  expect(simplifiedLeftovers(simplifiedText).length).toBeGreaterThan(20)
  expect(findForbidden(simplifiedText, forbidden).length).toBeGreaterThan(0)
})

test('the feed is in Traditional Chinese too', async () => {
  const feed = await (await request.get('/zh-hant/feed.xml')).text()
  expect(feed).toContain('xml:lang="zh-Hant"')
  expect(simplifiedLeftovers(feed.replace(/<[^>]+>/g, ' '))).toEqual([])
})

test('/ sends readers of Traditional Chinese to /zh-hant, and others where they were sent before', async () => {
  for (const [header, location] of [
    ['zh-TW,zh;q=0.9', '/zh-hant'],
    ['zh-HK', '/zh-hant'],
    ['zh-MO,en;q=0.5', '/zh-hant'],
    ['zh-Hant', '/zh-hant'],
    ['zh-CN,zh;q=0.9', '/zh'],
    ['en-GB', '/en'],
  ]) {
    const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 })
    expect(response.status(), header).toBeGreaterThanOrEqual(300)
    expect(new URL(response.headers().location, env.SITE_URL).pathname, header).toBe(location)
  }
})

test('a guide offers all three languages, each named in itself, and links them both ways', async ({ page }) => {
  await page.goto('/zh-hant/smart/top-up')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart 預付卡怎麼儲值')
  await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh/smart/top-up')
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/smart/top-up')
  // Data is never converted: the code, the SMS text and the number are as the zh guide has them.
  await expect(page.getByText('*133#').first()).toBeVisible()
  await expect(page.getByText('RELOAD <PIN> <你的漫遊號碼>').first()).toBeVisible()
  for (const [lang, href] of [
    ['zh-Hans', '/zh/smart/top-up'],
    ['zh-Hant', '/zh-hant/smart/top-up'],
    ['en', '/en/smart/top-up'],
  ])
    expect(await page.locator(`link[rel=alternate][hreflang="${lang}"]`).getAttribute('href')).toMatch(
      new RegExp(`${href}$`),
    )
  await page.goto('/zh/smart/top-up')
  await expect(page.getByRole('link', { name: '繁體中文' })).toHaveAttribute('href', '/zh-hant/smart/top-up')
})

test('search on the zh-hant site understands the words of Taiwan and Hong Kong', async ({ page }) => {
  for (const query of ['smart 增值', 'smart 儲值', 'smart 短訊']) {
    await page.goto(`/zh-hant/search?q=${encodeURIComponent(query)}`)
    await expect(page.locator('main a[href="/zh-hant/smart/top-up"]').first(), query).toBeVisible()
  }
})

test('"Did this work?" on a zh-hant guide asks in Traditional Chinese and reports for the zh-hant page', async ({
  page,
}) => {
  // Not submitted here: the shared test server's per-address limit belongs to tests/e2e/feedback-form.spec.ts;
  // tests/unit/feedback-submission.test.ts covers a zh-hant report and its answer.
  await page.goto('/zh-hant/smart/top-up')
  const form = page.locator('#method-ussd form')
  await expect(form.getByText('這個方法有用嗎？')).toBeVisible()
  await expect(form.getByRole('button', { name: '有用' })).toBeVisible()
  expect(await form.getAttribute('action')).toContain('locale=zh-hant&carrier=smart&task=top-up&method=ussd')
})

import type { APIRequestContext, Page } from '@playwright/test'
import { env } from '../../lib/env'
import { LANGUAGE_TAG, LOCALES } from '../../lib/i18n/locales'
import { routes } from '../../lib/routes'
import { crawl, readFacts, type CrawledPage } from './crawl'
import { expect, test } from './fixtures'

/**
 * What a search engine sees, from the two home pages outwards: every linked page, its metadata,
 * its translations and the sitemap. Failures are collected and shown together, one line per page.
 */
test.describe.configure({ mode: 'default' })

const site = (path: string) => new URL(path, env.SITE_URL).href
const pathOf = (url: string) => url.replace(env.SITE_URL, '') || '/'

let request: APIRequestContext
let parser: Page
let pages: Map<string, CrawledPage>
let html: CrawledPage[]
let indexable: CrawledPage[]
let sitemap: Map<string, Record<string, string>>

test.beforeAll(async ({ playwright, browser }, testInfo) => {
  testInfo.setTimeout(300_000)
  request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  parser = await browser.newPage()
  pages = await crawl(
    request,
    parser,
    LOCALES.map((locale) => routes.home(locale)),
  )
  html = [...pages.values()].filter((page) => page.facts)
  indexable = html.filter((page) => !/noindex/i.test(page.facts!.robots) && !page.path.includes('?'))
  const xml = await (await request.get(routes.sitemap())).text()
  sitemap = new Map(
    await parser.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      if (doc.querySelector('parsererror')) throw new Error('sitemap.xml is not well-formed XML')
      return [...doc.getElementsByTagName('url')].map((url): [string, Record<string, string>] => {
        const alternates: Record<string, string> = {}
        for (const link of url.getElementsByTagName('xhtml:link'))
          alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!
        return [url.getElementsByTagName('loc')[0].textContent!, alternates]
      })
    }, xml),
  )
})

test.afterAll(async () => {
  await parser?.close()
  await request?.dispose()
})

test('the crawl reaches the whole site', () => {
  // A floor, not a count: both homes, a carrier hub, guides and method pages in both languages.
  expect(html.length).toBeGreaterThan(50)
  expect(pages.has('/zh/smart/top-up') && pages.has('/en/smart/top-up/ussd')).toBe(true)
})

test('every linked page answers 200 directly: no redirect, no trailing slash, no broken link', () => {
  const broken = [...pages.values()]
    .filter((page) => page.status !== 200)
    .map((page) => `${page.path} → ${page.status}${page.location ? ` (to ${page.location})` : ''}`)
  expect(broken).toEqual([])
  const slashed = html.flatMap((page) =>
    page.links
      .filter((link) => link.length > 1 && /\/(\?|$)/.test(link))
      .map((link) => `${page.path} links to ${link}`),
  )
  expect(slashed).toEqual([])
})

test('every page has exactly one h1 and its language on <html>', () => {
  expect(
    html.filter((page) => page.facts!.h1Count !== 1).map((page) => `${page.path}: ${page.facts!.h1Count} h1`),
  ).toEqual([])
  expect(
    html
      .filter((page) => !Object.values(LANGUAGE_TAG).includes(page.facts!.lang))
      .map((page) => `${page.path}: lang=${page.facts!.lang}`),
  ).toEqual([])
})

test('titles and descriptions are present and unique', () => {
  // One page in zh and zh-hant may share a title with no character that differs between the scripts
  // ("IIJmio Japan Travel SIM 能用多久"): they are versions of one page, linked by hreflang, not duplicates.
  const versionsOfOnePage = (paths: string[]) =>
    paths.every((path) => paths.every((other) => Object.values(pages.get(path)!.facts!.hreflang).includes(site(other))))
  for (const field of ['title', 'description'] as const) {
    const owners = new Map<string, string[]>()
    for (const page of indexable) owners.set(page.facts![field], [...(owners.get(page.facts![field]) ?? []), page.path])
    expect(
      [...owners]
        .filter(([value, paths]) => !value.trim() || (paths.length > 1 && !versionsOfOnePage(paths)))
        .map(([value, paths]) => `${field} "${value}" on ${paths.join(', ')}`),
    ).toEqual([])
  }
})

test('each page names itself as canonical and carries Open Graph and Twitter cards', () => {
  const wrong = indexable.filter(
    (page) => page.facts!.canonicalCount !== 1 || page.facts!.canonical !== site(page.path),
  )
  expect(
    wrong.map((page) => `${page.path}: canonical ${page.facts!.canonical} ×${page.facts!.canonicalCount}`),
  ).toEqual([])
  const required = [
    'og:title',
    'og:description',
    'og:url',
    'og:image',
    'og:type',
    'og:locale',
    'twitter:card',
    'twitter:image',
  ]
  const missing = indexable.flatMap((page) =>
    required.filter((key) => !page.facts!.og[key]).map((key) => `${page.path}: no ${key}`),
  )
  expect(missing).toEqual([])
  expect(indexable.filter((page) => page.facts!.og['og:url'] !== site(page.path)).map((page) => page.path)).toEqual([])
})

test('hreflang is reciprocal: each translation lists the same set, itself included, plus x-default', async () => {
  const problems: string[] = []
  for (const page of indexable) {
    const { hreflang, lang } = page.facts!
    if (hreflang[lang] !== site(page.path)) problems.push(`${page.path}: hreflang ${lang} is ${hreflang[lang]}`)
    const versions = Object.entries(hreflang).filter(([tag]) => tag !== 'x-default')
    if (!Object.values(Object.fromEntries(versions)).includes(hreflang['x-default']))
      problems.push(`${page.path}: x-default ${hreflang['x-default']} is not one of its versions`)
    for (const [tag, url] of versions) {
      const other = pages.get(pathOf(url)) ?? (await fetchFacts(pathOf(url)))
      if (other?.status !== 200 || !other.facts)
        problems.push(`${page.path}: hreflang ${tag} → ${url} answers ${other?.status}`)
      else if (other.facts.lang !== tag)
        problems.push(`${page.path}: hreflang ${tag} → ${url} whose <html lang> is ${other.facts.lang}`)
      else if (JSON.stringify(sorted(other.facts.hreflang)) !== JSON.stringify(sorted(hreflang)))
        problems.push(`${page.path} and ${url} disagree on their translations`)
    }
  }
  expect(problems).toEqual([])
})

test('every indexable page is in the sitemap with the same translations; nothing else is', () => {
  const missing = indexable.filter((page) => !sitemap.has(site(page.path))).map((page) => page.path)
  expect(missing, 'linked pages missing from /sitemap.xml (add their kind to lib/site-pages.ts)').toEqual([])
  const disagree = indexable.filter(
    (page) =>
      JSON.stringify(sorted(sitemap.get(site(page.path)) ?? {})) !== JSON.stringify(sorted(page.facts!.hreflang)),
  )
  expect(disagree.map((page) => page.path)).toEqual([])
  const noindexed = html
    .filter((page) => !indexable.includes(page) && sitemap.has(site(page.path)))
    .map((page) => page.path)
  expect(noindexed).toEqual([])
})

test('every sitemap URL answers 200 and is at most three clicks from home', async () => {
  const problems: string[] = []
  for (const url of sitemap.keys()) {
    const path = pathOf(url)
    if (!url.startsWith(`${env.SITE_URL}/`)) problems.push(`${url} is not on ${env.SITE_URL}`)
    const response = await request.get(path, { maxRedirects: 0 })
    if (response.status() !== 200) problems.push(`${path} → ${response.status()}`)
    const depth = pages.get(path)?.depth
    if (depth === undefined || depth > 3)
      problems.push(`${path} is ${depth ?? 'not reachable in any number of'} clicks from home`)
  }
  expect(problems).toEqual([])
})

test('robots.txt allows crawling and points at the sitemap; unknown URLs are 404 and noindex', async () => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/^User-Agent: \*$/m)
  expect(robots).toMatch(/^Allow: \/$/m)
  expect(robots).toContain(`Sitemap: ${site(routes.sitemap())}`)
  const missing = await request.get('/zh/no-such-carrier')
  expect(missing.status()).toBe(404)
  expect((await readFacts(parser, await missing.text())).robots).toMatch(/noindex/)
})

async function fetchFacts(path: string): Promise<CrawledPage | undefined> {
  const response = await request.get(path, { maxRedirects: 0 })
  const page: CrawledPage = {
    path,
    depth: Infinity,
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
    links: [],
  }
  if (response.status() === 200) page.facts = await readFacts(parser, await response.text())
  return page
}

function sorted(record: Record<string, string>) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}

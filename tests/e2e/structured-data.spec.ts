import type { APIRequestContext, Page } from '@playwright/test'
import { env } from '../../lib/env'
import { getContent } from '../../lib/guides'
import { LANGUAGE_TAG, LOCALES } from '../../lib/i18n/locales'
import { routes } from '../../lib/routes'
import { pageList } from '../../lib/page-list'
import { readBuiltContent } from '../../lib/pipeline/content-snapshot'
import { readFacts, type PageFacts } from './crawl'
import { expect, test } from './fixtures'
import { ALLOWED_TYPES, articleSchema, breadcrumbListSchema, carrierOrganizationSchema } from './json-ld'

/** JSON-LD on every page of the sitemap, by page type, as a search engine parses it from the raw HTML. */
test.describe.configure({ mode: 'default' })

let request: APIRequestContext
let parser: Page
const facts = new Map<string, PageFacts>()
const blocks = (path: string) => facts.get(path)!.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>)
const ofType = (path: string, type: string) => blocks(path).filter((block) => block['@type'] === type)

test.beforeAll(async ({ playwright, browser }, testInfo) => {
  testInfo.setTimeout(300_000)
  request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  parser = await browser.newPage()
  // Every page the sitemap lists.
  for (const page of pageList(await readBuiltContent(process.cwd())).pages) {
    for (const { path } of page.versions.filter((version) => version.indexable !== false)) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(200)
      facts.set(path, await readFacts(parser, await response.text()))
    }
  }
})

test.afterAll(async () => {
  await parser?.close()
  await request?.dispose()
})

test('every JSON-LD block parses, speaks schema.org and uses only the types this site publishes', () => {
  const problems: string[] = []
  for (const [path, page] of facts) {
    for (const text of page.jsonLd) {
      let block: Record<string, unknown>
      try {
        block = JSON.parse(text)
      } catch {
        problems.push(`${path}: JSON-LD does not parse`)
        continue
      }
      if (block['@context'] !== 'https://schema.org') problems.push(`${path}: @context ${String(block['@context'])}`)
      if (!ALLOWED_TYPES.includes(String(block['@type'])))
        problems.push(`${path}: unexpected @type ${String(block['@type'])}`)
    }
  }
  expect(facts.size).toBeGreaterThan(50)
  expect(problems).toEqual([])
})

test('every page has one BreadcrumbList, matching the breadcrumbs a visitor sees', () => {
  const problems: string[] = []
  for (const [path, page] of facts) {
    const lists = ofType(path, 'BreadcrumbList')
    if (lists.length !== 1) {
      problems.push(`${path}: ${lists.length} BreadcrumbList`)
      continue
    }
    const parsed = breadcrumbListSchema.safeParse(lists[0])
    if (!parsed.success) {
      problems.push(
        `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      )
      continue
    }
    const items = parsed.data.itemListElement
    const visible = page.crumbs
    if (items.map((item) => item.name).join(' › ') !== visible.map((crumb) => crumb.name).join(' › ')) {
      problems.push(
        `${path}: JSON-LD trail ${items.map((item) => item.name).join(' › ')} ≠ visible ${visible.map((crumb) => crumb.name).join(' › ')}`,
      )
    }
    visible.forEach((crumb, index) => {
      const expected = crumb.href ? new URL(crumb.href, env.SITE_URL).href : page.canonical
      if (items[index] && items[index].item !== expected)
        problems.push(`${path}: crumb ${index + 1} → ${items[index].item}, expected ${expected}`)
    })
    if (items.at(-1)?.item !== page.canonical) problems.push(`${path}: the last crumb is not the page itself`)
  }
  expect(problems).toEqual([])
})

test('every guide is an Article with its headline, language, last change and publisher', async () => {
  const { guides, carriers } = await getContent()
  for (const guide of guides) {
    const path = routes.guide(guide.locale, guide.carrier, guide.task)
    const articles = ofType(path, 'Article')
    expect(articles, path).toHaveLength(1)
    const article = articleSchema.parse(articles[0])
    expect(article, path).toMatchObject({
      headline: guide.title,
      inLanguage: LANGUAGE_TAG[guide.locale],
      dateModified: guide.updated,
      mainEntityOfPage: new URL(path, env.SITE_URL).href,
      about: { name: carriers.find((carrier) => carrier.id === guide.carrier)!.name[guide.locale] },
    })
    expect(facts.get(path)!.og['og:image']).toBe(article.image)
  }
})

test('every carrier hub describes the carrier as an Organization with its official website', async () => {
  const { carriers } = await getContent()
  for (const carrier of carriers) {
    for (const locale of LOCALES) {
      const path = routes.carrier(locale, carrier.id)
      const organizations = ofType(path, 'Organization')
      expect(organizations, path).toHaveLength(1)
      const organization = carrierOrganizationSchema.parse(organizations[0])
      expect(organization, path).toMatchObject({ name: carrier.name[locale] })
      expect(organization.url, path).toBe(carrier.website) // absent when no checked source names a site
      expect(ofType(path, 'Article'), path).toEqual([])
    }
  }
})

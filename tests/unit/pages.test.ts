import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getDictionary } from '../../lib/i18n'
import { LOCALES } from '../../lib/i18n/locales'
import {
  openPage,
  PAGE_ROUTES,
  type PageList,
  type PageRoute,
  pageList,
  routeParams,
  type UrlParams,
} from '../../lib/page-list'
import { loadContent } from '../../lib/pipeline/load-content'
import { routes } from '../../lib/routes'
import type { Content, Guide } from '../../lib/schema/content'
import { ROOT, sharedCacheDir } from './helpers'

// The routes' API reads the content through the door; here the door hands over the content this file loaded.
let content: Content
vi.mock('../../lib/guides', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/guides')>()),
  getContent: async () => content,
}))
const { pages } = await import('../../lib/pages')

let list: PageList
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
  list = pageList(content)
})

/** The page module over other content: the real content with some articles changed or left out. */
const withGuides = (change: (guides: Guide[]) => Guide[]) => pageList({ ...content, guides: change(content.guides) })
const isGuide = (guide: Guide, locale: string, carrier: string, task: string) =>
  guide.locale === locale && guide.carrier === carrier && guide.task === task
const en = getDictionary('en')
const open = <R extends PageRoute>(route: R, params: UrlParams<R>, from = list) => openPage(from, route, params)

describe('the page module', () => {
  it("opens a page for every language version of every kind's params, at the version's own path", () => {
    for (const route of PAGE_ROUTES) {
      const params = routeParams(list, route)
      expect(params.length, route).toBeGreaterThan(0)
      for (const entry of params) {
        const page = openPage(list, route, entry as UrlParams<typeof route>)
        expect(page, `${route} ${JSON.stringify(entry)}`).toBeDefined()
        expect(page?.locale).toBe(entry.locale)
        const own = page?.versions.find((version) => version.locale === entry.locale)
        // An HTML page's trail ends at the page itself; files (feeds, the manifest, the sitemap) have none.
        if (page?.meta) expect(page.crumbs.at(-1)?.href, route).toBe(own?.path)
        else expect(page?.crumbs, route).toEqual([])
      }
    }
  })

  it('hands the route its content: the guide and carrier, the method section, the topic', () => {
    const method = open('guideMethod', { locale: 'en', carrier: 'smart', task: 'check-data', method: 'ussd' })
    expect(method?.guide.title).toBe('How to check remaining data on Smart prepaid')
    expect(method?.carrier.id).toBe('smart')
    expect(method?.section.kind).toBe('ussd')
    const hub = open('carrier', { locale: 'zh', carrier: 'smart' })
    expect(hub?.guides.map((guide) => guide.task)).toEqual(['check-data', 'check-balance', 'top-up', 'renew'])
    expect(open('topic', { locale: 'en', slug: 'which-carrier' })?.topic.locale).toBe('en')
  })

  it('links each translation to the same page in the other language, and back', () => {
    for (const page of list.pages.filter((candidate) => candidate.route !== 'sitemap')) {
      for (const version of page.versions) {
        const view = openPage(list, page.route, { ...page.params, locale: version.locale } as UrlParams<PageRoute>)!
        const others = page.versions.filter((other) => other.locale !== version.locale)
        const byLocale = <T extends { locale: string }>(items: T[]) =>
          [...items].sort((a, b) => a.locale.localeCompare(b.locale))
        expect(byLocale(view.translations)).toEqual(
          byLocale(others.map((other) => ({ locale: other.locale, href: other.path }))),
        )
      }
    }
    const en = open('guide', { locale: 'en', carrier: 'smart', task: 'renew' })
    expect(en?.translations).toEqual([
      { locale: 'zh', href: '/zh/smart/renew' },
      { locale: 'zh-hant', href: '/zh-hant/smart/renew' },
    ])
  })

  it('offers the nearest page above it where a page has no translation, never a missing page', () => {
    const noEnglishGuide = withGuides((guides) => guides.filter((guide) => !isGuide(guide, 'en', 'smart', 'renew')))
    expect(open('guide', { locale: 'zh', carrier: 'smart', task: 'renew' }, noEnglishGuide)?.translations).toEqual([
      { locale: 'zh-hant', href: '/zh-hant/smart/renew' },
      { locale: 'en', missing: { name: 'Smart', href: '/en/smart' } },
    ])
    // The English guide exists without its SMS section: the SMS page offers that guide, named in English.
    const noEnglishSms = withGuides((guides) =>
      guides.map((guide) =>
        isGuide(guide, 'en', 'smart', 'renew')
          ? { ...guide, methods: guide.methods.filter((section) => section.kind !== 'sms') }
          : guide,
      ),
    )
    const sms = open('guideMethod', { locale: 'zh', carrier: 'smart', task: 'renew', method: 'sms' }, noEnglishSms)
    expect(sms?.translations).toContainEqual({
      locale: 'en',
      missing: { name: en.tasks.renew.name, href: '/en/smart/renew' },
    })
    const noEnglishTopic = pageList({
      ...content,
      topics: content.topics.filter((topic) => !(topic.locale === 'en' && topic.slug === 'which-carrier')),
    })
    expect(open('topic', { locale: 'zh', slug: 'which-carrier' }, noEnglishTopic)?.translations).toContainEqual({
      locale: 'en',
      missing: { name: en.topics.title, href: '/en/topics' },
    })
  })

  it('names each step of the breadcrumb trail in the page’s language', () => {
    const method = open('guideMethod', { locale: 'en', carrier: 'smart', task: 'top-up', method: 'ussd' })
    expect(method?.crumbs).toEqual([
      { name: en.nav.home, href: '/en' },
      { name: 'Smart', href: '/en/smart' },
      { name: en.tasks['top-up'].name, href: '/en/smart/top-up' },
      { name: en.methods.ussd.name, href: '/en/smart/top-up/ussd' },
    ])
    expect(open('card', { locale: 'zh', carrier: 'smart' })?.crumbs.map((crumb) => crumb.href)).toEqual([
      routes.home('zh'),
      routes.carrier('zh', 'smart'),
      routes.card('zh', 'smart'),
    ])
    const topic = open('topic', { locale: 'zh-hant', slug: 'which-carrier' })
    expect(topic?.crumbs.map((crumb) => crumb.href)).toEqual([
      '/zh-hant',
      '/zh-hant/topics',
      '/zh-hant/topics/which-carrier',
    ])
    expect(topic?.crumbs.at(-1)?.name).toBe(topic?.topic.title)
  })

  it('gives undefined for params the content makes no page for', () => {
    expect(open('carrier', { locale: 'zh', carrier: 'nope' })).toBeUndefined()
    expect(open('carrier', { locale: 'fr', carrier: 'smart' })).toBeUndefined()
    expect(open('guide', { locale: 'zh', carrier: 'smart', task: 'cancel' })).toBeUndefined()
    expect(open('guide', { locale: 'zh', carrier: 'methods', task: 'top-up' })).toBeUndefined()
    expect(open('guideMethod', { locale: 'zh', carrier: 'smart', task: 'check-data', method: 'store' })).toBeUndefined()
    expect(open('methodHub', { locale: 'en', method: 'fax' })).toBeUndefined()
    expect(open('topic', { locale: 'en', slug: 'missing' })).toBeUndefined()
    const noEnglishGuide = withGuides((guides) => guides.filter((guide) => !isGuide(guide, 'en', 'smart', 'renew')))
    expect(open('guide', { locale: 'en', carrier: 'smart', task: 'renew' }, noEnglishGuide)).toBeUndefined()
  })

  it('gives each page its metadata input: a guide title that names its carrier, a hub that names its tasks', () => {
    const guide = open('guide', { locale: 'zh', carrier: 'smart', task: 'top-up' })
    expect(guide?.meta).toMatchObject({
      title: 'Smart 预付费卡怎么充值',
      image: '/zh/smart/top-up/opengraph-image',
      article: { section: 'Smart · 充值' },
    })
    // A title that leaves the carrier out gets it first; one that names it by an alias, in any case, is kept.
    const retitled = (title: string) =>
      withGuides((guides) => guides.map((item) => (isGuide(item, 'en', 'smart', 'renew') ? { ...item, title } : item)))
    const renew = (from: PageList) =>
      open('guide', { locale: 'en', carrier: 'smart', task: 'renew' }, from)?.meta?.title
    expect(renew(retitled('Keep a prepaid SIM active'))).toBe('Smart · Keep a prepaid SIM active')
    expect(renew(retitled('Keep a SMART prepaid SIM active'))).toBe('Keep a SMART prepaid SIM active')
    const hub = open('carrier', { locale: 'en', carrier: 'smart' })?.meta
    const tasks = (['check-data', 'check-balance', 'top-up', 'renew'] as const).map((task) => en.tasks[task].name)
    expect(hub?.title).toBe(`Smart: ${tasks.join(', ')}`)
    expect(open('feed', { locale: 'en' })?.meta).toBeUndefined()
  })
})

describe('the routes’ API (lib/pages.ts)', () => {
  it('looks a page up from the params Next.js passes, and lists the same pages as static params', async () => {
    const page = await pages.guide.get(Promise.resolve({ locale: 'en', carrier: 'smart', task: 'renew' }))
    expect(page?.guide.title).toBe('How to keep a Smart prepaid SIM active')
    expect(await pages.guide.get({ locale: 'en', carrier: 'smart', task: 'cancel' })).toBeUndefined()
    expect(await pages.guideMethod.params()).toEqual(routeParams(list, 'guideMethod'))
    expect(await pages.home.params()).toEqual(LOCALES.map((locale) => ({ locale })))
  })

  it('gives metadata for a page that exists, and a 404 for one that does not', async () => {
    const meta = await pages.guide.metadata({
      params: Promise.resolve({ locale: 'en', carrier: 'smart', task: 'renew' }),
    })
    expect(meta.alternates?.canonical).toBe('/en/smart/renew')
    expect(meta.alternates?.languages).toMatchObject({ en: '/en/smart/renew', 'x-default': '/zh/smart/renew' })
    await expect(
      pages.guide.metadata({ params: Promise.resolve({ locale: 'en', carrier: 'smart', task: 'cancel' }) }),
    ).rejects.toMatchObject({ digest: expect.stringContaining('404') })
    // An empty card is kept out of search engines by the page list's version, not by the route.
    const linemo = await pages.card.metadata({ params: Promise.resolve({ locale: 'en', carrier: 'linemo' }) })
    expect(linemo.robots).toEqual({ index: false, follow: true })
  })
})

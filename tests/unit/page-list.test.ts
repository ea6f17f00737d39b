import { beforeAll, describe, expect, it } from 'vitest'
import { carrierCard, isEmptyCard } from '../../lib/card'
import { LOCALES } from '../../lib/i18n/locales'
import { findPage, type PageList, pageList, routeParams } from '../../lib/page-list'
import { loadContent } from '../../lib/pipeline/load-content'
import { routes } from '../../lib/routes'
import type { Content } from '../../lib/schema/content'
import { METHODS } from '../../lib/schema/method'
import { TASKS } from '../../lib/schema/task'
import { ROOT, sharedCacheDir } from './helpers'

let content: Content
let list: PageList
beforeAll(async () => {
  content = (await loadContent({ root: ROOT, cacheDir: sharedCacheDir() })).content
  list = pageList(content)
})

const indexable = () => list.pages.flatMap((page) => page.versions.filter((version) => version.indexable !== false))

/** The one page list, on the real content. */
describe('the page list', () => {
  it('lists each guide and each of its methods in exactly the languages it is written in', () => {
    const { guides, carriers, topics } = content
    const paths = list.pages.flatMap((page) => page.versions.map((version) => version.path))
    expect(new Set(paths).size, 'no page twice').toBe(paths.length)
    for (const guide of guides) {
      const page = findPage(list, 'guide', { carrier: guide.carrier, task: guide.task })!
      expect(page.versions.map((version) => version.locale).sort()).toEqual(
        guides
          .filter((other) => other.carrier === guide.carrier && other.task === guide.task)
          .map((other) => other.locale)
          .sort(),
      )
      expect(list.byPath.get(routes.guide(guide.locale, guide.carrier, guide.task))?.anchors).toEqual(
        guide.methods.map((section) => `method-${section.kind}`),
      )
      for (const section of guide.methods)
        expect(paths).toContain(routes.guideMethod(guide.locale, guide.carrier, guide.task, section.kind))
    }
    const methodPages = guides.reduce((sum, guide) => sum + guide.methods.length, 0)
    // Per locale: home, carrier hubs and cards, method and task hubs, topics index, which-SIM, feed, search, saved, offline, manifest; plus the sitemap.
    const perLocale = 1 + 2 * carriers.length + METHODS.length + TASKS.length + 1 + 6
    expect(paths).toHaveLength(LOCALES.length * perLocale + 1 + topics.length + guides.length + methodPages)
  })

  it('keeps feeds, search, saved and offline pages and empty cards out of search engines', () => {
    const paths = indexable().map((version) => version.path)
    for (const locale of LOCALES) {
      for (const path of [
        routes.feed(locale),
        routes.search(locale),
        routes.saved(locale),
        routes.offline(locale),
        routes.manifest(locale),
      ])
        expect(paths).not.toContain(path)
      expect(paths).toContain(routes.home(locale))
      for (const task of TASKS) expect(paths).toContain(routes.taskHub(locale, task))
    }
    const cards = LOCALES.flatMap((locale) =>
      content.carriers
        .filter(
          (carrier) =>
            !isEmptyCard(
              carrierCard(
                carrier,
                content.guides.filter((guide) => guide.locale === locale),
              ),
            ),
        )
        .map((carrier) => routes.card(locale, carrier.id)),
    )
    expect(cards).toContain(routes.card('zh', 'smart'))
    expect(cards).not.toContain(routes.card('en', 'linemo'))
    expect(paths.filter((path) => path.endsWith('/card')).sort()).toEqual(cards.sort())
  })

  it("dates a guide by its own language's `updated`, and the home page by the newest guide", () => {
    for (const guide of content.guides)
      expect(list.byPath.get(routes.guide(guide.locale, guide.carrier, guide.task))?.updated).toBe(guide.updated)
    for (const version of findPage(list, 'home', {})!.versions) {
      const newest = [...content.guides, ...content.topics]
        .filter((item) => item.locale === version.locale)
        .map((item) => item.updated)
        .sort()
        .at(-1)
      expect(version.updated).toBe(newest)
    }
  })

  it('gives generateStaticParams one entry per language version, named like the route folders', () => {
    const params = routeParams(list, 'guideMethod')
    expect(params).toContainEqual({ locale: 'zh', carrier: 'smart', task: 'check-data', method: 'ussd' })
    expect(params).toHaveLength(content.guides.reduce((sum, guide) => sum + guide.methods.length, 0))
    expect(routeParams(list, 'home')).toEqual(LOCALES.map((locale) => ({ locale })))
  })
})

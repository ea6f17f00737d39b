import { describe, expect, it } from 'vitest'
import { carrierCard, isEmptyCard } from '../../lib/card'
import { getContent } from '../../lib/guides'
import { LOCALES } from '../../lib/i18n/locales'
import { routes } from '../../lib/routes'
import { METHODS } from '../../lib/schema/method'
import { TASKS } from '../../lib/schema/task'
import { allSitePages, homePage } from '../../lib/site-pages'

/** The page list behind the sitemap and hreflang, on the real content. */
describe('every indexable page', () => {
  it('lists each guide and each of its methods in exactly the languages it is written in', async () => {
    const [{ guides, carriers, topics }, pages] = await Promise.all([getContent(), allSitePages()])
    const paths = pages.flatMap((page) => page.versions.map((version) => version.path))
    expect(new Set(paths).size, 'no page twice').toBe(paths.length)
    for (const guide of guides) {
      expect(paths).toContain(routes.guide(guide.locale, guide.carrier, guide.task))
      for (const section of guide.methods) expect(paths).toContain(routes.guideMethod(guide.locale, guide.carrier, guide.task, section.kind))
    }
    for (const locale of LOCALES) {
      expect(paths).toContain(routes.home(locale))
      for (const carrier of carriers) expect(paths).toContain(routes.carrier(locale, carrier.id))
      for (const method of METHODS) expect(paths).toContain(routes.methodHub(locale, method))
      for (const task of TASKS) expect(paths).toContain(routes.taskHub(locale, task))
      expect(paths).toContain(routes.topics(locale))
    }
    for (const topic of topics) expect(paths).toContain(routes.topic(topic.locale, topic.slug))
    // Out-of-data cards, where they hold something to dial, text or buy (an empty card is noindex).
    const cards = LOCALES.flatMap((locale) =>
      carriers.filter((carrier) => !isEmptyCard(carrierCard(carrier, guides.filter((guide) => guide.locale === locale)))).map((carrier) => routes.card(locale, carrier.id)),
    )
    expect(cards).toContain(routes.card('zh', 'smart'))
    expect(cards).not.toContain(routes.card('en', 'linemo'))
    for (const card of cards) expect(paths).toContain(card)
    const perLocale = 1 + carriers.length + METHODS.length + TASKS.length + 1 // home, hubs, task hubs, topics index
    expect(paths).toHaveLength(2 * perLocale + cards.length + topics.length + guides.length + guides.reduce((sum, guide) => sum + guide.methods.length, 0))
  })

  it("dates a guide by its own language's `updated`, and the home page by the newest guide", async () => {
    const [{ guides }, pages, home] = await Promise.all([getContent(), allSitePages(), homePage()])
    const versions = pages.flatMap((page) => page.versions)
    for (const guide of guides) {
      expect(versions.find((version) => version.path === routes.guide(guide.locale, guide.carrier, guide.task))?.updated).toBe(guide.updated)
    }
    for (const version of home.versions) {
      expect(version.updated).toBe(guides.filter((guide) => guide.locale === version.locale).map((guide) => guide.updated).sort().at(-1))
    }
  })
})

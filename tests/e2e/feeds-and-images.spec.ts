import { getContent, getGuides } from '../../lib/guides'
import { LANGUAGE_TAG, LOCALES } from '../../lib/i18n/locales'
import { routes } from '../../lib/routes'
import { env } from '../../lib/env'
import { readFacts } from './crawl'
import { expect, test } from './fixtures'

for (const locale of LOCALES) {
  test(`${routes.feed(locale)} is a well-formed Atom feed of the newest ${locale} guides, linked from every page`, async ({
    request,
    page,
  }) => {
    const response = await request.get(routes.feed(locale))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    const feed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        if (doc.querySelector('parsererror')) return undefined
        return {
          lang: doc.documentElement.getAttribute('xml:lang'),
          self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
          entries: [...doc.querySelectorAll('entry')].map((entry) => ({
            title: entry.querySelector('title')?.textContent,
            link: entry.querySelector('link')?.getAttribute('href'),
            updated: entry.querySelector('updated')?.textContent ?? '',
          })),
        }
      },
      await response.text(),
    )
    expect(feed, 'well-formed XML').toBeDefined()
    expect(feed!.lang).toBe(LANGUAGE_TAG[locale])
    expect(feed!.self).toBe(new URL(routes.feed(locale), env.SITE_URL).href)
    const guides = await getGuides(locale)
    expect(feed!.entries).toHaveLength(Math.min(guides.length, 50))
    const dates = feed!.entries.map((entry) => entry.updated)
    expect(dates).toEqual([...dates].sort().reverse())
    for (const entry of feed!.entries) {
      const guide = guides.find(
        (candidate) =>
          new URL(routes.guide(locale, candidate.carrier, candidate.task), env.SITE_URL).href === entry.link,
      )
      expect(guide?.title, entry.link ?? '').toBe(entry.title)
    }
    // The layout advertises the feed on every page.
    const home = await (await request.get(routes.home(locale))).text()
    expect(home).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="${routes.feed(locale)}"`),
    )
  })
}

test('every share image a page points at is a 1200×630 PNG, prerendered', async ({ request, page }) => {
  test.setTimeout(180_000)
  const { guides } = await getContent()
  const paths = [
    ...LOCALES.map((locale) => routes.home(locale)),
    ...guides.map((guide) => routes.guide(guide.locale, guide.carrier, guide.task)),
  ]
  const images = new Set<string>()
  for (const path of paths) {
    const { og } = await readFacts(page, await (await request.get(path)).text())
    expect(og['og:image'], path).toBe(og['twitter:image'])
    images.add(new URL(og['og:image']).pathname)
  }
  expect(images.size).toBe(guides.length + LOCALES.length)
  for (const image of images) {
    const response = await request.get(image, { maxRedirects: 0 })
    expect(response.status(), image).toBe(200)
    expect(response.headers()['content-type'], image).toBe('image/png')
    // Prerendered at build time, not drawn on request: answered from the build's ready responses, whose
    // ETag is a hash of the file (decision 011); an image drawn per request would come from Next.js.
    expect(response.headers().etag, image).toMatch(/^"[\w-]{22}"$/)
    const png = await response.body()
    expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630])
  }
})

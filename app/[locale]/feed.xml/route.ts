import { notFound } from 'next/navigation'
import { atomFeed, recentFirst } from '@/lib/feed'
import { getCarriers, getGuides } from '@/lib/guides'
import { getDictionary, LANGUAGE_TAG } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site-url'
import { pages } from '@/lib/pages'

// Written once per locale at build time, like every page.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = pages.feed.params

/** Recently updated guides in one language, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await pages.feed.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const [guides, carriers] = await Promise.all([getGuides(locale), getCarriers()])
  const entries = guides.map((guide) => {
    const carrier = carriers.find((candidate) => candidate.id === guide.carrier)
    return {
      url: absoluteUrl(routes.guide(locale, guide.carrier, guide.task)),
      title: guide.title,
      summary: guide.summary,
      updated: guide.updated,
      category: { term: guide.carrier, label: carrier?.name[locale] ?? guide.carrier },
    }
  })
  const xml = atomFeed({
    title: t.seo.feedTitle,
    subtitle: t.seo.feedSubtitle,
    language: LANGUAGE_TAG[locale],
    selfUrl: absoluteUrl(routes.feed(locale)),
    homeUrl: absoluteUrl(routes.home(locale)),
    author: t.siteName,
    entries: recentFirst(entries, 50),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}

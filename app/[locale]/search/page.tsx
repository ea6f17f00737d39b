import { LiveSearch } from '@/components/search/live-search'
import { PageBar } from '@/components/layout/page-bar'
import { format, getDictionary, LOCALES } from '@/lib/i18n'
import { searchStrings } from '@/lib/i18n/slices'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { getSearchIndex } from '@/lib/search/get-index'
import { PAGE_SIZE } from '@/lib/search/limits'
import { presentSearch } from '@/lib/search/present'
import { cleanQuery } from '@/lib/search/query'
import { search } from '@/lib/search/search'
import { requireLocale } from '@/lib/route-lookups'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

/** The last page anyone pages to; deeper offsets are clamped, so no request can ask for unbounded work. */
const MAX_PAGE = 50

function readParams(params: SearchParams) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''
  const page = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(first(params.page), 10) || 1))
  return { query: first(params.q), page }
}

export async function generateMetadata({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const { text } = cleanQuery(readParams(await searchParams).query)
  // Result pages are for people, not for search engines' indexes (so not in the sitemap either).
  return pageMetadata({
    locale,
    title: text ? format(t.search.titleFor, { query: text }) : t.search.title,
    description: t.search.description,
    page: { versions: LOCALES.map((other) => ({ locale: other, path: routes.search(other) })) },
    noindex: true,
  })
}

/** Rendered on the server for every request (it reads the query), complete without JavaScript. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const { query, page } = readParams(await searchParams)
  const index = await getSearchIndex(locale)
  const offset = (page - 1) * PAGE_SIZE
  const view = presentSearch(index, search(index, query, { limit: PAGE_SIZE, offset }), offset)
  return (
    <>
      <PageBar
        locale={locale}
        crumbs={[
          { name: t.nav.home, href: routes.home(locale) },
          { name: t.search.title, href: routes.search(locale) },
        ]}
        translations={LOCALES.filter((other) => other !== locale).map((other) => ({
          locale: other,
          href: routes.search(other, view.query),
        }))}
      />
      {/* A fixed heading: the query is in the results count, so typing never reflows what is above the form. */}
      <h1>{t.search.title}</h1>
      <LiveSearch strings={searchStrings(t, locale)} initial={view} page={page} />
    </>
  )
}

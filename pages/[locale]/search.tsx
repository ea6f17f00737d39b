import type { GetServerSideProps } from 'next'
import Head from 'next/head'
import { MetadataTags } from '@/components/head/metadata-tags'
import { PageBar } from '@/components/layout/page-bar'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { LiveSearch } from '@/components/search/live-search'
import { format, getDictionary, isLocale, type Locale, LOCALES } from '@/lib/i18n'
import { searchStrings } from '@/lib/i18n/slices'
import { pageMetadata } from '@/lib/page-list'
import { routes } from '@/lib/routes'
import { getSearchIndex } from '@/lib/search/get-index'
import { PAGE_SIZE } from '@/lib/search/limits'
import { presentSearch, type SearchView } from '@/lib/search/present'
import { search } from '@/lib/search/search'

/**
 * The search page, rendered per request (it reads the query) and complete without JavaScript. It is the one
 * Pages Router page: Next.js renders it with no framework script at all (`unstable_runtimeJS: false`;
 * the `runtime` key is needed for the type check), where an App Router page rendered per request always
 * carries the runtime and its payload. docs/decisions/009-no-framework-javascript.md.
 */
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

type Props = { locale: Locale; view: SearchView; page: number }

/** The last page anyone pages to; deeper offsets are clamped, so no request can ask for unbounded work. */
const MAX_PAGE = 50

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query: searchParams }) => {
  const locale = String(params?.locale)
  if (!isLocale(locale)) return { notFound: true }
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''
  const page = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(first(searchParams.page), 10) || 1))
  const index = await getSearchIndex(locale)
  const offset = (page - 1) * PAGE_SIZE
  const view = presentSearch(index, search(index, first(searchParams.q), { limit: PAGE_SIZE, offset }), offset)
  // Props travel as JSON: fields left undefined are dropped rather than refused.
  return { props: { locale, view: JSON.parse(JSON.stringify(view)) as SearchView, page } }
}

export default function SearchPage({ locale, view, page }: Props) {
  const t = getDictionary(locale)
  // Result pages are for people, not for search engines' indexes (so not in the sitemap either).
  const metadata = pageMetadata({
    locale,
    title: view.query ? format(t.search.titleFor, { query: view.query }) : t.search.title,
    description: t.search.description,
    versions: LOCALES.map((other) => ({ locale: other, path: routes.search(other) })),
    noindex: true,
  })
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <MetadataTags
          metadata={metadata}
          manifest={routes.manifest(locale)}
          feed={{ href: routes.feed(locale), title: t.seo.feedTitle }}
        />
      </Head>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="wrap">
        <PageBar
          t={t}
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
      </main>
      <SiteFooter t={t.footer} />
      <script src="/islands/register-worker.js" defer />
    </>
  )
}

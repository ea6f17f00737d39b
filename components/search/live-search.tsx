import { format } from '@/lib/i18n/format'
import type { SearchStrings } from '@/lib/i18n/slices'
import { MAX_QUERY_LENGTH } from '@/lib/search/limits'
import type { SearchView } from '@/lib/search/present'
import { routes } from '@/lib/routes'
import { ResultList } from './result-list'

/**
 * The search page's form and results, rendered on the server: without JavaScript a plain GET form and the
 * server's results. The live-search island (islands/live-search.ts) makes results follow the typing by
 * fetching this same page for the new query and swapping in its results, so they are rendered in one place.
 */
export function LiveSearch({
  strings: t,
  initial,
  page,
}: {
  strings: SearchStrings
  initial: SearchView
  page: number
}) {
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark; <search> is not in every browser travellers use. */}
      <form
        className="search-page-form"
        role="search"
        action={routes.search(t.locale)}
        method="get"
        aria-label={t.search.title}
        data-live-search=""
      >
        <label htmlFor="search-q">{t.search.label}</label>
        <div className="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={initial.query}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t.search.placeholder}
            enterKeyHint="search"
            autoComplete="off"
          />
          <button type="submit">{t.search.submit}</button>
        </div>
        <p className="muted search-shortened" hidden={!initial.shortened}>
          {format(t.search.shortened, { length: MAX_QUERY_LENGTH })}
        </p>
      </form>
      <div className="search-body" aria-busy="false">
        <ResultList view={initial} strings={t} page={page} />
      </div>
      <script src="/islands/live-search.js" async />
    </>
  )
}

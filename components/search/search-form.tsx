import type { Dictionary, Locale } from '@/lib/i18n'
import { MAX_QUERY_LENGTH } from '@/lib/search/limits'
import { routes } from '@/lib/routes'

/**
 * The header's search box: a plain GET form to /{locale}/search, so it works before (and without) any
 * JavaScript. No script on ordinary pages: as-you-type results live on the search page only.
 */
export function SearchForm({ t, locale }: { t: Dictionary['search']; locale: Locale }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark; <search> is not in every browser travellers use.
    <form className="site-search" role="search" action={routes.search(locale)} method="get" aria-label={t.label}>
      <label className="visually-hidden" htmlFor="site-search-q">
        {t.label}
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.placeholder}
        enterKeyHint="search"
        autoComplete="off"
      />
      <button type="submit">{t.submit}</button>
    </form>
  )
}

import { MethodAction } from '@/components/actions/method-action'
import { format } from '@/lib/i18n/format'
import type { SearchStrings } from '@/lib/i18n/slices'
import type { PageRoute } from '@/lib/page-list'
import type { SearchView } from '@/lib/search/present'
import { routes } from '@/lib/routes'
import { Marked } from './marked'

/**
 * Results as the server renders them and as the live search re-renders them: count, then each page with
 * its kind (guide, topic, card, carrier), its matches marked, and for a guide the matched method's action
 * (the code or number) right in the result.
 */
export function ResultList({ view, strings: t, page }: { view: SearchView; strings: SearchStrings; page: number }) {
  const { locale } = t
  if (!view.query) return <Suggestions view={view} strings={t} intro={t.search.start} />
  if (!view.total)
    return (
      <Suggestions view={view} strings={t} intro={`${format(t.search.none, { query: view.query })} ${t.search.tips}`} />
    )
  const from = view.offset + 1
  const to = view.offset + view.results.length
  return (
    <>
      <p className="search-count" role="status">
        {format(t.search.count, { count: view.total, query: view.query }, locale)}
        {view.total > view.results.length ? format(t.search.range, { from, to }) : null}
      </p>
      {view.corrections.length ? (
        <p className="muted">
          {t.search.didYouMean} {view.corrections.map(([, word]) => word).join(', ')}
        </p>
      ) : null}
      <ol className="search-results" aria-label={t.search.results} start={from}>
        {view.results.map((result) => (
          <li key={result.id} className="search-result">
            <h2>
              <a href={result.href}>
                <Marked parts={result.title} />
              </a>
            </h2>
            <p className="result-meta">
              <span className="result-kind">{kindName(t, result.kind)}</span>
              {[result.carrier, result.task && t.tasks[result.task]]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join('')}
            </p>
            <p className="result-snippet">
              <Marked parts={result.snippet} />
            </p>
            {result.method && result.methodHref ? (
              <div className="result-action">
                <p className="result-method">
                  <a href={result.methodHref}>
                    {format(result.methodMatched ? t.search.matched : t.search.fastest, {
                      method: t.methods[result.method.kind],
                    })}
                  </a>
                </p>
                <MethodAction section={result.method} t={t} locale={locale} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <nav className="search-pages" aria-label={t.search.results}>
        {page > 1 ? (
          <a href={routes.search(locale, view.query, page - 1)} rel="prev">
            {t.search.previous}
          </a>
        ) : null}
        {to < view.total ? (
          <a href={routes.search(locale, view.query, page + 1)} rel="next">
            {t.search.next}
          </a>
        ) : null}
      </nav>
    </>
  )
}

/** What kind of page a result is (guide, topic, card, carrier), named in the reader's language. */
function kindName(t: SearchStrings, kind: PageRoute): string {
  const names: Partial<Record<PageRoute, string>> = t.search.kind
  return names[kind] ?? names.guide ?? ''
}

function Suggestions({ view, strings: t, intro }: { view: SearchView; strings: SearchStrings; intro: string }) {
  const { locale } = t
  return (
    <div className="search-empty">
      <p className="search-count" role="status">
        {intro}
      </p>
      <h2>{t.search.examples}</h2>
      <ul className="inline-list">
        {view.suggestions.map((suggestion) => (
          <li key={suggestion}>
            <a href={routes.search(locale, suggestion)}>{suggestion}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { format } from '@/lib/i18n/format'
import type { SearchStrings } from '@/lib/i18n/slices'
import { MAX_QUERY_LENGTH } from '@/lib/search/limits'
import type { SearchView } from '@/lib/search/present'
import { routes } from '@/lib/routes'
import { ResultList } from './result-list'

/** Long enough to skip most keystrokes while typing, short enough to feel immediate. */
const DEBOUNCE_MS = 250

/**
 * The search page's form and results. Without JavaScript it is a plain GET form and the server's results.
 * With JavaScript, results follow the typing: debounced, fetched as JSON (only the results, a few KB),
 * the previous results stay in place until the new ones arrive (no flash, no jump), and the address
 * follows the query so reload, back and share keep working.
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
  const { locale } = t
  const [query, setQuery] = useState(initial.query)
  const [view, setView] = useState(initial)
  const [shownPage, setShownPage] = useState(page)
  const [busy, setBusy] = useState(false)
  const searched = useRef(initial.query)
  const controller = useRef<AbortController | null>(null)

  // The results count (role=status) is what assistive technology announces when results change.
  const run = async (value: string) => {
    const trimmed = value.trim()
    if (trimmed === searched.current) return
    searched.current = trimmed
    controller.current?.abort()
    const current = new AbortController()
    controller.current = current
    setBusy(true)
    try {
      const response = await fetch(routes.searchApi(locale, trimmed), { signal: current.signal })
      if (!response.ok) throw new Error(`search answered ${response.status}`)
      const next = (await response.json()) as SearchView
      setView(next)
      setShownPage(1)
      window.history.replaceState(window.history.state, '', routes.search(locale, trimmed))
      document.title = `${trimmed ? format(t.search.titleFor, { query: next.query }) : t.search.title} | ${t.siteName}`
    } catch (error) {
      // Aborted by newer typing; or offline: the form still submits the ordinary way.
      if ((error as Error).name !== 'AbortError') searched.current = ''
    } finally {
      if (controller.current === current) setBusy(false)
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` reads only refs and stable values; re-running on each render would reset the debounce.
  useEffect(() => {
    const timer = setTimeout(() => void run(query), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(query)
  }

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark; <search> is not in every browser travellers use. */}
      <form
        className="search-page-form"
        role="search"
        action={routes.search(locale)}
        method="get"
        onSubmit={submit}
        aria-label={t.search.title}
      >
        <label htmlFor="search-q">{t.search.label}</label>
        <div className="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t.search.placeholder}
            enterKeyHint="search"
            autoComplete="off"
          />
          <button type="submit">{t.search.submit}</button>
        </div>
        {view.shortened ? <p className="muted">{format(t.search.shortened, { length: MAX_QUERY_LENGTH })}</p> : null}
      </form>
      <div className="search-body" aria-busy={busy}>
        <ResultList view={view} strings={t} page={shownPage} />
      </div>
    </>
  )
}

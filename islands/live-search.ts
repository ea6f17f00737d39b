/**
 * Results as you type on the search page (components/search/live-search.tsx). Debounced; it fetches the
 * search page itself for the new query, as the server renders it, and swaps in its results and notes, so
 * results are rendered in one place. The previous results stay until the new ones arrive (no flash, no
 * jump), the address follows the query so reload, back and share keep working, and without JavaScript, or
 * when a fetch fails, the form submits the ordinary way.
 */
import { onReady } from './lib/dom'

/** Long enough to skip most keystrokes while typing, short enough to feel immediate. */
const DEBOUNCE_MS = 250

onReady(() => {
  const form = document.querySelector<HTMLFormElement>('form[data-live-search]')
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
  const body = document.querySelector<HTMLElement>('.search-body')
  if (form && input && body) enhance(form, input, body)
})

function enhance(form: HTMLFormElement, input: HTMLInputElement, body: HTMLElement) {
  let searched = input.value.trim()
  let timer = 0
  let controller: AbortController | undefined

  const run = async () => {
    const query = input.value.trim()
    if (query === searched) return
    searched = query
    controller?.abort()
    const current = new AbortController()
    controller = current
    body.setAttribute('aria-busy', 'true')
    const url = new URL(form.action)
    if (query) url.searchParams.set('q', query)
    try {
      const response = await fetch(url, { signal: current.signal })
      if (!response.ok) throw new Error(`search answered ${response.status}`)
      const next = new DOMParser().parseFromString(await response.text(), 'text/html')
      const results = next.querySelector('.search-body')
      if (!results) throw new Error('no results in the answer')
      body.replaceChildren(...results.childNodes)
      const shortened = next.querySelector<HTMLElement>('.search-shortened')
      const shown = form.querySelector<HTMLElement>('.search-shortened')
      if (shortened && shown) shown.hidden = shortened.hidden
      window.history.replaceState(window.history.state, '', url.pathname + url.search)
      document.title = next.title
      // The copy island adds buttons to the codes in the new results.
      document.dispatchEvent(new Event('islands:content'))
    } catch (error) {
      // Aborted by newer typing; or offline: the form still submits the ordinary way.
      if ((error as Error).name !== 'AbortError') searched = ''
    } finally {
      if (controller === current) body.setAttribute('aria-busy', 'false')
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = window.setTimeout(run, DEBOUNCE_MS)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void run()
  })
}

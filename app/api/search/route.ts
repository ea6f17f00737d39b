import { gzipSync } from 'node:zlib'
import { isLocale } from '@/lib/i18n'
import { getSearchIndex } from '@/lib/search/get-index'
import { PAGE_SIZE } from '@/lib/search/limits'
import { presentSearch } from '@/lib/search/present'
import { search } from '@/lib/search/search'

/**
 * `GET /api/search?locale=zh&q=…`: the first page of results as JSON, for the search page's as-you-type
 * updates. The same view the page renders on the server, so both show the same thing.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = params.get('locale') ?? ''
  if (!isLocale(locale)) return Response.json({ error: 'unknown locale' }, { status: 400 })
  const index = await getSearchIndex(locale)
  const body = JSON.stringify(presentSearch(index, search(index, params.get('q') ?? '', { limit: PAGE_SIZE })))
  // Results change only with a new deployment; a short browser cache makes retyping free.
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Encoding' }
  // `next start` compresses pages but not route handlers: a result page is ~6 KB of JSON, ~2 KB gzipped,
  // and every keystroke's request counts on a roaming connection.
  if (!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return new Response(body, { headers })
  return new Response(gzipSync(body), { headers: { ...headers, 'Content-Encoding': 'gzip' } })
}

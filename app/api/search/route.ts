import { isLocale } from '@/lib/i18n'
import { getSearchIndex } from '@/lib/search/get-index'
import { PAGE_SIZE } from '@/lib/search/limits'
import { presentSearch } from '@/lib/search/present'
import { search } from '@/lib/search/search'

/**
 * `GET /api/search?locale=zh&q=…`: the first page of results as JSON, for the search page's as-you-type
 * updates. The same view the page renders on the server, so both show the same thing.
 *
 * Not compressed: `next start` compresses pages but not route handlers, and drops a Content-Encoding
 * header a handler sets itself (vercel/next.js#98007). A CDN or reverse proxy in front compresses it
 * (~6 KB → ~2 KB for a full page of results).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = params.get('locale') ?? ''
  if (!isLocale(locale)) return Response.json({ error: 'unknown locale' }, { status: 400 })
  const index = await getSearchIndex(locale)
  const view = presentSearch(index, search(index, params.get('q') ?? '', { limit: PAGE_SIZE }))
  // Results change only with a new deployment; a short browser cache makes retyping free.
  return Response.json(view, { headers: { 'Cache-Control': 'public, max-age=300' } })
}

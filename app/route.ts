import { bestLocale } from '@/lib/i18n/negotiate'
import { routes } from '@/lib/routes'

export const dynamic = 'force-dynamic'

/** `/` sends a visitor to the best locale for their browser's Accept-Language. */
export function GET(request: Request) {
  const locale = bestLocale(request.headers.get('accept-language') ?? '')
  return new Response(null, {
    status: 307,
    headers: { Location: routes.home(locale), Vary: 'Accept-Language', 'Cache-Control': 'private, max-age=0' },
  })
}

import { randomUUID } from 'node:crypto'
import { isLocale, type Locale } from '@/lib/i18n'
import { bestLocale } from '@/lib/i18n/negotiate'
import { feedbackConfig } from '@/lib/feedback/config'
import { serverStore } from '@/lib/feedback/db.server'
import { limiterFor } from '@/lib/feedback/limiter.server'
import { checkContentType, checkOrigin, clientAddress, readLimited } from '@/lib/feedback/request-checks'
import { answer, returnTo } from '@/lib/feedback/responses'
import { sourceOf } from '@/lib/feedback/sources.server'
import { insertReport } from '@/lib/feedback/store'
import { isFeedbackTarget } from '@/lib/feedback/targets'
import { BODY_MAX_BYTES, parseSubmission, typedFields } from '@/lib/feedback/submission'

/**
 * `POST /api/feedback`: one "did this work?" answer, the site's only write (server/request-guard.mjs lets
 * POST through here and nowhere else). Checks run cheapest first; nothing is written unless all pass.
 */
export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false
  const navigated = request.headers.get('sec-fetch-mode') === 'navigate'
  let locale: Locale = bestLocale(request.headers.get('accept-language') ?? '')
  const refused = checkOrigin(request.headers) ?? checkContentType(request.headers)
  if (refused) return answer(refused.problem, { locale, wantsJson })
  const body = await readLimited(request, BODY_MAX_BYTES)
  if (typeof body !== 'string') return answer(body.problem, { locale, wantsJson, navigated })
  const query = new URL(request.url).search
  const claimed = new URLSearchParams(query).get('locale') ?? new URLSearchParams(body).get('locale') ?? ''
  if (isLocale(claimed)) locale = claimed
  // What the traveller typed, given back with a refusal so that nothing is lost.
  const typed = typedFields(query, body)
  const parsed = parseSubmission(query, body)
  if (!parsed.ok) return answer(parsed.field === 'note' ? 'note' : 'invalid', { locale, wantsJson, navigated, typed })
  const report = parsed.value
  if (!(await isFeedbackTarget(report))) return answer('unknown', { locale, wantsJson, navigated, typed })
  // A plain post (no script) has no token yet: one is made here and kept in a refusal's form, so that
  // retrying a report answered 503 (though it may have been stored) counts it once.
  const token = report.token ?? randomUUID()
  const kept = { locale, wantsJson, navigated, typed: { ...typed, token }, back: returnTo(report) }
  try {
    const store = await serverStore()
    const source = await sourceOf(store.db, clientAddress(request.headers))
    const config = feedbackConfig()
    const limiter = limiterFor(store, config)
    if (!(await limiter.allow(source, `${report.carrier}/${report.task}/${report.method}`)))
      return answer('limit', kept)
    await insertReport(store.db, report, { source, token })
  } catch (error) {
    console.error(`feedback: could not save a report: ${error instanceof Error ? error.message : error}`)
    return answer('down', kept)
  }
  return answer('saved', kept)
}

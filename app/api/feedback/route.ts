import { isLocale, type Locale } from '@/lib/i18n'
import { bestLocale } from '@/lib/i18n/negotiate'
import { feedbackConfig } from '@/lib/feedback/config'
import { serverStore } from '@/lib/feedback/db.server'
import { RateLimiter } from '@/lib/feedback/rate-limit.server'
import { checkContentType, checkOrigin, clientAddress, readLimited } from '@/lib/feedback/request-checks'
import { answer, returnTo } from '@/lib/feedback/responses'
import { insertReport } from '@/lib/feedback/store'
import { isFeedbackTarget } from '@/lib/feedback/targets'
import { BODY_MAX_BYTES, parseSubmission } from '@/lib/feedback/submission'

/**
 * `POST /api/feedback`: one "did this work?" answer, the site's only write (server/request-guard.mjs lets
 * POST through here and nowhere else). Checks run cheapest first; nothing is written unless all pass.
 */
export const dynamic = 'force-dynamic'

const limiter = new RateLimiter(feedbackConfig().FEEDBACK_LIMIT_PER_HOUR, feedbackConfig().FEEDBACK_LIMIT_PER_PAGE)

export async function POST(request: Request) {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false
  let locale: Locale = bestLocale(request.headers.get('accept-language') ?? '')
  const refused = checkOrigin(request.headers) ?? checkContentType(request.headers)
  if (refused) return answer(refused.problem, locale, wantsJson)
  const body = await readLimited(request, BODY_MAX_BYTES)
  if (typeof body !== 'string') return answer(body.problem, locale, wantsJson)
  const query = new URL(request.url).search
  const claimed = new URLSearchParams(query).get('locale') ?? new URLSearchParams(body).get('locale') ?? ''
  if (isLocale(claimed)) locale = claimed
  const parsed = parseSubmission(query, body)
  if (!parsed.ok) return answer('invalid', locale, wantsJson)
  const report = parsed.value
  if (!(await isFeedbackTarget(report))) return answer('unknown', locale, wantsJson)
  const back = returnTo(report)
  if (!limiter.allow(clientAddress(request.headers), `${report.carrier}/${report.task}/${report.method}`))
    return answer('limit', locale, wantsJson, back)
  try {
    const { db } = await serverStore()
    await insertReport(db, report)
  } catch (error) {
    console.error(`feedback: could not save a report: ${error instanceof Error ? error.message : error}`)
    return answer('down', locale, wantsJson, back)
  }
  return answer('saved', locale, wantsJson, back)
}

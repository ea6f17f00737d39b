import { getDictionary, LANGUAGE_TAG, type Locale } from '../i18n'
import { routes } from '../routes'
import type { Problem } from './request-checks'
import type { Submission, TypedFields } from './submission'

/** The page the form was on, and the anchor there that shows the thank-you (CSS `:target`, no script). */
export function returnTo(report: Pick<Submission, 'locale' | 'carrier' | 'task' | 'method' | 'from'>): string {
  const page =
    report.from === 'method'
      ? routes.guideMethod(report.locale, report.carrier, report.task, report.method)
      : routes.guide(report.locale, report.carrier, report.task)
  return `${page}#${feedbackIds(report.method).thanks}`
}

/** Where a method's form posts: the endpoint, with what the report is about in the query. */
export const feedbackAction = (about: Pick<Submission, 'locale' | 'carrier' | 'task' | 'method' | 'from'>) =>
  `/api/feedback?${new URLSearchParams({ locale: about.locale, carrier: about.carrier, task: about.task, method: about.method, from: about.from })}`

/** Element ids of one method's form, unique on a guide page that has several. */
export const feedbackIds = (method: string) => ({
  question: `fb-${method}-q`,
  thanks: `fb-${method}-thanks`,
  hint: `fb-${method}-hint`,
  no: `fb-${method}-no`,
})

export type Outcome = Problem | 'down' | 'saved'

const STATUS: Record<Outcome, number> = {
  origin: 403,
  type: 415,
  size: 413,
  invalid: 400,
  note: 400,
  unknown: 404,
  limit: 429,
  down: 503,
  saved: 200,
}

export const statusOf = (outcome: Outcome) => STATUS[outcome]
export const isOutcome = (value: string): value is Outcome => value in STATUS

export interface AnswerContext {
  locale: Locale
  /** The island asks for JSON (`Accept: application/json`) and shows the message in place. */
  wantsJson: boolean
  /** A browser's own form post (`Sec-Fetch-Mode: navigate`): a refusal is shown in the site's layout. */
  navigated?: boolean
  /** What the traveller typed, given back in the refusal's form. */
  typed?: TypedFields
  /** The page the report came from. */
  back?: string
}

/**
 * The answer to the form. The island gets JSON. A plain form post gets a 303 back to the page on success;
 * refused, a browser is sent (303) to the answer page (pages/[locale]/feedback.tsx), which says why in
 * the site's layout and language with the status of the refusal, and gives the form back as it was
 * filled in; any other client gets a small page with that status.
 */
export function answer(outcome: Outcome, context: AnswerContext): Response {
  const { locale, wantsJson, back } = context
  const t = getDictionary(locale).feedback
  const message = outcome === 'saved' ? t.saved : t.errors[outcome]
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (outcome === 'limit') headers['Retry-After'] = '3600'
  if (outcome === 'down') headers['Retry-After'] = '60'
  if (wantsJson) return Response.json({ ok: outcome === 'saved', message }, { status: STATUS[outcome], headers })
  if (outcome === 'saved' && back) return new Response(null, { status: 303, headers: { ...headers, Location: back } })
  if (context.navigated && outcome !== 'saved') {
    const fields = Object.entries({ ...context.typed, problem: outcome }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    )
    const location = `${routes.feedbackAnswer(locale)}?${new URLSearchParams(fields)}`
    return new Response(null, { status: 303, headers: { ...headers, Location: location } })
  }
  const link = back ? `<p><a href="${escapeHtml(back.split('#')[0])}">${escapeHtml(t.back)}</a></p>` : ''
  const html = `<!doctype html><html lang="${LANGUAGE_TAG[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.errorTitle)}</title></head><body><main><h1>${escapeHtml(t.errorTitle)}</h1><p>${escapeHtml(message)}</p>${link}</main></body></html>`
  return new Response(html, {
    status: STATUS[outcome],
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

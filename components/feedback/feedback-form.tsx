import { getDictionary, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import { feedbackAction, feedbackIds } from '@/lib/feedback/responses'
import type { MethodKind } from '@/lib/schema/method'
import type { Task } from '@/lib/schema/task'
import { FeedbackDetails } from './feedback-details'

type Props = { locale: Locale; carrier: string; task: Task; method: MethodKind; from: 'guide' | 'method' }

/** The island that sends the form in place (islands/feedback.ts, built by scripts/build-islands.mjs). */
export const FEEDBACK_ISLAND = '/islands/feedback.js'

/**
 * "Did this work?" for one method, a plain form that works without JavaScript: it posts, and the server
 * redirects back to `#fb-<method>-thanks`, which CSS (`:target`) shows over the form. What the report is
 * about rides in the action's query. On a guide (up to six methods) it is one line: "Yes" sends at once,
 * "No" opens the method's own page at its full form (`#fb-<method>-no`) to say what went wrong; the
 * method page carries that full form. The island only sends it in place; one script per page.
 */
export function FeedbackForm({ locale, carrier, task, method, from }: Props) {
  const t = getDictionary(locale).feedback
  const ids = feedbackIds(method)
  const action = feedbackAction({ locale, carrier, task, method, from })
  return (
    <div className="feedback">
      {from === 'guide' ? (
        <form method="post" action={action} className="fb fb-line" data-feedback="">
          <span id={ids.question}>{t.question}</span>{' '}
          <button type="submit" name="worked" value="yes" aria-describedby={ids.question}>
            {t.yes}
          </button>{' '}
          <a href={`${routes.guideMethod(locale, carrier, task, method)}#${ids.no}`} aria-describedby={ids.question}>
            {t.no}
          </a>{' '}
          <span className="fb-status" role="status" />
        </form>
      ) : (
        <FeedbackDetails locale={locale} method={method} action={action} />
      )}
      <p className="fb-thanks" id={ids.thanks} tabIndex={-1}>
        {t.thanks}
      </p>
      <script src={FEEDBACK_ISLAND} async />
    </div>
  )
}

import type { Dictionary, Locale } from '@/lib/i18n'
import { feedbackAction, feedbackIds } from '@/lib/feedback/responses'
import type { MethodKind } from '@/lib/schema/method'
import type { Task } from '@/lib/schema/task'
import { FeedbackDetails, OtherMethods, WhatWentWrong } from './feedback-details'

type Props = {
  t: Dictionary['feedback']
  locale: Locale
  carrier: string
  task: Task
  method: MethodKind
  from: 'guide' | 'method'
  /** The other methods for the same task (their section on a guide, their page from a method page). */
  others: Array<{ name: string; href: string }>
}

/** The island that sends the form in place (islands/feedback.ts, built by scripts/build-islands.mjs). */
export const FEEDBACK_ISLAND = '/islands/feedback.js'

/**
 * "Did this work?" for one method, a plain form that works without JavaScript: it posts, and the server
 * redirects back to `#fb-<method>-thanks`, which CSS (`:target`) shows over the form. What the report is
 * about rides in the action's query. On a guide it is one line: "Yes" sends at once; "No" is a
 * `<details>` that opens in place with what went wrong, a note, "Send" and the other methods for the
 * task (no country: six forms on one page stay light). The method page carries the full form. The
 * island only sends it in place (and sets the token that makes a retry count once); one script per page.
 */
export function FeedbackForm({ t, locale, carrier, task, method, from, others }: Props) {
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
          <details className="fb-more" id={ids.no}>
            <summary aria-describedby={ids.question}>{t.no}</summary>
            <WhatWentWrong t={t} method={method} />
            <p className="fb-send">
              <button type="submit" name="worked" value="no">
                {t.send}
              </button>
            </p>
            <OtherMethods t={t} others={others} />
          </details>
          <input type="hidden" name="token" defaultValue="" />
          <span className="fb-status" role="status" />
        </form>
      ) : (
        <FeedbackDetails t={t} locale={locale} method={method} action={action} others={others} />
      )}
      <p className="fb-thanks" id={ids.thanks} tabIndex={-1}>
        {t.thanks}
      </p>
      <script src={FEEDBACK_ISLAND} async />
    </div>
  )
}

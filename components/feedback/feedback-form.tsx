import { countryName, getDictionary, type Locale } from '@/lib/i18n'
import { feedbackIds } from '@/lib/feedback/responses'
import { COUNTRIES, NOTE_MAX, REASONS } from '@/lib/feedback/submission'
import type { MethodKind } from '@/lib/schema/method'
import type { Task } from '@/lib/schema/task'

type Props = { locale: Locale; carrier: string; task: Task; method: MethodKind; from: 'guide' | 'method' }

/** Where the form posts and the island that sends it in place (built by scripts/build-islands.mjs). */
export const FEEDBACK_ENDPOINT = '/api/feedback'
export const FEEDBACK_ISLAND = '/islands/feedback.js'

/**
 * "Did this work?" for one method: a plain form that posts and is answered with a redirect back to
 * `#fb-<method>-thanks`, which CSS (`:target`) shows in place of the form, so it works without JavaScript.
 * The reasons and the note appear once "No" is chosen (CSS `:has`); browsers without `:has` show them all.
 * The island (islands/feedback.ts) only sends it in place; one script per page, however many forms.
 */
export function FeedbackForm({ locale, carrier, task, method, from }: Props) {
  const t = getDictionary(locale).feedback
  const ids = feedbackIds(method)
  return (
    <div className="feedback">
      <form method="post" action={FEEDBACK_ENDPOINT} className="fb" data-feedback="">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="carrier" value={carrier} />
        <input type="hidden" name="task" value={task} />
        <input type="hidden" name="method" value={method} />
        <input type="hidden" name="from" value={from} />
        <fieldset className="fb-q">
          <legend id={ids.question}>{t.question}</legend>
          <label><input type="radio" name="worked" value="yes" required /> {t.yes}</label>
          <label><input type="radio" name="worked" value="no" /> {t.no}</label>
        </fieldset>
        <fieldset className="fb-no">
          <legend>{t.why}</legend>
          {REASONS.map((reason) => (
            <label key={reason}><input type="radio" name="reason" value={reason} /> {t.reasons[reason]}</label>
          ))}
        </fieldset>
        <label className="fb-no">
          {t.note}
          <textarea name="note" maxLength={NOTE_MAX} rows={2} aria-describedby={ids.hint} />
        </label>
        <p className="fb-no fb-hint" id={ids.hint}>{t.noteHint}</p>
        <label className="fb-any">
          {t.country}{' '}
          <select name="country">
            <option value="">{t.countryNone}</option>
            {COUNTRIES.map((code) => (
              <option key={code} value={code}>{countryName(code, locale)}</option>
            ))}
          </select>
        </label>
        <p className="fb-send">
          <button type="submit">{t.send}</button> <span className="fb-status" role="status" />
        </p>
      </form>
      <p className="fb-thanks" id={ids.thanks} tabIndex={-1}>{t.thanks}</p>
      <script src={FEEDBACK_ISLAND} async />
    </div>
  )
}

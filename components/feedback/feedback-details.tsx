import { countryName, getDictionary, type Locale } from '@/lib/i18n'
import { feedbackIds } from '@/lib/feedback/responses'
import { COUNTRIES, NOTE_MAX, REASONS } from '@/lib/feedback/submission'

/**
 * The full "did this work?" form of a method page: Yes / No, then (after No, by CSS `:has`, or when opened
 * from a guide's "No" at `#fb-<method>-no`, by `:target`) what went wrong and a note; the country once
 * either is chosen. Browsers without `:has` show every field.
 */
export function FeedbackDetails({ locale, method, action }: { locale: Locale; method: string; action: string }) {
  const t = getDictionary(locale).feedback
  const ids = feedbackIds(method)
  return (
    <form method="post" action={action} className="fb" id={ids.no} data-feedback="">
      <fieldset className="fb-q">
        <legend id={ids.question}>{t.question}</legend>
        <label>
          <input type="radio" name="worked" value="yes" required /> {t.yes}
        </label>
        <label>
          <input type="radio" name="worked" value="no" /> {t.no}
        </label>
      </fieldset>
      <fieldset className="fb-no">
        <legend>{t.why}</legend>
        {REASONS.map((reason) => (
          <label key={reason}>
            <input type="radio" name="reason" value={reason} /> {t.reasons[reason]}
          </label>
        ))}
      </fieldset>
      <label className="fb-no">
        {t.note}
        <textarea name="note" maxLength={NOTE_MAX} rows={2} aria-describedby={ids.hint} />
      </label>
      <p className="fb-no fb-hint" id={ids.hint}>
        {t.noteHint}
      </p>
      <label className="fb-any">
        {t.country}{' '}
        <select name="country">
          <option value="">{t.countryNone}</option>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
        </select>
      </label>
      <p className="fb-send">
        <button type="submit">{t.send}</button> <span className="fb-status" role="status" />
      </p>
    </form>
  )
}

import { countryName, type Dictionary, type Locale } from '@/lib/i18n'
import { feedbackIds } from '@/lib/feedback/responses'
import { COUNTRIES, NOTE_MAX, REASONS, type TypedFields } from '@/lib/feedback/submission'

type Strings = Dictionary['feedback']

/** What went wrong and a note: the fields after "No", on a guide's line and in the full form. */
export function WhatWentWrong({ t, method, filled }: { t: Strings; method: string; filled?: TypedFields }) {
  const ids = feedbackIds(method)
  return (
    <>
      <fieldset className="fb-no">
        <legend>{t.why}</legend>
        {REASONS.map((reason) => (
          <label key={reason}>
            <input type="radio" name="reason" value={reason} defaultChecked={filled?.reason === reason} />{' '}
            {t.reasons[reason]}
          </label>
        ))}
      </fieldset>
      <label className="fb-no">
        {t.note}
        <textarea name="note" maxLength={NOTE_MAX} rows={2} aria-describedby={ids.hint} defaultValue={filled?.note} />
      </label>
      <p className="fb-no fb-hint" id={ids.hint}>
        {t.noteHint}
      </p>
    </>
  )
}

/** Links to the other methods for the same task, offered once a traveller says one did not work. */
export function OtherMethods({ t, others }: { t: Strings; others: Array<{ name: string; href: string }> }) {
  if (!others.length) return null
  return (
    <p className="fb-no fb-others">
      {t.otherMethods}{' '}
      {others.map((other, index) => (
        <span key={other.href}>
          {index ? ' · ' : ''}
          <a href={other.href}>{other.name}</a>
        </span>
      ))}
    </p>
  )
}

/**
 * The full "did this work?" form of a method page (and of the answer page after a refusal, filled in as
 * it was sent): Yes / No, then (after No, by CSS `:has`, or at `#fb-<method>-no` by `:target`) what went
 * wrong, a note and the other methods; the country once either is chosen. Browsers without `:has` show
 * every field. The token makes a retry count once (the island or the server sets it).
 */
export function FeedbackDetails({
  t,
  locale,
  method,
  action,
  others = [],
  filled,
}: {
  t: Strings
  locale: Locale
  method: string
  action: string
  others?: Array<{ name: string; href: string }>
  filled?: TypedFields
}) {
  const ids = feedbackIds(method)
  return (
    <form method="post" action={action} className="fb" id={ids.no} data-feedback="">
      <fieldset className="fb-q">
        <legend id={ids.question}>{t.question}</legend>
        <label>
          <input type="radio" name="worked" value="yes" required defaultChecked={filled?.worked === 'yes'} /> {t.yes}
        </label>
        <label>
          <input type="radio" name="worked" value="no" defaultChecked={filled?.worked === 'no'} /> {t.no}
        </label>
      </fieldset>
      <WhatWentWrong t={t} method={method} filled={filled} />
      <label className="fb-any">
        {t.country}{' '}
        <select name="country" defaultValue={filled?.country ?? ''}>
          <option value="">{t.countryNone}</option>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
        </select>
      </label>
      <input type="hidden" name="token" defaultValue={filled?.token ?? ''} />
      <p className="fb-send">
        <button type="submit">{t.send}</button> <span className="fb-status" role="status" />
      </p>
      <OtherMethods t={t} others={others} />
    </form>
  )
}

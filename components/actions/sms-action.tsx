import { getDictionary, type Locale } from '@/lib/i18n'
import { hasPlaceholder, smsHref } from '@/lib/links'
import { Copyable } from './copyable'
import { Facts } from './facts'

/**
 * A text message: an `sms:` link that opens the messages app with the number and text filled in
 * (RFC 5724 `?body=`), and the number and text shown to copy for phones where the link does not prefill.
 */
export function SmsAction({ to, body, locale }: { to: string; body: string; locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <div className="action sms">
      <Facts items={[[t.traveller.smsTo, <span key="to" className="sms-to">{to}</span>]]} />
      <p className="sms-label">{t.traveller.smsText}</p>
      <Copyable text={body} t={t} className="sms-body" />
      {hasPlaceholder(body) ? <p className="hint">{t.traveller.placeholderHint}</p> : null}
      <a className="button" href={smsHref(to, body)}>{t.action.sendSms}</a>
    </div>
  )
}

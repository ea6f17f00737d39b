import type { Locale } from '@/lib/i18n'
import type { ActionStrings } from '@/lib/i18n/slices'
import { hasPlaceholder, smsHref } from '@/lib/links'
import type { MethodOf, SmsRoute } from '@/lib/schema/method'
import { Badges } from './badges'
import { Copyable } from './copyable'
import { Facts } from './facts'

/** Every text of an SMS section, each with its own label, sender, price and conditions; the placeholder hint once. */
export function SmsAction({
  section,
  t,
  locale,
  hints = true,
}: {
  section: MethodOf<'sms'>
  t: ActionStrings
  locale: Locale
  hints?: boolean
}) {
  return (
    <div className="action">
      {hints && section.messages.some((message) => hasPlaceholder(message.body)) ? (
        <p className="hint">{t.action.placeholderHint}</p>
      ) : null}
      {section.messages.map((message) => (
        <SmsMessage key={`${message.to} ${message.body}`} message={message} t={t} locale={locale} />
      ))}
    </div>
  )
}

/**
 * One text message: an `sms:` link that opens the messages app with the number and text filled in
 * (RFC 5724 `?body=`), and the number and text shown to copy for phones where the link does not prefill.
 * A text a friend sends for you (Pasaload) gets no link: sent from the traveller's own SIM it would do
 * something else. It says who sends it, and its badges are this message's own.
 */
export function SmsMessage({ message, t, locale }: { message: SmsRoute; t: ActionStrings; locale: Locale }) {
  return (
    <div className="sub-action sms">
      {message.label ? <p className="sub-label">{message.label}</p> : null}
      {message.sender === 'friend' ? <p className="hint">{t.reach.friendSends}</p> : null}
      <Facts
        items={[
          [
            t.action.smsTo,
            <span key="to" className="sms-to">
              {message.to}
            </span>,
          ],
        ]}
      />
      <p className="sms-label">{t.action.smsText}</p>
      <Copyable text={message.body} t={t.copyButton} className="sms-body" />
      {message.sender === 'you' ? (
        <a className="button" href={smsHref(message.to, message.body)}>
          {t.action.sendSms}
        </a>
      ) : null}
      <Badges section={message} t={t} locale={locale} network />
    </div>
  )
}

import { getDictionary, type Locale } from '@/lib/i18n'
import type { MethodOf } from '@/lib/schema/method'
import { Dial } from './dial'
import { Facts } from './facts'
import { SmsAction } from './sms-action'

/** A top-up card: the card's name, the number to call to load its PIN and/or the SMS that loads it, where to buy it. */
export function VoucherAction({ section, locale, hints }: { section: MethodOf<'voucher'>; locale: Locale; hints?: boolean }) {
  const t = getDictionary(locale)
  return (
    <div className="action">
      <p className="action-name">{section.name}</p>
      <Facts items={[[t.action.where, section.where]]} />
      {section.dial ? (
        <div className="sub-action">
          <p className="sub-label">{t.action.voucherDial}</p>
          <Dial number={section.dial} t={t} hints={hints} />
        </div>
      ) : null}
      {section.sms ? (
        <div className="sub-action">
          <p className="sub-label">{t.action.voucherSms}</p>
          <SmsAction to={section.sms.to} body={section.sms.body} locale={locale} />
        </div>
      ) : null}
    </div>
  )
}

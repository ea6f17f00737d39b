import type { Locale } from '@/lib/i18n'
import { displayHost } from '@/lib/links'
import type { MethodOf } from '@/lib/schema/method'
import { SmsAction } from './sms-action'

/** Another seller or a transfer from a friend: its name or site, and the SMS it takes when there is one. */
export function ThirdPartyAction({ section, locale }: { section: MethodOf<'third-party'>; locale: Locale }) {
  return (
    <div className="action">
      {section.url ? (
        <>
          <a className="button" href={section.url} rel="noopener">{section.name}</a>
          <p className="site-host">{displayHost(section.url)}</p>
        </>
      ) : (
        <p className="action-name">{section.name}</p>
      )}
      {section.sms ? <SmsAction to={section.sms.to} body={section.sms.body} locale={locale} /> : null}
    </div>
  )
}

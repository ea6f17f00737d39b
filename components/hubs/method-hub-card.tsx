import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { SharedActionBody, sharedActionKey } from './shared-action'
import type { SharedAction } from '@/lib/hubs'
import type { Locale } from '@/lib/i18n'
import type { HubStrings } from '@/lib/i18n/slices'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'

/**
 * One carrier on a method hub: each distinct action of that method (a code, a number, a site) with
 * the tasks it serves, plus, on the hotline hub, the carrier's other contact numbers.
 */
export function MethodHubCard({
  t,
  locale,
  carrier,
  actions,
  contacts = [],
}: {
  t: HubStrings
  locale: Locale
  carrier: Carrier
  actions: SharedAction[]
  contacts?: Carrier['hotlines']
}) {
  return (
    <li className="hub-item">
      <h3>
        <a href={routes.carrier(locale, carrier.id)}>{carrier.name[locale]}</a>
      </h3>
      {actions.map((action) => (
        <div className="hub-action" key={sharedActionKey(action)}>
          <SharedActionBody action={action} t={t} locale={locale} />
        </div>
      ))}
      {contacts.length ? (
        <div className="hub-action">
          <p className="sub-label">{t.carrier.contacts}</p>
          <HotlineNumbers numbers={registryNumbers(contacts, locale)} t={t} hints={false} />
        </div>
      ) : null}
    </li>
  )
}

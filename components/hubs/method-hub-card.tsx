import { Link } from '@/components/link'
import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { SharedActionBody, sharedActionKey } from './shared-action'
import type { SharedAction } from '@/lib/hubs'
import { getDictionary, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'

/**
 * One carrier on a method hub: each distinct action of that method (a code, a number, a site) with
 * the tasks it serves, plus, on the hotline hub, the carrier's other contact numbers.
 */
export function MethodHubCard({
  locale,
  carrier,
  actions,
  contacts = [],
}: {
  locale: Locale
  carrier: Carrier
  actions: SharedAction[]
  contacts?: Carrier['hotlines']
}) {
  const t = getDictionary(locale)
  return (
    <li className="hub-item">
      <h3>
        <Link href={routes.carrier(locale, carrier.id)}>{carrier.name[locale]}</Link>
      </h3>
      {actions.map((action) => (
        <div className="hub-action" key={sharedActionKey(action)}>
          <SharedActionBody action={action} locale={locale} />
        </div>
      ))}
      {contacts.length ? (
        <div className="hub-action">
          <p className="sub-label">{t.carrier.contacts}</p>
          <HotlineNumbers numbers={registryNumbers(contacts, locale)} locale={locale} hints={false} />
        </div>
      ) : null}
    </li>
  )
}

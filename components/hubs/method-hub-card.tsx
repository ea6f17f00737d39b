import { Link } from '@/components/link'
import { Badges } from '@/components/actions/badges'
import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { MethodAction } from '@/components/actions/method-action'
import { DotLinks } from './dot-links'
import type { SharedAction } from '@/lib/hubs'
import { getDictionary, type Locale } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import type { Carrier } from '@/lib/schema/carrier'

/**
 * One carrier on a method hub: each distinct action of that method (a code, a number, a site) with
 * the tasks it serves, plus, on the hotline hub, the carrier's other contact numbers.
 */
export function MethodHubCard({ locale, carrier, actions, contacts = [] }: { locale: Locale; carrier: Carrier; actions: SharedAction[]; contacts?: Carrier['hotlines'] }) {
  const t = getDictionary(locale)
  return (
    <li className="hub-item">
      <h3><Link href={routes.carrier(locale, carrier.id)}>{carrier.name[locale]}</Link></h3>
      {actions.map(({ section, guides }) => (
        <div className="hub-action" key={guides.map((guide) => guide.task).join()}>
          <MethodAction section={section} locale={locale} hints={false} />
          <Badges section={section} locale={locale} confidence />
          <DotLinks
            className="used-for"
            label={t.traveller.usedFor}
            links={guides.map((guide) => ({ key: guide.task, href: routes.guideMethod(locale, guide.carrier, guide.task, section.kind), name: t.tasks[guide.task].name }))}
          />
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

import Link from 'next/link'
import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { FastestWay } from '@/components/hubs/fastest-way'
import { PageBar } from '@/components/layout/page-bar'
import { getCarriers, guidesForCarrier } from '@/lib/guides'
import { countryName, LOCALES } from '@/lib/i18n'
import { dialsFromLinkOnIos, displayHost, needsIosHint } from '@/lib/links'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { otherLocale } from '@/lib/translation'
import { TASKS } from '@/lib/schema/task'
import { requireCarrier } from '../params'

type Props = { params: Promise<{ locale: string; carrier: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export async function generateStaticParams() {
  const carriers = await getCarriers()
  return LOCALES.flatMap((locale) => carriers.map((carrier) => ({ locale, carrier: carrier.id })))
}

export async function generateMetadata({ params }: Props) {
  const { locale: localeParam, carrier: id } = await params
  const { locale, carrier, t } = await requireCarrier(localeParam, id)
  const tasks = TASKS.map((task) => t.tasks[task].name).join(locale === 'zh' ? '、' : ', ')
  return pageMetadata({
    locale,
    title: `${carrier.name[locale]}: ${tasks}`,
    description: `${carrier.name[locale]} (${countryName(carrier.country, locale)}) — ${tasks}.`,
    paths: Object.fromEntries(LOCALES.map((other) => [other, routes.carrier(other, carrier.id)])),
  })
}

/**
 * Carrier hub: each task with its fastest method's action ready to use (the first method in the guide's
 * ranked list), then the carrier's contacts, then every guide. The iPhone hint is said once, not per card.
 */
export default async function CarrierPage({ params }: Props) {
  const { locale: localeParam, carrier: id } = await params
  const { locale, carrier, t } = await requireCarrier(localeParam, id)
  const guides = await guidesForCarrier(locale, carrier.id)
  const other = otherLocale(locale)
  const name = carrier.name[locale]
  const fastestNeedHint = guides.some((guide) => needsIosHint(guide.methods[0]))
  const contactsNeedHint = !fastestNeedHint && carrier.hotlines.some((line) => !dialsFromLinkOnIos(line.number))
  return (
    <>
      <PageBar
        locale={locale}
        crumbs={[{ name: t.nav.home, href: routes.home(locale) }, { name, href: routes.carrier(locale, carrier.id) }]}
        translation={{ locale: other, href: routes.carrier(other, carrier.id) }}
      />
      <h1>{name}</h1>
      <p className="lead">
        {countryName(carrier.country, locale)} · {t.kinds[carrier.kind]}
        {carrier.host ? ` · ${t.carrier.hostNetwork(carrier.host)}` : ''}
      </p>
      <section aria-labelledby="tasks">
        <h2 id="tasks">{t.carrier.tasks}</h2>
        {fastestNeedHint ? <p className="hint page-hint">{t.traveller.iosHint}</p> : null}
        <ul className="task-cards">
          {TASKS.map((task) => {
            const guide = guides.find((candidate) => candidate.task === task)
            return (
              <li key={task} className="task-card">
                <h3>{guide ? <Link href={routes.guide(locale, carrier.id, task)}>{t.tasks[task].name}</Link> : t.tasks[task].name}</h3>
                {guide ? (
                  <FastestWay locale={locale} guide={guide} />
                ) : (
                  <p className="muted">{t.carrier.noGuide}</p>
                )}
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="contacts">
        <h2 id="contacts">{t.carrier.contacts}</h2>
        {carrier.hotlines.length ? (
          <HotlineNumbers numbers={registryNumbers(carrier.hotlines, locale)} locale={locale} hints={contactsNeedHint} />
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t.carrier.website}</dt>
            <dd><a href={carrier.website} rel="noopener">{displayHost(carrier.website)}</a></dd>
          </div>
          {carrier.apps.length ? (
            <div>
              <dt>{t.carrier.apps}</dt>
              <dd>{carrier.apps.map((app) => app.name).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {guides.length ? (
        <section aria-labelledby="all-guides">
          <h2 id="all-guides">{t.traveller.allGuides}</h2>
          <ul className="guide-list">
            {guides.map((guide) => (
              <li key={guide.task}>
                <Link href={routes.guide(locale, carrier.id, guide.task)}>{guide.title}</Link>
                <span className="muted">{t.guide.verified(t.date(guide.verified))}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

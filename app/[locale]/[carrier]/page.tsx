import { HotlineNumbers, registryNumbers } from '@/components/actions/hotline-numbers'
import { CarrierNotes, WrongAdvice, wrongAdviceFor } from '@/components/hubs/carrier-notices'
import { FastestWay } from '@/components/hubs/fastest-way'
import { JsonLd } from '@/components/json-ld'
import { PageBar } from '@/components/layout/page-bar'
import { SaveForTrip } from '@/components/offline/save-for-trip'
import { WhichSimLink } from '@/components/which-sim/which-sim-link'
import { notFound } from 'next/navigation'
import { getCarrier } from '@/lib/guides'
import { countryName, format, getDictionary } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/dates'
import { displayHost } from '@/lib/links'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { carrierOrganization, withContext } from '@/lib/structured-data'
import { carrierHubView } from '@/lib/views/hubs'

type Props = { params: Promise<{ locale: string; carrier: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.carrier.params
export const generateMetadata = pages.carrier.metadata

/**
 * Carrier hub: each task with its fastest method's action ready to use (the first method in the guide's
 * ranked list), then the carrier's contacts, then every guide. The iPhone hint is said once, not per card.
 */
export default async function CarrierPage({ params }: Props) {
  const { locale, carrier, guides, crumbs, translations } = (await pages.carrier.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const name = carrier.name[locale]
  // `host` is usually another carrier's id (b-mobile → docomo): show that carrier's name, not its slug.
  const host = carrier.host ? ((await getCarrier(carrier.host))?.name[locale] ?? carrier.host) : undefined
  const view = carrierHubView(carrier, guides)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <JsonLd data={withContext(carrierOrganization(carrier, locale))} />
      <h1>{name}</h1>
      <p className="lead">
        {countryName(carrier.country, locale)} · {t.kinds[carrier.kind]}
        {host ? ` · ${format(t.carrier.hostNetwork, { host })}` : ''}
      </p>
      {view.linksCard ? (
        <p className="card-link">
          <a href={routes.card(locale, carrier.id)}>{t.offline.cardLink}</a>
        </p>
      ) : null}
      {/* Near the top, before the trip: it stays hidden (taking no room) until the island shows it. */}
      <SaveForTrip locale={locale} carrier={carrier.id} strings={t.offline.save} savedHref={routes.saved(locale)} />
      <WhichSimLink t={t.whichSim} locale={locale} />
      <section aria-labelledby="tasks">
        <h2 id="tasks">{t.carrier.tasks}</h2>
        {view.iosHint ? <p className="hint page-hint">{t.action.iosHint}</p> : null}
        <ul className="task-cards">
          {view.tasks.map(({ task, guide }) => {
            return (
              <li key={task} className="task-card">
                <h3>
                  {guide ? (
                    <a href={routes.guide(locale, carrier.id, task)}>{t.tasks[task].name}</a>
                  ) : (
                    t.tasks[task].name
                  )}
                </h3>
                {guide ? (
                  <FastestWay t={t} locale={locale} guide={guide} />
                ) : (
                  <p className="muted">{task === 'check-data' ? t.reach.noCheckData : t.carrier.noGuide}</p>
                )}
              </li>
            )
          })}
        </ul>
      </section>
      {/* A carrier with no checked contact (LINEMO) gets no empty "Contacts" heading. */}
      {view.hasContacts ? (
        <section aria-labelledby="contacts">
          <h2 id="contacts">{t.carrier.contacts}</h2>
          {carrier.hotlines.length ? (
            <HotlineNumbers numbers={registryNumbers(carrier.hotlines, locale)} t={t} hints={view.contactsIosHint} />
          ) : null}
          <dl className="facts">
            {carrier.website ? (
              <div>
                <dt>{t.carrier.website}</dt>
                <dd>
                  <a href={carrier.website} rel="noopener">
                    {displayHost(carrier.website)}
                  </a>
                </dd>
              </div>
            ) : null}
            {carrier.apps.length ? (
              <div>
                <dt>{t.carrier.apps}</dt>
                <dd>{carrier.apps.map((app) => app.name).join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      <WrongAdvice items={wrongAdviceFor(carrier)} t={t.reach} locale={locale} />
      <CarrierNotes notes={carrier.notes} t={t.reach} locale={locale} />
      {guides.length ? (
        <section aria-labelledby="all-guides">
          <h2 id="all-guides">{t.hubs.allGuides}</h2>
          <ul className="guide-list">
            {guides.map((guide) => (
              <li key={guide.task}>
                <a href={routes.guide(locale, carrier.id, guide.task)}>{guide.title}</a>
                <span className="muted">{format(t.guide.verified, { date: formatDate(guide.verified, locale) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.linksCard ? (
        <section aria-labelledby="before-travel" className="before-travel">
          <h2 id="before-travel">{t.offline.beforeTravel}</h2>
          <ul className="guide-list">
            <li>
              <a href={routes.card(locale, carrier.id)}>{t.offline.cardCrumb}</a>
              <span className="muted">{t.offline.cardIntro}</span>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  )
}

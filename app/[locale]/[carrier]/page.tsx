import Link from 'next/link'
import { MethodAction } from '@/components/actions/method-action'
import { HotlineNumbers } from '@/components/actions/hotline-numbers'
import { JsonLd } from '@/components/json-ld'
import { PageBar } from '@/components/layout/page-bar'
import { getCarrier, getCarriers, guidesForCarrier } from '@/lib/guides'
import { countryName, LOCALES } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { methodAnchor, routes } from '@/lib/routes'
import { carrierPage } from '@/lib/site-pages'
import { carrierOrganization, withContext } from '@/lib/structured-data'
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
  // Only the tasks this carrier has guides for in this language: the title promises what the page holds.
  const tasks = (await guidesForCarrier(locale, carrier.id)).map((guide) => t.tasks[guide.task].name).join(t.seo.listJoin)
  const name = carrier.name[locale]
  return pageMetadata({
    locale,
    title: t.seo.carrierTitle(name, tasks),
    description: t.seo.carrierDescription(name, `${countryName(carrier.country, locale)} · ${t.kinds[carrier.kind]}`, tasks),
    page: await carrierPage(carrier.id),
  })
}

/** Carrier hub: each task with its fastest method first, then contacts. */
export default async function CarrierPage({ params }: Props) {
  const { locale: localeParam, carrier: id } = await params
  const { locale, carrier, t } = await requireCarrier(localeParam, id)
  const guides = await guidesForCarrier(locale, carrier.id)
  const other = LOCALES.find((candidate) => candidate !== locale)!
  const name = carrier.name[locale]
  // `host` is usually another carrier's id (b-mobile → docomo): show that carrier's name, not its slug.
  const host = carrier.host ? ((await getCarrier(carrier.host))?.name[locale] ?? carrier.host) : undefined
  return (
    <>
      <PageBar
        locale={locale}
        crumbs={[{ name: t.nav.home, href: routes.home(locale) }, { name, href: routes.carrier(locale, carrier.id) }]}
        translation={{ locale: other, href: routes.carrier(other, carrier.id) }}
      />
      <JsonLd data={withContext(carrierOrganization(carrier, locale))} />
      <h1>{name}</h1>
      <p className="lead">
        {countryName(carrier.country, locale)} · {t.kinds[carrier.kind]}
        {host ? ` · ${t.carrier.hostNetwork(host)}` : ''}
      </p>
      <section aria-labelledby="tasks">
        <h2 id="tasks">{t.carrier.tasks}</h2>
        <ul className="task-cards">
          {TASKS.map((task) => {
            const guide = guides.find((candidate) => candidate.task === task)
            const fastest = guide?.methods[0]
            return (
              <li key={task} className="task-card">
                <h3>{guide ? <Link href={routes.guide(locale, carrier.id, task)}>{t.tasks[task].name}</Link> : t.tasks[task].name}</h3>
                {guide && fastest ? (
                  <>
                    <p className="muted">
                      {t.carrier.fastest}: <Link href={`${routes.guide(locale, carrier.id, task)}#${methodAnchor(fastest.kind)}`}>{t.methods[fastest.kind].name}</Link>
                    </p>
                    <MethodAction section={fastest} t={t} />
                    <p><Link href={routes.guide(locale, carrier.id, task)}>{t.carrier.allMethods(guide.methods.length)}</Link></p>
                  </>
                ) : (
                  <p className="muted">{t.carrier.noGuide}</p>
                )}
              </li>
            )
          })}
        </ul>
      </section>
      {/* A carrier with no checked contact (LINEMO) gets no empty "Contacts" heading. */}
      {carrier.hotlines.length || carrier.website || carrier.apps.length ? (
        <section aria-labelledby="contacts">
          <h2 id="contacts">{t.carrier.contacts}</h2>
          {carrier.hotlines.length ? (
            <HotlineNumbers numbers={carrier.hotlines.map((line) => ({ ...line, label: [line.note?.[locale], line.hours].filter(Boolean).join(' · ') || undefined }))} t={t} />
          ) : null}
          <dl className="facts">
            {carrier.website ? (
              <div>
                <dt>{t.carrier.website}</dt>
                <dd><a href={carrier.website} rel="noopener">{carrier.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd>
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
    </>
  )
}

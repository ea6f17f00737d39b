import { DotLinks } from '@/components/hubs/dot-links'
import { FastestWay } from '@/components/hubs/fastest-way'
import { TopicLinks } from '@/components/hubs/topic-links'
import { VerifiedNote } from '@/components/guide/trust'
import { PageBar } from '@/components/layout/page-bar'
import { getCarriers, getTopics, guidesForTask } from '@/lib/guides'
import { notFound } from 'next/navigation'
import { countryName, format, getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { taskHubView } from '@/lib/views/hubs'

type Props = { params: Promise<{ locale: string; task: string }> }

// Closed set: unknown ids get app/global-not-found.tsx, served statically with its full HTML.
export const dynamicParams = false

export const generateStaticParams = pages.taskHub.params
export const generateMetadata = pages.taskHub.metadata

/** One task across carriers, grouped by country: each carrier's fastest way, ready to use. */
export default async function TaskHubPage({ params }: Props) {
  const { locale, task, crumbs, translations } = (await pages.taskHub.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const [guides, carriers, topics] = await Promise.all([guidesForTask(locale, task), getCarriers(), getTopics(locale)])
  const name = t.tasks[task].name
  const view = taskHubView(task, guides, carriers)
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{format(t.hubs.taskHubTitle, { task: name })}</h1>
      <p className="lead">{t.tasks[task].description}</p>
      {view.iosHint ? <p className="hint page-hint">{t.action.iosHint}</p> : null}
      {view.countries.map(({ country, covered, missing }) => {
        return (
          <section key={country} aria-labelledby={`country-${country}`}>
            <h2 id={`country-${country}`}>{countryName(country, locale)}</h2>
            {covered.length ? (
              <ul className="hub-list">
                {covered.map(({ carrier, guide }) => {
                  return (
                    <li key={carrier.id} className="hub-item">
                      <h3>
                        <a href={routes.guide(locale, carrier.id, task)}>{carrier.name[locale]}</a>
                      </h3>
                      <FastestWay t={t} locale={locale} guide={guide} />
                      <VerifiedNote
                        verified={guide.verified}
                        updated={guide.updated}
                        t={t.guide}
                        locale={locale}
                        compact
                      />
                    </li>
                  )
                })}
              </ul>
            ) : null}
            {missing.length ? (
              <DotLinks
                className="muted"
                label={t.hubs.noGuideYet}
                links={missing.map((carrier) => ({
                  key: carrier.id,
                  href: routes.carrier(locale, carrier.id),
                  name: carrier.name[locale],
                }))}
              />
            ) : null}
          </section>
        )
      })}
      <TopicLinks locale={locale} topics={topics} headingId="topics" title={t.topics.title} />
    </>
  )
}

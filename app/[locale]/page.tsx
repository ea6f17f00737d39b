import { CarrierList } from '@/components/carrier-list'
import { PageBar } from '@/components/layout/page-bar'
import { SavedLink } from '@/components/offline/saved-list'
import { TopicLinks } from '@/components/hubs/topic-links'
import { WhichSimLink } from '@/components/which-sim/which-sim-link'
import { getCarriers, getGuides, getTopics } from '@/lib/guides'
import { notFound } from 'next/navigation'
import { getDictionary } from '@/lib/i18n'
import { pages } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { METHODS } from '@/lib/schema/method'
import { TASKS } from '@/lib/schema/task'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = pages.home.metadata

export default async function HomePage({ params }: Props) {
  const { locale, crumbs, translations } = (await pages.home.get(params)) ?? notFound()
  const t = getDictionary(locale)
  const [carriers, guides, topics] = await Promise.all([getCarriers(), getGuides(locale), getTopics(locale)])
  return (
    <>
      <PageBar t={t} crumbs={crumbs} translations={translations} />
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.intro}</p>
      <SavedLink href={routes.saved(locale)} label={t.offline.savedLinkHome} />
      <WhichSimLink t={t.whichSim} locale={locale} />
      <section aria-labelledby="by-country">
        <h2 id="by-country">{t.home.byCountry}</h2>
        <CarrierList t={t} locale={locale} carriers={carriers} guides={guides} />
      </section>
      <section aria-labelledby="by-task">
        <h2 id="by-task">{t.hubs.byTask}</h2>
        <ul className="method-grid">
          {TASKS.map((task) => (
            <li key={task}>
              <a href={routes.taskHub(locale, task)}>{t.tasks[task].name}</a>
              <span className="muted">{t.tasks[task].description}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-method">
        <h2 id="by-method">{t.home.byMethod}</h2>
        <ul className="method-grid">
          {METHODS.map((method) => (
            <li key={method}>
              <a href={routes.methodHub(locale, method)}>{t.methods[method].name}</a>
              <span className="muted">{t.methods[method].description}</span>
            </li>
          ))}
        </ul>
      </section>
      <TopicLinks locale={locale} topics={topics} headingId="topics" title={t.topics.title} />
    </>
  )
}

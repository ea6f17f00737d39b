import { Link } from '@/components/link'
import { CarrierList } from '@/components/carrier-list'
import { PageBar } from '@/components/layout/page-bar'
import { SavedLink } from '@/components/offline/saved-list'
import { TopicLinks } from '@/components/hubs/topic-links'
import { WhichSimLink } from '@/components/which-sim/which-sim-link'
import { getCarriers, getGuides, getTopics } from '@/lib/guides'
import { getDictionary } from '@/lib/i18n'
import { languageSwitch } from '@/lib/language-switch'
import { pageMetadata } from '@/lib/metadata'
import { requirePage } from '@/lib/pages'
import { routes } from '@/lib/routes'
import { METHODS } from '@/lib/schema/method'
import { TASKS } from '@/lib/schema/task'
import { requireLocale } from '@/lib/route-lookups'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  return pageMetadata({
    locale,
    title: t.home.title,
    description: t.home.description,
    page: await requirePage('home', {}),
  })
}

export default async function HomePage({ params }: Props) {
  const locale = requireLocale((await params).locale)
  const t = getDictionary(locale)
  const [carriers, guides, topics] = await Promise.all([getCarriers(), getGuides(locale), getTopics(locale)])
  const page = await requirePage('home', {})
  return (
    <>
      <PageBar
        t={t}
        crumbs={[{ name: t.nav.home, href: routes.home(locale) }]}
        translations={languageSwitch(page, locale)}
      />
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
              <Link href={routes.taskHub(locale, task)}>{t.tasks[task].name}</Link>
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
              <Link href={routes.methodHub(locale, method)}>{t.methods[method].name}</Link>
              <span className="muted">{t.methods[method].description}</span>
            </li>
          ))}
        </ul>
      </section>
      <TopicLinks locale={locale} topics={topics} headingId="topics" title={t.topics.title} />
    </>
  )
}
